"use client";

import { Sparkles } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { toast } from "sonner";
import { Button, buttonVariants } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Spinner } from "@/components/ui/spinner";
import { STAGE_LABELS } from "@/lib/pipeline/labels";
import {
  bulkBody,
  draftFromProposal,
  draftProblem,
  editRow,
  includeAll,
  rowsByStage,
  type DraftRow,
} from "@/lib/roadmap/proposal-draft";
import { ProposalRow, type OwnerOption } from "./proposal-row";
import { useGenerateRoadmap } from "./use-generate-roadmap";
import { useRoadmapSnapshot } from "./use-roadmap-snapshot";

type Props = {
  teamId: string;
  projectId: string;
  /** can(role, "roadmap.plan"): saving a proposal is planning, the leads'. */
  canPlan: boolean;
  /** The project's pipeline has nodes: without them there is little to propose. */
  hasPipeline: boolean;
};

/** "Generate roadmap": the recommendation engine's proposal, edited by the lead, saved in one go. */
export function GenerateRoadmap({ canPlan, ...props }: Props) {
  const [open, setOpen] = useState(false);
  const generate = useGenerateRoadmap(props.projectId);
  // The board's query, live: who may own an item, and how many items there are.
  const data = useRoadmapSnapshot(props.projectId);
  const itemCount = data?.items.length ?? 0;
  const members = (data?.members ?? []).filter((m) => m.role !== "VIEWER");
  const [rows, setRows] = useState<DraftRow[] | null>(null);
  function start() {
    setRows(null);
    generate.save.reset();
    setOpen(true);
    generate.propose.mutate(undefined, { onSuccess: (items) => setRows(draftFromProposal(items)) });
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        type="button"
        // The big call to action of the empty roadmap; in the toolbar, one control among others.
        size={itemCount === 0 ? "default" : "sm"}
        variant={itemCount === 0 ? "default" : "outline"}
        disabled={!canPlan}
        onClick={start}
        aria-describedby={canPlan ? undefined : "generate-why"}
      >
        <Sparkles aria-hidden="true" />
        Generate roadmap
      </Button>
      {!canPlan && (
        <p id="generate-why" className="text-xs text-muted-foreground">
          Only leads plan the roadmap.
        </p>
      )}
      {canPlan && open && (
        <GenerateDialog
          {...props}
          {...generate}
          itemCount={itemCount}
          members={members}
          rows={rows}
          setRows={setRows}
          onClose={() => setOpen(false)}
        />
      )}
    </div>
  );
}

type DialogProps = Omit<Props, "canPlan"> & {
  members: OwnerOption[];
  /** Items on the roadmap when the proposal was asked for (an empty proposal then means: all of it is on already). */
  itemCount: number;
} & ReturnType<typeof useGenerateRoadmap> & {
    rows: DraftRow[] | null;
    setRows: React.Dispatch<React.SetStateAction<DraftRow[] | null>>;
    onClose: () => void;
  };

