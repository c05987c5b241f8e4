"use client";

import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FIELD_LABELS, type ConflictRow } from "@/lib/roadmap/item-draft";
import { valueText } from "@/lib/roadmap/history-text";
import type { TRoadmapMember } from "@/lib/validation/roadmap";

/** Someone saved the same fields meanwhile: both values side by side, nothing overwritten until the user picks. */
export function ItemConflict({
  rows,
  members,
  pending,
  onKeepMine,
  onUseTheirs,
}: {
  rows: ConflictRow[];
  members: readonly TRoadmapMember[];
  pending: boolean;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}) {
  const memberName = (id: string) => members.find((m) => m.id === id)?.name;
  return (
    <Alert role="alert" className="border-amber-500/50">
      <AlertTitle>A teammate changed this item while you were editing</AlertTitle>
      <AlertDescription>
        <p>Both of you changed {rows.map((r) => FIELD_LABELS[r.field]).join(", ")}. Pick which to keep.</p>
        <table className="mt-2 w-full text-left text-xs">
          <thead>
            <tr className="text-muted-foreground">
              <th scope="col" className="py-1 pr-2 font-medium">
                Field
              </th>
              <th scope="col" className="py-1 pr-2 font-medium">
                Theirs (saved)
              </th>
              <th scope="col" className="py-1 font-medium">
                Mine
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.field} className="border-t align-top">
                <th scope="row" className="py-1 pr-2 font-medium">
                  {FIELD_LABELS[row.field]}
                </th>
                <td className="py-1 pr-2 break-words">{valueText(row.field, row.theirs, memberName)}</td>
                <td className="py-1 break-words">{valueText(row.field, row.mine, memberName)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="mt-2 flex flex-wrap gap-2">
          <Button size="sm" onClick={onKeepMine} disabled={pending}>
            Keep mine
          </Button>
          <Button size="sm" variant="outline" onClick={onUseTheirs} disabled={pending}>
            Use theirs
          </Button>
        </div>
      </AlertDescription>
    </Alert>
  );
}
