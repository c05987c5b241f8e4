"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Trash2 } from "lucide-react";
import { useState } from "react";
import { toast } from "sonner";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Spinner } from "@/components/ui/spinner";
import { ApiError } from "@/lib/client/api";
import { roadmapKeys } from "@/lib/client/query-keys";
import type { Stage } from "@/lib/pipeline/types";
import {
  changedFields,
  conflictRows,
  createBody,
  draftOf,
  emptyDraft,
  resolveWithTheirs,
  type ItemDraft,
} from "@/lib/roadmap/item-draft";
import { canChangeAny, fieldLocks } from "@/lib/roadmap/item-permissions";
import { ownerSuggestionsFor, type OwnerSuggestionIndex } from "@/lib/roadmap/owner-suggestions";
import type { TRoadmapItem, TRoadmapMember, TRoadmapResponse } from "@/lib/validation/roadmap";
import { ItemConflict } from "./item-conflict";
import { ItemFields } from "./item-fields";
import { ItemHistory } from "./item-history";
import type { PickableNode } from "./node-picker";
import { useRoadmapActions } from "./roadmap-context";
import { messageOf, useRoadmapMutations } from "./use-roadmap";

export type ItemDialogTarget = { kind: "new"; stage: Stage } | { kind: "edit"; itemId: string };

type Props = {
  projectId: string;
  target: ItemDialogTarget;
  items: readonly TRoadmapItem[];
  members: readonly TRoadmapMember[];
  nodes: readonly PickableNode[];
  suggestions: OwnerSuggestionIndex;
  /** "yes": also automate the linked steps; "no": just done; "cancel": do not save. */
  confirmDone: (nodeIds: readonly string[]) => Promise<"yes" | "no" | "cancel">;
  onClose: () => void;
};

/** Create or edit one item. Opened with a key per target, so its state starts fresh each time. */
export function ItemDialog(props: Props) {
  const { target, items, onClose } = props;
  const item = target.kind === "edit" ? items.find((i) => i.id === target.itemId) : undefined;
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="max-h-[calc(100dvh-2rem)] overflow-y-auto sm:max-w-2xl">
        {target.kind === "edit" && !item ? (
          <>
            <DialogHeader>
              <DialogTitle>This item is gone</DialogTitle>
              <DialogDescription>Someone deleted it meanwhile.</DialogDescription>
            </DialogHeader>
            <DialogFooter>
              <Button onClick={onClose}>Close</Button>
            </DialogFooter>
          </>
        ) : (
          <ItemForm {...props} item={item} />
        )}
      </DialogContent>
    </Dialog>
  );
}

type Conflict = { fields: string[]; theirs: TRoadmapItem };

