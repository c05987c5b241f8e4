"use client";

import { ChevronDown, History } from "lucide-react";
import { useState } from "react";
import { shortDate, timeAgo } from "@/components/assessment/time-ago";
import { Collapsible, CollapsibleContent, CollapsibleTrigger } from "@/components/ui/collapsible";
import { Spinner } from "@/components/ui/spinner";
import { actionText, fieldLabel, valueText } from "@/lib/roadmap/history-text";
import type { TRoadmapMember } from "@/lib/validation/roadmap";
import { messageOf, useItemHistory } from "./use-roadmap";

/** Who changed what, when (GET …/history), loaded when opened. */
export function ItemHistory({
  projectId,
  itemId,
  members,
}: {
  projectId: string;
  itemId: string;
  members: readonly TRoadmapMember[];
}) {
  const [open, setOpen] = useState(false);
  const history = useItemHistory(projectId, open ? itemId : null);
  const memberName = (id: string) => members.find((m) => m.id === id)?.name;
  return (
    <Collapsible open={open} onOpenChange={setOpen} className="rounded-md border">
      <CollapsibleTrigger className="flex w-full items-center justify-between gap-2 rounded-md px-3 py-2 text-sm font-medium outline-none hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring/50">
        <span className="inline-flex items-center gap-2">
          <History className="size-4 text-muted-foreground" aria-hidden="true" />
          History
        </span>
        <ChevronDown className="size-4 transition-transform [[data-state=open]>&]:rotate-180" aria-hidden="true" />
      </CollapsibleTrigger>
      <CollapsibleContent className="border-t px-3 py-2">
        {history.isPending ? (
          <p className="flex items-center gap-2 text-sm text-muted-foreground">
            <Spinner className="size-4" /> Loading the history…
          </p>
        ) : history.isError ? (
          <p className="text-sm text-destructive">{messageOf(history.error, "Could not load the history.")}</p>
        ) : history.data.length === 0 ? (
          <p className="text-sm text-muted-foreground">No changes recorded yet.</p>
        ) : (
          <ol className="grid max-h-56 gap-2 overflow-y-auto" aria-label="Changes, newest first">
            {history.data.map((event) => {
              const changes = Object.entries(event.changes);
              return (
                <li key={event.id} className="text-sm">
                  <p>
                    <span className="font-medium">{event.actor?.name ?? "Someone"}</span> {actionText(event.action)}{" "}
                    <time dateTime={event.at} title={shortDate(event.at)} className="text-xs text-muted-foreground">
                      {timeAgo(event.at)}
                    </time>
                  </p>
                  {changes.length > 0 && (
                    <ul className="mt-0.5 grid gap-0.5 text-xs text-muted-foreground">
                      {changes.map(([field, change]) => (
                        <li key={field}>
                          {fieldLabel(field)}: {valueText(field, change.from, memberName)} →{" "}
                          <span className="text-foreground">{valueText(field, change.to, memberName)}</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ol>
        )}
      </CollapsibleContent>
    </Collapsible>
  );
}
