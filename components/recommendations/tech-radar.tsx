import { Download } from "lucide-react";
import { buttonVariants } from "@/components/ui/button";
import { RADAR_QUADRANTS, RADAR_RINGS, type RadarEntry, type RadarRing } from "@/lib/recommend/radar";
import { layoutRadar, QUADRANT_LABELS, RADAR_SIZE, RING_RADII } from "@/lib/recommend/radar-layout";
import { cn } from "@/lib/cn";

const RING_DOT: Record<RadarRing, string> = {
  Adopt: "fill-emerald-600 dark:fill-emerald-500",
  Trial: "fill-sky-600 dark:fill-sky-500",
  Assess: "fill-amber-600 dark:fill-amber-500",
  Hold: "fill-rose-600 dark:fill-rose-500",
};
const RING_SWATCH: Record<RadarRing, string> = {
  Adopt: "bg-emerald-600 dark:bg-emerald-500",
  Trial: "bg-sky-600 dark:bg-sky-500",
  Assess: "bg-amber-600 dark:bg-amber-500",
  Hold: "bg-rose-600 dark:bg-rose-500",
};
const RING_MEANING: Record<RadarRing, string> = {
  Adopt: "an expert on the team runs it",
  Trial: "on the roadmap, or known by some",
  Assess: "recommended, new to the team",
  Hold: "source-available while the team prefers open source",
};

/** The team's tech radar: numbered dots on rings by quadrant, the same entries as a list, and the BYOR files. */
export function TechRadar({ entries, projectId }: { entries: readonly RadarEntry[]; projectId: string }) {
  const placed = layoutRadar(entries);
  const c = RADAR_SIZE / 2;
  const base = `/api/v1/projects/${projectId}/recommendations`;
  return (
    <section aria-labelledby="radar-heading" className="grid gap-4">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="radar-heading" className="text-lg font-semibold">
            Tech radar
          </h2>
          <p className="max-w-prose text-sm text-muted-foreground">
            The tools your team knows, has chosen and is recommended, on Thoughtworks&apos; Adopt / Trial / Assess /
            Hold rings.
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <a
            className={buttonVariants({ variant: "outline", size: "sm" })}
            href={`${base}/radar.csv`}
            download
            aria-label="Download CSV for build-your-own-radar"
          >
            <Download aria-hidden="true" />
            Download CSV
          </a>
          <a
            className={buttonVariants({ variant: "outline", size: "sm" })}
            href={`${base}/radar.json`}
            download
            aria-label="Download JSON for build-your-own-radar"
          >
            <Download aria-hidden="true" />
            Download JSON
          </a>
        </div>
      </div>
      <p className="text-xs text-muted-foreground">
        The files are in the format of{" "}
        <a
          className="underline"
          href="https://github.com/thoughtworks/build-your-own-radar"
          rel="noreferrer"
          target="_blank"
        >
          build-your-own-radar
        </a>
        . Its self-hosted image reads our quadrants with{" "}
        <code>QUADRANTS=&apos;[&quot;ML&quot;,&quot;DEV&quot;,&quot;PROD&quot;,&quot;Data&quot;]&apos;</code>; it needs
        a tool in each of the four.
      </p>
      {entries.length === 0 ? (
        <p className="rounded-lg border border-dashed p-6 text-center text-sm text-muted-foreground">
          Nothing on the radar yet: record the tools members know in team settings, or choose tools for the roadmap.
        </p>
      ) : (
        <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,420px)_minmax(0,1fr)]">
          <svg
            viewBox={`0 0 ${RADAR_SIZE} ${RADAR_SIZE}`}
            className="mx-auto w-full max-w-[420px]"
            role="img"
            aria-labelledby="radar-svg-title"
          >
            <title id="radar-svg-title">{`Tech radar with ${entries.length} tools; the list beside it has the same content.`}</title>
            {[...RING_RADII].reverse().map((r, i) => (
              <circle
                key={r}
                cx={c}
                cy={c}
                r={r}
                className={cn("stroke-border", i % 2 ? "fill-muted/60" : "fill-muted")}
              />
            ))}
            <line
              x1={c}
              y1={c - RING_RADII[3]}
              x2={c}
              y2={c + RING_RADII[3]}
              className="stroke-background"
              strokeWidth={12}
            />
            <line
              x1={c - RING_RADII[3]}
              y1={c}
              x2={c + RING_RADII[3]}
              y2={c}
              className="stroke-background"
              strokeWidth={12}
            />
            {RADAR_RINGS.map((ring, i) => (
              <text
                key={ring}
                x={c + ((i === 0 ? 0 : RING_RADII[i - 1]!) + RING_RADII[i]!) / 2}
                y={c + 3}
                textAnchor="middle"
                className="fill-muted-foreground text-[9px] font-medium uppercase"
              >
                {ring}
              </text>
            ))}
            {QUADRANT_LABELS.map((q) => (
              <text
                key={q.name}
                x={q.x}
                y={q.y}
                textAnchor={q.anchor}
                className="fill-foreground text-[13px] font-semibold"
              >
                {q.name}
              </text>
            ))}
            {placed.map((p) => (
              <g key={p.slug}>
                <title>{`${p.number}. ${p.name} — ${p.ring}, ${p.quadrant}`}</title>
                <circle
                  cx={p.x}
                  cy={p.y}
                  r={8}
                  className={cn(RING_DOT[p.ring], p.isNew && "stroke-foreground")}
                  strokeWidth={p.isNew ? 1.5 : 0}
                />
                <text x={p.x} y={p.y + 3.5} textAnchor="middle" className="fill-white text-[9px] font-semibold">
                  {p.number}
                </text>
              </g>
            ))}
          </svg>
          <div className="grid gap-4">
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground" aria-label="Rings">
              {RADAR_RINGS.map((ring) => (
                <li key={ring} className="flex items-center gap-1.5">
                  <span className={cn("size-2.5 rounded-full", RING_SWATCH[ring])} aria-hidden="true" />
                  <span>
                    <span className="font-medium text-foreground">{ring}</span>: {RING_MEANING[ring]}
                  </span>
                </li>
              ))}
            </ul>
            <div className="grid gap-4 sm:grid-cols-2">
              {RADAR_QUADRANTS.map((quadrant) => {
                const inQuadrant = placed.filter((p) => p.quadrant === quadrant);
                return (
                  <div key={quadrant}>
                    <h3 className="text-sm font-semibold">{quadrant}</h3>
                    {inQuadrant.length === 0 ? (
                      <p className="text-sm text-muted-foreground">No tools yet.</p>
                    ) : (
                      <ol className="mt-1 space-y-1 text-sm" aria-label={`${quadrant} quadrant`}>
                        {inQuadrant.map((p) => (
                          <li key={p.slug} value={p.number} className="flex gap-2">
                            <span className="w-5 shrink-0 text-right tabular-nums text-muted-foreground">
                              {p.number}.
                            </span>
                            <span>
                              <span className="font-medium">{p.name}</span>{" "}
                              <span className="text-muted-foreground">
                                · {p.ring}
                                {p.isNew ? " · new" : ""}
                              </span>
                              <span className="block text-xs text-muted-foreground">{p.description}</span>
                            </span>
                          </li>
                        ))}
                      </ol>
                    )}
                  </div>
                );
              })}
            </div>
          </div>
        </div>
      )}
    </section>
  );
}