function ItemForm({
  projectId,
  target,
  item,
  members,
  nodes,
  suggestions,
  confirmDone,
  onClose,
}: Props & { item: TRoadmapItem | undefined }) {
  const actions = useRoadmapActions();
  const queryClient = useQueryClient();
  const { create, patch } = useRoadmapMutations(projectId);
  const initial = item ? draftOf(item) : emptyDraft(target.kind === "new" ? target.stage : "EXPERIMENTAL");
  const [base, setBase] = useState<{ draft: ItemDraft; version: number }>({
    draft: initial,
    version: item?.version ?? 0,
  });
  const [draft, setDraft] = useState<ItemDraft>(initial);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const locks = fieldLocks(actions.viewer.role, item ? actions.relationOf(item) : "new");
  const editable = canChangeAny(locks);
  const ownerSuggestions = ownerSuggestionsFor(suggestions, draft.componentId, draft.toolSlug);

  async function latest(itemId: string): Promise<TRoadmapItem | undefined> {
    await queryClient.invalidateQueries({ queryKey: roadmapKeys.board(projectId) });
    return queryClient.getQueryData<TRoadmapResponse>(roadmapKeys.board(projectId))?.items.find((i) => i.id === itemId);
  }

  async function save(from = base, mine = draft) {
    setError(null);
    if (!item) return saveNew();
    const changes = changedFields(from.draft, mine);
    if (Object.keys(changes).length === 0) return onClose();
    let automateNodes = false;
    if (changes.status === "DONE") {
      const answer = await confirmDone(mine.nodeIds);
      if (answer === "cancel") return;
      automateNodes = answer === "yes";
    }
    setSaving(true);
    try {
      await patch.mutateAsync({ item: { ...item, version: from.version }, changes, automateNodes });
      toast.success(`Saved “${mine.title.trim()}”.`);
      onClose();
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && e.code === "roadmap_item_conflict") {
        const theirs = await latest(item.id);
        if (!theirs) return setError("Someone deleted this item meanwhile.");
        const fields = Array.isArray(e.body.fields) ? (e.body.fields as string[]) : Object.keys(changes);
        setConflict({ fields, theirs });
      } else setError(messageOf(e, "Could not save the item."));
    } finally {
      setSaving(false);
    }
  }

  async function saveNew() {
    if (!draft.title.trim()) return setError("Give the item a title.");
    setSaving(true);
    try {
      const { item: created } = await create.mutateAsync(createBody(draft, { canPlan: actions.canPlan }));
      toast.success(`Added “${created.title}”.`);
      onClose();
    } catch (e) {
      setError(messageOf(e, "Could not add the item."));
    } finally {
      setSaving(false);
    }
  }

  function keepMine() {
    if (!conflict) return;
    // My edits, re-sent on the version now saved.
    const theirs = draftOf(conflict.theirs);
    const next = { draft: theirs, version: conflict.theirs.version };
    const mine = { ...theirs, ...changedFields(base.draft, draft) };
    setBase(next);
    setDraft(mine);
    setConflict(null);
    void save(next, mine);
  }

  function useTheirs() {
    if (!conflict) return;
    const theirs = draftOf(conflict.theirs);
    setDraft(resolveWithTheirs(base.draft, draft, theirs, conflict.fields));
    setBase({ draft: theirs, version: conflict.theirs.version });
    setConflict(null);
  }

  const title = item ? (editable ? "Edit roadmap item" : "Roadmap item") : "Add a roadmap item";
  return (
    <form
      className="grid gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <DialogHeader>
        <DialogTitle>{title}</DialogTitle>
        <DialogDescription>
          {item
            ? "A small step: what it is, when it counts as done, who does it."
            : "A small step towards production: what it is and when it counts as done."}
        </DialogDescription>
      </DialogHeader>
      {conflict && (
        <ItemConflict
          rows={conflictRows(conflict.fields, draft, draftOf(conflict.theirs))}
          members={members}
          pending={saving}
          onKeepMine={keepMine}
          onUseTheirs={useTheirs}
        />
      )}
      <ItemFields
        draft={draft}
        onChange={(p) => setDraft((d) => ({ ...d, ...p }))}
        locks={locks}
        members={members}
        nodes={nodes}
        suggestions={ownerSuggestions}
        isNew={!item}
      />
      {error && (
        <Alert variant="destructive" role="alert">
          <AlertDescription>{error}</AlertDescription>
        </Alert>
      )}
      {item && <ItemHistory projectId={projectId} itemId={item.id} members={members} />}
      <DialogFooter className="gap-2 sm:justify-between">
        {item && actions.canPlan ? (
          <Button type="button" variant="ghost" className="text-destructive" onClick={() => actions.askDelete(item)}>
            <Trash2 aria-hidden="true" />
            Delete
          </Button>
        ) : (
          <span />
        )}
        <div className="flex flex-col-reverse gap-2 sm:flex-row">
          <Button type="button" variant="outline" onClick={onClose}>
            {editable ? "Cancel" : "Close"}
          </Button>
          {editable && (
            <Button type="submit" disabled={saving || conflict !== null}>
              {saving && <Spinner className="size-4" />}
              {item ? "Save changes" : "Add item"}
            </Button>
          )}
        </div>
      </DialogFooter>
    </form>
  );
}
