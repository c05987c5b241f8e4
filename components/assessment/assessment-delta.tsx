import { ArrowDown, ArrowUp, Minus } from "lucide-react";
import type { AssessmentComparison } from "@/lib/assessment/types";
import { cn } from "@/lib/cn";

function Change({ value, label }: { value: number | null; label: string }) {
  if (value === null) return <span className="text-muted-foreground">new</span>;
  const Icon = value > 0 ? ArrowUp : value < 0 ? ArrowDown : Minus;
  const words = value > 0 ? `up ${value}` : value < 0 ? `down ${-value}` : "unchanged";
  return (
    <span
      className={cn(
        "inline-flex items-center gap-0.5 tabular-nums",
        value > 0 && "text-emerald-700 dark:text-emerald-400",
        value < 0 && "text-red-700 dark:text-red-400",
        value === 0 && "text-muted-foreground",
      )}
      aria-label={`${label} ${words}`}
    >
      <Icon className="size-4" aria-hidden="true" />
      {value > 0 ? `+${value}` : value}
    </span>
  );
}

/** What changed since the previous assessment: the Google level and each dimension. */
export function AssessmentDelta({ comparison }: { comparison: AssessmentComparison }) {
  const { google, dimensions, bankChanged } = comparison;
  return (
    <section aria-labelledby="delta-title" className="rounded-xl border p-4">
      <h2 id="delta-title" className="font-semibold">
        Since the previous assessment
      </h2>
      <p className="mt-2 flex items-center gap-2">
        Overall level {google.from} → {google.to} <Change value={google.change} label="Overall level" />
      </p>
      <ul className="mt-2 grid gap-1 text-sm sm:grid-cols-2">
        {dimensions.map((d) => (
          <li key={d.id} className="flex items-center justify-between gap-2 rounded-md bg-muted/50 px-2 py-1">
            <span>{d.label}</span>
            <span className="flex items-center gap-2">
              <span className="text-muted-foreground tabular-nums">
                {d.from ?? "–"} → {d.to ?? "–"}
              </span>
              <Change value={d.change} label={d.label} />
            </span>
          </li>
        ))}
      </ul>
      {bankChanged && (
        <p className="mt-2 text-xs text-muted-foreground">
          The questions changed between the two; dimensions are compared by name.
        </p>
      )}
    </section>
  );
}
