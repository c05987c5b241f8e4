import type { ScorePart } from "@/lib/recommend/types";
import { cn } from "@/lib/cn";

/** A score as its named parts: label, signed points, the reason in words; the total last. */
export function ScoreBreakdown({
  parts,
  total,
  caption,
}: {
  parts: readonly ScorePart[];
  total: number;
  caption: string;
}) {
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead className="sr-only">
        <tr>
          <th scope="col">Part</th>
          <th scope="col">Points</th>
          <th scope="col">Why</th>
        </tr>
      </thead>
      <tbody className="divide-y">
        {parts.map((part) => (
          <tr key={part.id} className="align-top">
            <th scope="row" className="w-32 py-1.5 pr-3 text-left font-medium whitespace-nowrap">
              {part.label}
            </th>
            <td className="w-14 py-1.5 pr-3 text-right tabular-nums">
              <Points value={part.points} />
            </td>
            <td className="py-1.5 text-muted-foreground">{part.reason}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="border-t-2">
          <th scope="row" className="py-1.5 pr-3 text-left font-semibold">
            Total
          </th>
          <td className="py-1.5 pr-3 text-right font-semibold tabular-nums">{total}</td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}

function Points({ value }: { value: number }) {
  return (
    <span
      className={cn(
        value > 0 && "text-emerald-700 dark:text-emerald-400",
        value < 0 && "text-rose-700 dark:text-rose-400",
        value === 0 && "text-muted-foreground",
      )}
    >
      {value > 0 ? `+${value}` : value < 0 ? `−${Math.abs(value)}` : "0"}
    </span>
  );
}
