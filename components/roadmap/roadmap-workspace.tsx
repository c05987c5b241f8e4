"use client";

import { Plus, Route } from "lucide-react";
import { useCallback, useMemo, useRef, useState, type ReactNode } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { ApiError } from "@/lib/client/api";
import { nodesToAutomate } from "@/lib/roadmap/automation-ask";
import { announce } from "@/lib/roadmap/board-columns";
import { moveItem, moveItemTo, orderOf } from "@/lib/roadmap/order";
import type { OwnerSuggestionIndex } from "@/lib/roadmap/owner-suggestions";
import type { RoadmapStatus, StageOrder } from "@/lib/roadmap/types";
import { ROADMAP_TAB_LABELS, ROADMAP_TABS, parseTab } from "@/lib/roadmap/view-tab";
import { can } from "@/lib/teams/roles";
import type { TRoadmapItem, TRoadmapResponse } from "@/lib/validation/roadmap";
import { AutomateDialog, type AutomateAsk } from "./automate-dialog";
import { DeleteItemDialog } from "./delete-item-dialog";
import { ItemDialog, type ItemDialogTarget } from "./item-dialog";
import { MyItems } from "./my-items";
import type { PickableNode } from "./node-picker";
import { RoadmapBoard } from "./roadmap-board";
import { RoadmapActionsProvider, type CardMove, type RoadmapActions, type RoadmapViewer } from "./roadmap-context";
import { RoadmapTable } from "./roadmap-table";
import { messageOf, useRoadmap, useRoadmapMutations } from "./use-roadmap";
import { useRoadmapParams } from "./use-roadmap-params";
import { WorkloadView } from "./workload-view";

export type RoadmapWorkspaceProps = {
  projectId: string;
  initial: TRoadmapResponse;
  viewer: RoadmapViewer;
  nodes: readonly PickableNode[];
  ownerSuggestions: OwnerSuggestionIndex;
  /** Above the views (h/roadmap-extras: progress per stage, wins). */
  header?: ReactNode;
  /** The "Generate roadmap" control (h/roadmap-extras' dialog), shown in the toolbar and the empty state. */
  generate?: ReactNode;
  /** Export menu (h/roadmap-extras), shown in the toolbar. */
  exportMenu?: ReactNode;
};

