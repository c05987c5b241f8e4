"use client";

import { ChevronDown, ChevronRight } from "lucide-react";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { useNodeCells } from "./use-node-cells";

/**
 * The notebook cells a step came from, numbered as the notebook shows them (1-based), with
 * their source read-only. The source is fetched when opened: the diagram does not carry it.
 */
export function NodeCells({
  projectId,
  nodeId,
  sourceCells,
}: {
  projectId: string;
  nodeId: string;
  sourceCells: number[];
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const cells = useNodeCells(projectId, nodeId, open);
  const numbers = sourceCells.map((i) => i + 1).join(", ");
  return (
    <section aria-label="Notebook cells" className="grid gap-2">
      <p className="text-xs text-muted-foreground">From notebook cells {numbers}.</p>
      <Button
        variant="outline"
        size="sm"
        className="justify-start"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {open ? (
          <ChevronDown className="size-4" aria-hidden="true" />
        ) : (
          <ChevronRight className="size-4" aria-hidden="true" />
        )}
        {open ? "Hide the cells" : `Show the ${sourceCells.length === 1 ? "cell" : `${sourceCells.length} cells`}`}
      </Button>
      {open && (
        <div id={panelId} className="grid gap-3">
          {cells.isPending && <p className="text-xs text-muted-foreground">Loading the cells…</p>}
          {cells.isError && <p className="text-xs text-destructive">{cells.error.message}</p>}
          {cells.data && cells.data.cells.length === 0 && (
            <p className="text-xs text-muted-foreground">
              The source of these cells was not kept (steps imported before it was, or added by hand).
            </p>
          )}
          {cells.data?.cells.map((cell) => (
            <figure key={cell.index} className="grid gap-1">
              <figcaption className="text-xs font-medium">Cell {cell.index + 1}</figcaption>
              <pre
                tabIndex={0}
                aria-label={`Source of cell ${cell.index + 1}`}
                className="max-h-64 overflow-auto rounded-md border bg-muted/50 p-2 font-mono text-[11px] leading-snug whitespace-pre"
              >
                <code>{cell.source}</code>
              </pre>
            </figure>
          ))}
        </div>
      )}
    </section>
  );
}
