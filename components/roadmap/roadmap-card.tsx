"use client";

import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { ArrowDown, ArrowUp, CalendarDays, GripVertical, Link2, MoreHorizontal, Pencil, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { cn } from "@/lib/cn";
import { getComponent } from "@/lib/pipeline/components";
import { STAGE_LABELS } from "@/lib/pipeline/labels";
import { STAGES } from "@/lib/pipeline/types";
import type { TRoadmapItem } from "@/lib/validation/roadmap";
import { OwnerChip, PhaseBadge, PriorityBadge, StatusBadge } from "./item-badges";
import { useRoadmapActions } from "./roadmap-context";
import { StatusSelect } from "./status-select";

type Place = { index: number; count: number };

/** A board card that leads can drag (by its handle) and move from its menu. */
export function SortableRoadmapCard({ item, place }: { item: TRoadmapItem; place: Place }) {
  const { canPlan } = useRoadmapActions();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({
    id: item.id,
    disabled: !canPlan,
  });
  const style = { transform: CSS.Translate.toString(transform), transition };
  return (
    <li
      ref={setNodeRef}
      style={style}
      className={cn("list-none", isDragging && "relative z-10 opacity-60")}
      data-item-id={item.id}
    >
      <RoadmapCard
        item={item}
        place={place}
        handle={
          canPlan ? (
            <button
              type="button"
              ref={setActivatorNodeRef}
              {...attributes}
              {...listeners}
              aria-label={`Drag ${item.title}`}
              className="-ml-1 flex size-7 shrink-0 cursor-grab touch-none items-center justify-center rounded-md text-muted-foreground outline-none hover:bg-accent focus-visible:ring-[3px] focus-visible:ring-ring active:cursor-grabbing"
            >
              <GripVertical className="size-4" aria-hidden="true" />
            </button>
          ) : null
        }
      />
    </li>
  );
}

export function RoadmapCard({ item, place, handle }: { item: TRoadmapItem; place: Place; handle?: React.ReactNode }) {
  const actions = useRoadmapActions();
  const component = item.componentId ? getComponent(item.componentId) : null;
  return (
    <article
      aria-label={item.title}
      className="grid gap-2 rounded-lg border bg-card p-3 text-card-foreground shadow-xs focus-within:border-ring"
    >
      <div className="flex items-start gap-1.5">
        {handle}
        <button
          type="button"
          onClick={() => actions.openItem(item)}
          className="min-w-0 flex-1 rounded-sm text-left text-sm leading-snug font-medium break-words outline-none hover:underline focus-visible:ring-[3px] focus-visible:ring-ring/50"
        >
          {item.title}
        </button>
        <CardMenu item={item} place={place} />
      </div>
      <div className="flex flex-wrap items-center gap-1.5">
        <PhaseBadge phase={item.phase} />
        <PriorityBadge priority={item.priority} />
        {actions.canSetStatus(item) ? (
          <StatusSelect title={item.title} status={item.status} onChange={(s) => actions.setStatus(item, s)} />
        ) : (
          <StatusBadge status={item.status} />
        )}
      </div>
      {(component || item.tool) && (
        <p className="text-xs text-muted-foreground">
          {component?.label}
          {component && item.tool ? " · " : ""}
          {item.tool && <span className="font-medium text-foreground">{item.tool.name}</span>}
        </p>
      )}
      <div className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 text-xs text-muted-foreground">
        <OwnerChip owner={item.owner} />
        <span className="flex items-center gap-2">
          {item.targetDate && (
            <span className="inline-flex items-center gap-1" title="Target date">
              <CalendarDays className="size-3.5" aria-hidden="true" />
              <time dateTime={item.targetDate}>{item.targetDate}</time>
            </span>
          )}
          {item.nodeIds.length > 0 && (
            <span className="inline-flex items-center gap-1" title="Linked pipeline steps">
              <Link2 className="size-3.5" aria-hidden="true" />
              {item.nodeIds.length} {item.nodeIds.length === 1 ? "step" : "steps"}
            </span>
          )}
        </span>
      </div>
    </article>
  );
}

function CardMenu({ item, place }: { item: TRoadmapItem; place: Place }) {
  const actions = useRoadmapActions();
  const { canPlan } = actions;
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="icon" className="-mr-1 size-7 shrink-0" aria-label={`Actions for ${item.title}`}>
          <MoreHorizontal className="size-4" aria-hidden="true" />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-52">
        <DropdownMenuItem onSelect={() => actions.openItem(item)}>
          <Pencil aria-hidden="true" />
          Open details
        </DropdownMenuItem>
        {canPlan && (
          <>
            <DropdownMenuSeparator />
            <DropdownMenuItem disabled={place.index === 0} onSelect={() => actions.move(item, "up")}>
              <ArrowUp aria-hidden="true" />
              Move up
            </DropdownMenuItem>
            <DropdownMenuItem disabled={place.index >= place.count - 1} onSelect={() => actions.move(item, "down")}>
              <ArrowDown aria-hidden="true" />
              Move down
            </DropdownMenuItem>
            <DropdownMenuLabel className="text-xs text-muted-foreground">Move to stage</DropdownMenuLabel>
            {STAGES.filter((s) => s !== item.stage).map((stage) => (
              <DropdownMenuItem key={stage} onSelect={() => actions.move(item, { stage })}>
                Move to {STAGE_LABELS[stage]}
              </DropdownMenuItem>
            ))}
            <DropdownMenuSeparator />
            <DropdownMenuItem variant="destructive" onSelect={() => actions.askDelete(item)}>
              <Trash2 aria-hidden="true" />
              Delete
            </DropdownMenuItem>
          </>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