function GenerateDialog({
  teamId,
  projectId,
  hasPipeline,
  itemCount,
  members,
  propose,
  save,
  rows,
  setRows,
  onClose,
}: DialogProps) {
  const problem = rows ? draftProblem(rows) : null;
  const kept = rows?.filter((r) => r.include).length ?? 0;

  function onSave() {
    if (!rows || problem) return;
    save.mutate(bulkBody(rows), {
      onSuccess: (items) => {
        toast.success(`${items.length} ${items.length === 1 ? "item" : "items"} added to the roadmap.`);
        onClose();
      },
    });
  }

  return (
    <Dialog open onOpenChange={(o) => !o && onClose()}>
      <DialogContent className="grid max-h-[90dvh] grid-rows-[auto_minmax(0,1fr)_auto] sm:max-w-3xl">
        <DialogHeader>
          <DialogTitle>Generate roadmap</DialogTitle>
          <DialogDescription>
            Small steps from the recommendations, the latest assessment and the manual steps of your pipeline. Edit,
            keep or drop each one; nothing is saved until you save.
          </DialogDescription>
        </DialogHeader>
        <div className="min-h-0 overflow-y-auto pr-1">
          {propose.isPending || (!rows && !propose.isError) ? (
            <p className="flex items-center gap-2 text-sm text-muted-foreground">
              <Spinner /> Working out a proposal…
            </p>
          ) : propose.isError ? (
            <p role="alert" className="text-sm text-destructive">
              {propose.error.message}
            </p>
          ) : rows && rows.length === 0 ? (
            <EmptyProposal teamId={teamId} projectId={projectId} hasPipeline={hasPipeline} itemCount={itemCount} />
          ) : (
            rows && (
              <div className="grid gap-5">
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <span className="text-muted-foreground">
                    {kept} of {rows.length} kept
                  </span>
                  <Button type="button" variant="ghost" size="sm" onClick={() => setRows(includeAll(rows, true))}>
                    Keep all
                  </Button>
                  <Button type="button" variant="ghost" size="sm" onClick={() => setRows(includeAll(rows, false))}>
                    Drop all
                  </Button>
                </div>
                {rowsByStage(rows).map((group) => (
                  <section key={group.stage} aria-labelledby={`proposal-${group.stage}`} className="grid gap-2">
                    <h3 id={`proposal-${group.stage}`} className="text-sm font-semibold">
                      {STAGE_LABELS[group.stage]}
                    </h3>
                    <ul className="grid gap-2">
                      {group.rows.map((row) => (
                        <ProposalRow
                          key={row.key}
                          row={row}
                          index={rows.indexOf(row)}
                          members={members}
                          onEdit={(edit) => setRows((old) => (old ? editRow(old, row.key, edit) : old))}
                        />
                      ))}
                    </ul>
                  </section>
                ))}
              </div>
            )
          )}
        </div>
        <DialogFooter className="items-center gap-2">
          {(problem || save.error) && rows && rows.length > 0 && (
            <p role="alert" className="mr-auto text-sm text-destructive">
              {save.error?.message ?? problem}
            </p>
          )}
          <Button type="button" variant="outline" onClick={onClose}>
            Cancel
          </Button>
          {rows && rows.length > 0 && (
            <Button type="button" disabled={!!problem || save.isPending} onClick={onSave}>
              {save.isPending && <Spinner />}
              Save {kept} {kept === 1 ? "item" : "items"}
            </Button>
          )}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

/** Why there is nothing to propose, and what to do about it. */
function EmptyProposal({
  teamId,
  projectId,
  hasPipeline,
  itemCount,
}: {
  teamId: string;
  projectId: string;
  hasPipeline: boolean;
  itemCount: number;
}) {
  const base = `/teams/${teamId}/projects/${projectId}`;
  if (!hasPipeline)
    return (
      <div className="grid justify-items-start gap-3 text-sm">
        <p>
          <strong>Nothing to propose yet: the project has no pipeline.</strong> The proposal starts from your pipeline —
          its missing components and manual steps. Draw it, start from a template or import a notebook.
        </p>
        <Link href={`${base}/pipeline`} className={buttonVariants({ variant: "outline", size: "sm" })}>
          Open the Pipeline tab
        </Link>
      </div>
    );
  if (itemCount > 0)
    return (
      <p className="text-sm">
        <strong>Everything the recommendations and the assessment suggest is already on the roadmap.</strong> Add an
        item by hand, or come back after a new assessment or a change to the pipeline.
      </p>
    );
  return (
    <div className="grid justify-items-start gap-3 text-sm">
      <p>
        <strong>Nothing to propose: your pipeline has no gaps or manual steps the engine recognises.</strong> Take the
        maturity assessment for next practices, or add items by hand.
      </p>
      <Link href={`${base}/assessment`} className={buttonVariants({ variant: "outline", size: "sm" })}>
        Open the Assessment tab
      </Link>
    </div>
  );
}
