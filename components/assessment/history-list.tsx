import { IntentLink } from "@/components/ui/intent-link";
import type { TAssessmentSummary } from "@/lib/validation/assessment-records";
import { shortDate } from "./time-ago";

/** Every submitted assessment, newest first, each linking to its results. */
export function HistoryList({
  items,
  base,
  currentId,
}: {
  items: TAssessmentSummary[];
  base: string;
  currentId?: string;
}) {
  return (
    <section aria-labelledby="history-title" className="rounded-xl border p-4">
      <h2 id="history-title" className="font-semibold">
        History
      </h2>
      <ol className="mt-2 grid gap-1 text-sm">
        {items.map((a) => (
          <li key={a.id}>
            <IntentLink
              href={`${base}/${a.id}`}
              aria-current={a.id === currentId ? "page" : undefined}
              className="flex flex-wrap items-center justify-between gap-2 rounded-md px-2 py-1.5 hover:bg-accent aria-[current=page]:bg-accent aria-[current=page]:font-medium"
            >
              <span suppressHydrationWarning>{a.submittedAt ? shortDate(a.submittedAt) : "Draft"}</span>
              <span className="text-muted-foreground">
                Level {a.googleLevel} · {a.submittedBy?.name ?? "former member"}
              </span>
            </IntentLink>
          </li>
        ))}
      </ol>
    </section>
  );
}
