"use client";

import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from "recharts";
import type { DimensionId, DimensionResult } from "@/lib/assessment/types";

// Short axis names so the radar fits a 390 px screen; the table beside it has the full ones.
export const SHORT_LABELS: Record<DimensionId, string> = {
  team_process: "Team",
  data_management: "Data",
  experimentation: "Experiments",
  code_quality: "Code",
  training_pipeline: "Training",
  model_release: "Release",
  serving: "Serving",
  monitoring: "Monitoring",
};

/**
 * The eight dimensions on Microsoft's 0–4 scale. Colours are the theme's CSS variables, so
 * the chart follows dark mode; the chart is an image to screen readers, the table beside
 * it carries the numbers.
 */
export function DimensionRadar({
  dimensions,
  previous,
}: {
  dimensions: DimensionResult[];
  previous?: { id: DimensionId; level: number }[];
}) {
  const before = new Map(previous?.map((d) => [d.id, d.level]));
  const data = dimensions.map((d) => ({ axis: SHORT_LABELS[d.id], level: d.level, previous: before.get(d.id) }));
  const summary = dimensions.map((d) => `${d.label} ${d.level}`).join(", ");
  return (
    <figure role="img" aria-label={`Radar chart of the dimension levels: ${summary}.`} className="h-72 w-full sm:h-80">
      <ResponsiveContainer width="100%" height="100%">
        <RadarChart data={data} outerRadius="70%" margin={{ top: 8, right: 24, bottom: 8, left: 24 }}>
          <PolarGrid stroke="var(--border)" />
          <PolarAngleAxis dataKey="axis" tick={{ fill: "var(--foreground)", fontSize: 12 }} />
          <PolarRadiusAxis
            domain={[0, 4]}
            tickCount={5}
            angle={90}
            tick={{ fill: "var(--muted-foreground)", fontSize: 10 }}
            axisLine={false}
          />
          {previous && (
            <Radar
              name="Previous"
              dataKey="previous"
              stroke="var(--muted-foreground)"
              fill="var(--muted-foreground)"
              fillOpacity={0.1}
              strokeDasharray="4 3"
              isAnimationActive={false}
            />
          )}
          <Radar
            name="This assessment"
            dataKey="level"
            stroke="var(--chart-1)"
            fill="var(--chart-1)"
            fillOpacity={0.35}
            isAnimationActive={false}
          />
        </RadarChart>
      </ResponsiveContainer>
    </figure>
  );
}