/** The Roadmap tab: board, table, my items and workload over one query, plus the item dialogs. */
export function RoadmapWorkspace({
  projectId,
  initial,
  viewer,
  nodes,
  ownerSuggestions,
  header,
  generate,
  exportMenu,
}: RoadmapWorkspaceProps) {
  const { data } = useRoadmap(projectId, initial);
  const { patch, remove, moveTo } = useRoadmapMutations(projectId);
  const { tab, setTab, view, setView } = useRoadmapParams();
  const [dialog, setDialog] = useState<{ key: number; target: ItemDialogTarget } | null>(null);
  const [deleting, setDeleting] = useState<TRoadmapItem | null>(null);
  const [ask, setAsk] = useState<AutomateAsk | null>(null);
  const [liveText, setLiveText] = useState("");
  const dialogKey = useRef(0);
  const items = data.items;
  const canPlan = can(viewer.role, "roadmap.plan");
  const canPropose = can(viewer.role, "roadmap.propose");

  const open = useCallback((target: ItemDialogTarget) => {
    dialogKey.current += 1;
    setDialog({ key: dialogKey.current, target });
  }, []);

  /** Resolves "yes"/"no" when there are linked steps to automate (asking first), "no" when none. */
  const confirmDone = useCallback(
    (nodeIds: readonly string[]) => {
      const pending = nodesToAutomate(nodeIds, nodes);
      if (pending.length === 0) return Promise.resolve<"no">("no");
      return new Promise<"yes" | "no" | "cancel">((resolve) => setAsk({ count: pending.length, resolve }));
    },
    [nodes],
  );

  const reorder = useCallback(
    (columns: StageOrder, moved: TRoadmapItem) => {
      moveTo(columns);
      setLiveText(announce.moved(moved.title, columns, moved.id));
    },
    [moveTo],
  );

  const actions = useMemo<RoadmapActions>(() => {
    const relationOf = (item: TRoadmapItem) => ({
      isOwner: !!viewer.membershipId && item.owner?.id === viewer.membershipId,
      isCreator: item.createdBy?.id === viewer.userId,
    });
    return {
      viewer,
      canPlan,
      relationOf,
      canSetStatus: (item) => can(viewer.role, "roadmap.set_status", { self: relationOf(item).isOwner }),
      openItem: (item) => open({ kind: "edit", itemId: item.id }),
      setStatus: async (item: TRoadmapItem, status: RoadmapStatus) => {
        if (status === item.status) return;
        const answer = status === "DONE" ? await confirmDone(item.nodeIds) : "no";
        if (answer === "cancel") return;
        try {
          const result = await patch.mutateAsync({ item, changes: { status }, automateNodes: answer === "yes" });
          const automated = result.automatedNodeIds?.length ?? 0;
          toast.success(
            automated > 0
              ? `“${item.title}” is done; ${automated} linked ${automated === 1 ? "step" : "steps"} marked automated.`
              : `“${item.title}” is now ${status === "DONE" ? "done" : status === "IN_PROGRESS" ? "in progress" : "to do"}.`,
          );
        } catch (error) {
          toast.error(
            error instanceof ApiError && error.status === 409
              ? `Someone changed the status of “${item.title}” meanwhile. The latest is shown.`
              : messageOf(error, "Could not change the status."),
          );
        }
      },
      move: (item: TRoadmapItem, move: CardMove) => {
        const order = orderOf(items);
        const next =
          typeof move === "string"
            ? moveItem(order, item.id, move)
            : moveItemTo(order, item.id, move.stage, order[move.stage].length);
        if (next) reorder(next, item);
      },
      askDelete: (item) => setDeleting(item),
    };
  }, [viewer, canPlan, open, confirmDone, patch, items, reorder]);

  const tabs = (
    <TabsList aria-label="Roadmap views" className="h-auto flex-wrap">
      {ROADMAP_TABS.map((t) => (
        <TabsTrigger key={t} value={t}>
          {ROADMAP_TAB_LABELS[t]}
        </TabsTrigger>
      ))}
    </TabsList>
  );

  return (
    <RoadmapActionsProvider value={actions}>
      <div className="grid gap-6">
        {header}
        {items.length === 0 ? (
          <EmptyState
            icon={Route}
            title="No roadmap yet"
            description={
              canPropose
                ? "Plan the way from Experimental to MVP to Productionization in small steps, each with what “done” means, an owner and a priority. Generate a proposal from the recommendations, or add items by hand."
                : "When a lead or member adds items, the plan from Experimental to MVP to Productionization shows here."
            }
            action={
              canPropose && (
                <>
                  {generate}
                  <Button
                    variant={generate ? "outline" : "default"}
                    onClick={() => open({ kind: "new", stage: "EXPERIMENTAL" })}
                  >
                    <Plus aria-hidden="true" />
                    Add item
                  </Button>
                </>
              )
            }
          />
        ) : (
          <Tabs value={tab} onValueChange={(v) => setTab(parseTab(v))} className="gap-4">
            <div className="flex flex-wrap items-center justify-between gap-3">
              {tabs}
              <div className="flex flex-wrap items-center gap-2">
                {canPropose && generate}
                {exportMenu}
                {canPropose && (
                  <Button size="sm" onClick={() => open({ kind: "new", stage: "EXPERIMENTAL" })}>
                    <Plus aria-hidden="true" />
                    Add item
                  </Button>
                )}
              </div>
            </div>
            <TabsContent value="board">
              <RoadmapBoard items={items} onReorder={moveTo} />
            </TabsContent>
            <TabsContent value="table">
              <RoadmapTable items={items} members={data.members} view={view} onViewChange={setView} />
            </TabsContent>
            <TabsContent value="mine">
              <MyItems items={items} />
            </TabsContent>
            <TabsContent value="workload">
              <WorkloadView items={items} members={data.members} />
            </TabsContent>
          </Tabs>
        )}
      </div>
      <p className="sr-only" aria-live="polite">
        {liveText}
      </p>
      {dialog && (
        <ItemDialog
          key={dialog.key}
          projectId={projectId}
          target={dialog.target}
          items={items}
          members={data.members}
          nodes={nodes}
          suggestions={ownerSuggestions}
          confirmDone={confirmDone}
          onClose={() => setDialog(null)}
        />
      )}
      <DeleteItemDialog
        item={deleting}
        onOpenChange={(o) => !o && setDeleting(null)}
        onConfirm={async (item) => {
          await remove.mutateAsync(item).catch(() => undefined);
          setDialog((d) => (d?.target.kind === "edit" && d.target.itemId === item.id ? null : d));
        }}
      />
      <AutomateDialog ask={ask} onDone={() => setAsk(null)} />
    </RoadmapActionsProvider>
  );
}
