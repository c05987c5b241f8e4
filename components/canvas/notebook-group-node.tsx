"use client";

import { Handle, Position, useUpdateNodeInternals, type Node, type NodeProps } from "@xyflow/react";
import { ChevronDown, ChevronRight, NotebookText } from "lucide-react";
import { memo, useEffect } from "react";
import { cn } from "@/lib/cn";

// A notebook group on the canvas (lib/pipeline/groups-view.ts): expanded, a dashed frame
// behind its steps with the notebook's name and a collapse button; collapsed, one card with
// the step count that edges attach to. Neither is part of the saved diagram.

export type NotebookGroupData = {
  name: string;
  count: number;
  collapsed: boolean;
  onToggle: () => void;
};
export type NotebookGroupFlowNode = Node<NotebookGroupData, "notebookGroup">;

function NotebookGroupNodeImpl({ id, data }: NodeProps<NotebookGroupFlowNode>) {
  // The handles come and go with the card: React Flow must measure them again, or the edges
  // re-attached to the card have nothing to end at.
  const updateNodeInternals = useUpdateNodeInternals();
  useEffect(() => updateNodeInternals(id), [id, data.collapsed, updateNodeInternals]);
  const steps = `${data.count} ${data.count === 1 ? "step" : "steps"}`;
  const toggle = (
    <button
      type="button"
      className="nodrag nopan pointer-events-auto inline-flex items-center gap-1 rounded-md px-1.5 py-0.5 text-xs font-medium hover:bg-accent focus-visible:outline-2 focus-visible:outline-ring"
      aria-expanded={!data.collapsed}
      aria-label={`${data.collapsed ? "Expand" : "Collapse"} notebook ${data.name}`}
      onClick={(event) => {
        event.stopPropagation();
        data.onToggle();
      }}
    >
      {data.collapsed ? (
        <ChevronRight className="size-3.5" aria-hidden="true" />
      ) : (
        <ChevronDown className="size-3.5" aria-hidden="true" />
      )}
      {data.collapsed ? "Expand" : "Collapse"}
    </button>
  );
  if (!data.collapsed)
    return (
      <div
        data-notebook-group={data.name}
        className="pointer-events-none size-full rounded-xl border-2 border-dashed border-violet-400/60 bg-violet-500/[0.03]"
      >
        <div className="flex items-center gap-2 px-3 py-1.5 text-xs text-muted-foreground">
          <NotebookText className="size-3.5 shrink-0" aria-hidden="true" />
          <span className="truncate font-medium text-foreground">{data.name}</span>
          <span className="shrink-0">· {steps}</span>
          {toggle}
        </div>
      </div>
    );
  return (
    <div
      data-notebook-group={data.name}
      className={cn(
        "flex size-full flex-col justify-between rounded-lg border border-l-4 border-l-violet-500 bg-card px-3 py-2 shadow-sm",
        "outline-offset-2 outline-violet-400",
      )}
    >
      <Handle type="target" position={Position.Left} isConnectable={false} />
      <div className="flex items-center gap-2">
        <NotebookText className="size-4 shrink-0 text-violet-600 dark:text-violet-300" aria-hidden="true" />
        <p className="truncate text-sm font-semibold" title={data.name}>
          {data.name}
        </p>
      </div>
      <div className="flex items-center justify-between text-xs text-muted-foreground">
        <span>Notebook · {steps}</span>
        {toggle}
      </div>
      <Handle type="source" position={Position.Right} isConnectable={false} />
    </div>
  );
}

export const NotebookGroupNode = memo(NotebookGroupNodeImpl);
