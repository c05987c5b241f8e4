import { UserRound } from "lucide-react";
import type { OwnerSuggestion } from "@/lib/recommend/types";

const MAX_SHOWN = 3;

/** Who could own this tool's work: people who know it (or its family), with their open workload. */
export function OwnerList({
  owners,
  toolName,
  nameOf,
}: {
  owners: readonly OwnerSuggestion[];
  toolName: string;
  nameOf: (slug: string) => string;
}) {
  if (owners.length === 0)
    return <p className="text-xs text-muted-foreground">Nobody on the team has recorded {toolName} yet.</p>;
  const shown = owners.slice(0, MAX_SHOWN);
  return (
    <div>
      <p className="text-xs font-medium text-muted-foreground">Who could own it</p>
      <ul className="mt-1 space-y-0.5 text-sm" aria-label={`Who could own ${toolName}`}>
        {shown.map((o) => (
          <li key={o.membershipId} className="flex items-center gap-1.5">
            <UserRound className="size-3.5 shrink-0 text-muted-foreground" aria-hidden="true" />
            <span className="font-medium">{o.name}</span>
            <span className="text-muted-foreground">
              {o.via === "tool" ? o.familiarity : `knows ${nameOf(o.knows)} (${o.familiarity})`} ·{" "}
              {workload(o.openWorkload)}
            </span>
          </li>
        ))}
      </ul>
      {owners.length > MAX_SHOWN && (
        <p className="mt-0.5 text-xs text-muted-foreground">and {owners.length - MAX_SHOWN} more</p>
      )}
    </div>
  );
}

function workload(n: number): string {
  return n === 0 ? "nothing open" : n === 1 ? "1 open item" : `${n} open items`;
}
