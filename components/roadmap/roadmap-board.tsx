"use client";

import {
  closestCorners,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useDroppable,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type DragOverEvent,
  type DragStartEvent,
} from "@dnd-kit/core";
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { useMemo, useRef, useState } from "react";
import { cn } from "@/lib/cn";
import { STAGE_LABELS } from "@/lib/pipeline/labels";
import { STAGES, type Stage } from "@/lib/pipeline/types";
import { announce, movedIfChanged, moveOver, placeText, sameOrder, stageOf } from "@/lib/roadmap/board-columns";
import { orderOf } from "@/lib/roadmap/order";
import type { StageOrder } from "@/lib/roadmap/types";
import type { TRoadmapItem } from "@/lib/validation/roadmap";
import { SortableRoadmapCard } from "./roadmap-card";

// The stage board: three columns, cards dragged by their handle with the mouse, touch or
// keyboard (Space picks up, arrows move, Space drops, Escape cancels), each step announced
// for screen readers. A card crossing into another column moves there while dragging (so
// the column makes room); the drop sends the whole new order once.

const INSTRUCTIONS =
  "To pick up a roadmap item, press Space or Enter on its handle. While dragging, use the arrow keys to move it within and between the stages. Press Space or Enter again to drop it, or Escape to cancel.";

export function RoadmapBoard({
  items,
  onReorder,
}: {
  items: readonly TRoadmapItem[];
  onReorder: (columns: StageOrder) => void;
}) {
  const serverColumns = useMemo(() => orderOf(items), [items]);
  const byId = useMemo(() => new Map(items.map((i) => [i.id, i])), [items]);
  const [dragColumns, setDragColumns] = useState<StageOrder | null>(null);
  // The columns at drag start, the columns while dragging, and where the card would land now:
  // refs, because dnd-kit calls the handlers and announcements before React re-renders.
  const start = useRef<StageOrder>(serverColumns);
  const live = useRef<StageOrder>(serverColumns);
  const preview = useRef<StageOrder>(serverColumns);
  const columns = dragColumns ?? serverColumns;

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const titleOf = (id: string | number) => byId.get(String(id))?.title ?? "The item";

  // The place the listener last heard, so a report that changes nothing stays silent.
  const heardPlace = useRef("");
  const announcements: Announcements = {
    onDragStart: ({ active }) => {
      heardPlace.current = placeText(start.current, String(active.id));
      return announce.pickedUp(titleOf(active.id), start.current, String(active.id));
    },
    onDragOver: ({ active, over }) => {
      const sentence = over
        ? movedIfChanged(titleOf(active.id), preview.current, String(active.id), heardPlace.current)
        : undefined;
      if (sentence) heardPlace.current = placeText(preview.current, String(active.id));
      return sentence;
    },
    onDragEnd: ({ active }) => announce.dropped(titleOf(active.id), preview.current, String(active.id)),
    onDragCancel: ({ active }) => announce.cancelled(titleOf(active.id), start.current, String(active.id)),
  };

  function onDragStart(_event: DragStartEvent) {
    start.current = serverColumns;
    live.current = serverColumns;
    preview.current = serverColumns;
    setDragColumns(serverColumns);
  }

  function onDragOver({ active, over }: DragOverEvent) {
    if (!over) return;
    const activeId = String(active.id);
    const overId = String(over.id);
    const next = moveOver(live.current, activeId, overId);
    preview.current = next;
    // Within a column the sortable strategy shows the gap; across columns the card moves now.
    if (stageOf(live.current, activeId) !== stageOf(live.current, overId)) {
      live.current = next;
      setDragColumns(next);
    }
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    const final = over ? moveOver(live.current, String(active.id), String(over.id)) : live.current;
    preview.current = final;
    setDragColumns(null);
    if (!sameOrder(final, start.current)) onReorder(final);
  }

  function onDragCancel() {
    preview.current = start.current;
    setDragColumns(null);
  }

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCorners}
      accessibility={{ announcements, screenReaderInstructions: { draggable: INSTRUCTIONS } }}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
    >
      <div className="grid gap-4 md:grid-cols-3">
        {STAGES.map((stage) => (
          <BoardColumn key={stage} stage={stage} ids={columns[stage]} byId={byId} />
        ))}
      </div>
    </DndContext>
  );
}

function BoardColumn({ stage, ids, byId }: { stage: Stage; ids: string[]; byId: ReadonlyMap<string, TRoadmapItem> }) {
  const { setNodeRef, isOver } = useDroppable({ id: stage });
  const headingId = `roadmap-stage-${stage}`;
  const done = ids.filter((id) => byId.get(id)?.status === "DONE").length;
  return (
    <section
      aria-labelledby={headingId}
      className={cn("flex min-w-0 flex-col gap-3 rounded-xl border bg-muted/40 p-3", isOver && "border-ring")}
    >
      <header className="flex items-baseline justify-between gap-2 px-1">
        <h3 id={headingId} className="text-sm font-semibold">
          {STAGE_LABELS[stage]}
        </h3>
        <span className="text-xs text-muted-foreground">
          {ids.length === 0 ? "No items" : `${done} of ${ids.length} done`}
        </span>
      </header>
      <SortableContext id={stage} items={ids} strategy={verticalListSortingStrategy}>
        <ol ref={setNodeRef} aria-label={`${STAGE_LABELS[stage]} items`} className="grid min-h-16 content-start gap-2">
          {ids.map((id, index) => {
            const item = byId.get(id);
            return item ? <SortableRoadmapCard key={id} item={item} place={{ index, count: ids.length }} /> : null;
          })}
          {ids.length === 0 && (
            <li className="list-none rounded-lg border border-dashed p-4 text-center text-xs text-muted-foreground">
              Nothing in {STAGE_LABELS[stage]} yet.
            </li>
          )}
        </ol>
      </SortableContext>
    </section>
  );
}
