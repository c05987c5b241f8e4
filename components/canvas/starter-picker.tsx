"use client";

import { FileCode2, Plus } from "lucide-react";
import { STARTERS } from "@/lib/pipeline/starters";

/** Shown on an empty pipeline: start from one of the seed's simple flows, or from scratch. */
export function StarterPicker({
  canEdit,
  onPick,
  onImport,
}: {
  canEdit: boolean;
  onPick: (id: (typeof STARTERS)[number]["id"]) => void;
  onImport: () => void;
}) {
  return (
    <div className="pointer-events-none absolute inset-0 z-10 flex items-start justify-center overflow-y-auto p-4 pt-14 sm:p-6 sm:pt-16">
      <div className="pointer-events-auto w-full max-w-2xl rounded-xl border bg-background/95 p-6 shadow-lg backdrop-blur">
        <h3 className="text-lg font-semibold">Map your current pipeline</h3>
        {canEdit ? (
          <>
            <p className="mt-1 text-sm text-muted-foreground">
              Start from where your team is today, then adjust it. Or add steps from the list on the left, one by one.
            </p>
            <ul className="mt-4 grid gap-3 sm:grid-cols-3">
              {STARTERS.map((starter) => (
                <li key={starter.id}>
                  <button
                    type="button"
                    onClick={() => onPick(starter.id)}
                    className="h-full w-full rounded-lg border p-3 text-left transition-colors hover:border-primary/50 hover:bg-accent focus-visible:outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
                  >
                    <span className="block font-medium">{starter.title}</span>
                    <span className="mt-1 block text-xs text-muted-foreground">{starter.description}</span>
                  </button>
                </li>
              ))}
            </ul>
            <p className="mt-4 flex items-center gap-2 text-xs text-muted-foreground">
              <Plus className="size-3.5" aria-hidden="true" /> Click or drag items from the list to add them.
              <button
                type="button"
                onClick={onImport}
                className="ml-2 inline-flex items-center gap-1 font-medium text-foreground underline-offset-4 hover:underline"
              >
                <FileCode2 className="size-3.5" aria-hidden="true" /> Or import a notebook
              </button>
            </p>
          </>
        ) : (
          <p className="mt-1 text-sm text-muted-foreground">
            Nobody has mapped this project&apos;s pipeline yet. A member or lead can start it.
          </p>
        )}
      </div>
    </div>
  );
}
