import { STAGES, type Priority, type Stage } from "../pipeline/types";
import type { SuggestedOwner } from "./generate";

// The "Generate roadmap" dialog's working copy of a proposal: each proposed item with the
// lead's edits (title, done-when, stage, priority, owner) and whether it is kept. Nothing is
// saved until the lead saves; then the kept rows become one bulk create.

/** What the dialog reads of a proposed item (the API's TRoadmapProposalItem is assignable). */
export type ProposedItem = {
  title: string;
  doneWhen?: string;
  detail?: string;
  phase?: "ML" | "DEV" | "PROD" | null;
  componentId?: string | null;
  toolSlug?: string | null;
  nodeIds?: string[];
  stage?: Stage;
  targetDate?: string | null;
  source?: string;
  sourceKey?: string | null;
  ownerId?: string | null;
  priority?: Priority | null;
  suggestedOwners: SuggestedOwner[];
};

export type DraftRow<T extends ProposedItem = ProposedItem> = {
  /** Stable within the dialog: the proposal's sourceKey, else its place. */
  key: string;
  proposed: T;
  include: boolean;
  title: string;
  doneWhen: string;
  stage: Stage;
  priority: Priority | null;
  ownerId: string | null;
};

export type DraftEdit = Partial<Pick<DraftRow, "include" | "title" | "doneWhen" | "stage" | "priority" | "ownerId">>;

/** Every proposed item kept, owner preset to the first suggestion (the recommendations' best fit). */
export function draftFromProposal<T extends ProposedItem>(items: readonly T[]): DraftRow<T>[] {
  return items.map((item, index) => ({
    key: item.sourceKey ?? `proposal-${index}`,
    proposed: item,
    include: true,
    title: item.title,
    doneWhen: item.doneWhen ?? "",
    stage: item.stage ?? "EXPERIMENTAL",
    priority: item.priority ?? null,
    ownerId: item.ownerId ?? item.suggestedOwners[0]?.id ?? null,
  }));
}

export function editRow<T extends ProposedItem>(
  rows: readonly DraftRow<T>[],
  key: string,
  edit: DraftEdit,
): DraftRow<T>[] {
  return rows.map((row) => (row.key === key ? { ...row, ...edit } : row));
}

/** Keep or drop every row at once. */
export function includeAll<T extends ProposedItem>(rows: readonly DraftRow<T>[], include: boolean): DraftRow<T>[] {
  return rows.map((row) => ({ ...row, include }));
}

/** The rows per stage, in stage order then proposal order (a row moved to another stage goes with it). */
export function rowsByStage<T extends ProposedItem>(
  rows: readonly DraftRow<T>[],
): { stage: Stage; rows: DraftRow<T>[] }[] {
  return STAGES.map((stage) => ({ stage, rows: rows.filter((r) => r.stage === stage) })).filter(
    (g) => g.rows.length > 0,
  );
}

/** Why the kept rows cannot be saved yet (a title is required), or null. */
export function draftProblem(rows: readonly DraftRow[]): string | null {
  const kept = rows.filter((r) => r.include);
  if (kept.length === 0) return "Keep at least one item to save.";
  const untitled = kept.filter((r) => r.title.trim() === "").length;
  if (untitled > 0) return untitled === 1 ? "One kept item has no title." : `${untitled} kept items have no title.`;
  return null;
}

/** The bulk create body of the kept rows, in board order (stage, then proposal order). */
export function bulkBody(rows: readonly DraftRow[]) {
  return {
    items: rowsByStage(rows.filter((r) => r.include)).flatMap(({ rows: kept }) =>
      kept.map(({ proposed, title, doneWhen, stage, priority, ownerId }) => {
        const { suggestedOwners: _suggested, ...create } = proposed;
        return { ...create, title: title.trim(), doneWhen: doneWhen.trim(), stage, priority, ownerId };
      }),
    ),
  };
}
