"use client";

import { Handle, Position, type NodeProps } from "@xyflow/react";
import { memo } from "react";
import { cn } from "@/lib/cn";
import { AUTOMATION_LABELS, nodeCategoryLabel } from "@/lib/pipeline/labels";
import { NODE_HEIGHT, NODE_WIDTH } from "@/lib/pipeline/lanes";
import { initials } from "@/lib/teams/initials";
import { KindIcon } from "./kind-icon";
import { useOwnerName } from "./owner-names";
import { useCardZoomedOut } from "./use-zoomed-out";

import type { PipelineFlowNode } from "@/lib/pipeline/flow-mapping";

const AUTOMATION_STYLE = {
  MANUAL: "bg-amber-100 text-amber-900 dark:bg-amber-400/15 dark:text-amber-200",
  PARTIAL: "bg-sky-100 text-sky-900 dark:bg-sky-400/15 dark:text-sky-200",
  AUTOMATED: "bg-emerald-100 text-emerald-900 dark:bg-emerald-400/15 dark:text-emerald-200",
} as const;

const KIND_ACCENT = {
  step: "border-l-violet-500",
  component: "border-l-indigo-500",
  data: "border-l-teal-500",
  external: "border-l-zinc-400",
} as const;

/** Memoised and kept simple: with a thousand nodes on screen, every card counts. */
function PipelineNodeCardImpl(props: NodeProps<PipelineFlowNode>) {
  // Far out, a card is a coloured box with its title: a fraction of the DOM, which is
  // what panning a thousand nodes costs (see BENCHMARKS.md).
  return useCardZoomedOut() ? <FarCard {...props} /> : <FullCard {...props} />;
}

function FarCard({ data, selected }: NodeProps<PipelineFlowNode>) {
  return (
    <div
      className={cn(
        "rounded-lg border border-l-4 bg-card px-3 py-2 text-lg font-medium leading-tight",
        KIND_ACCENT[data.kind],
        selected && "ring-4 ring-ring",
      )}
      style={{ width: NODE_WIDTH, height: NODE_HEIGHT }}
    >
      <Handle type="target" position={Position.Left} />
      <span className="line-clamp-2">{data.title}</span>
      <Handle type="source" position={Position.Right} />
    </div>
  );
}

function FullCard({ data, selected }: NodeProps<PipelineFlowNode>) {
  const ownerName = useOwnerName(data.ownerId);
  return (
    <div
      className={cn(
        "flex flex-col justify-between rounded-lg border border-l-4 bg-card px-3 py-2 text-card-foreground shadow-xs",
        KIND_ACCENT[data.kind],
        selected && "ring-2 ring-ring",
      )}
      style={{ width: NODE_WIDTH, height: NODE_HEIGHT }}
    >
      <Handle type="target" position={Position.Left} className="!border-background !bg-muted-foreground" />
      <div className="flex min-w-0 items-start gap-1.5">
        <KindIcon kind={data.kind} className="mt-0.5 size-3.5 shrink-0 text-muted-foreground" />
        <p className="line-clamp-2 text-sm font-medium leading-snug">{data.title}</p>
      </div>
      <div className="flex items-center gap-1.5 text-[11px]">
        <span className="truncate text-muted-foreground">{nodeCategoryLabel(data.kind, data.category)}</span>
        <span className="ml-auto flex shrink-0 items-center gap-1">
          <span className={cn("rounded px-1.5 py-0.5 font-medium", AUTOMATION_STYLE[data.automation])}>
            {AUTOMATION_LABELS[data.automation]}
          </span>
          {data.priority && (
            <span className="rounded bg-destructive/10 px-1.5 py-0.5 font-semibold text-destructive">
              {data.priority}
            </span>
          )}
          {ownerName && (
            <span
              title={`Owner: ${ownerName}`}
              className="grid size-5 place-items-center rounded-full bg-primary text-[9px] font-semibold text-primary-foreground"
            >
              {initials(ownerName)}
            </span>
          )}
        </span>
      </div>
      <Handle type="source" position={Position.Right} className="!border-background !bg-muted-foreground" />
    </div>
  );
}

export const PipelineNodeCard = memo(PipelineNodeCardImpl);

/** Module-level, so React Flow never sees a new object and re-mounts every node. */
export const nodeTypes = { pipeline: PipelineNodeCard };
