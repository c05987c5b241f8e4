"use client";

import { FileUp } from "lucide-react";
import { useRef, useState } from "react";
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
import { formatMiB } from "@/lib/format-bytes";
import type { StepCategoryId } from "@/lib/notebook/taxonomy";
import type { CellFlow } from "@/lib/notebook/cell-flow";
import {
  importFlow,
  lowConfidenceCells,
  mergeRange,
  mergeWithPrevious,
  renameStep,
  sectionRun,
  setSkipped,
  splitStep,
  toImportSteps,
  type PreviewStep,
} from "@/lib/notebook/preview-edits";
import { MAX_NOTEBOOK_BYTES } from "@/lib/notebook/limits";
import { carryPreviewEdits } from "@/lib/notebook/preview-regroup";
import { workflowSteps, type Granularity } from "@/lib/notebook/workflow-steps";
import type { NotebookImport } from "@/lib/validation/notebook-import";
import { NotebookPreview, type PreviewCell } from "./notebook-preview";
import { PreviewToolbar } from "./preview-toolbar";
import { uploadNotebook } from "./upload-notebook";

const UPLOAD_LIMIT = formatMiB(MAX_NOTEBOOK_BYTES);

type Loaded = {
  fileName: string;
  cells: Map<number, PreviewCell>;
  categories: Map<number, StepCategoryId>;
  steps: PreviewStep[];
  /** The grouping `steps` was edited from: the difference is the user's edits, carried across a re-grouping. */
  base: PreviewStep[];
  skipped: number;
  /** The notebook's own grouping, re-grouped live at the chosen granularity. */
  fine: PreviewStep[];
  granularity: Granularity;
  tagged: boolean;
  sections: Map<number, string | null>;
  flows: Map<number, CellFlow>;
};

/** A granularity switch that would drop edits it cannot place, waiting for the user's word. */
type PendingRegroup = { granularity: Granularity; steps: PreviewStep[]; base: PreviewStep[]; lost: string[] };

type Stage = { kind: "pick" } | { kind: "uploading"; progress: number } | { kind: "preview"; data: Loaded };

/** Choose or drop a notebook, check how it was read, adjust, then add its steps to the canvas. */
export function ImportNotebookDialog({
  open,
  onOpenChange,
  onImport,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onImport: (
    notebook: NotebookImport,
    sourceOf: (index: number) => string | undefined,
    notebookName: string,
  ) => Promise<void>;
}) {
  const [stage, setStage] = useState<Stage>({ kind: "pick" });
  const [error, setError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [onlyFlagged, setOnlyFlagged] = useState(false);
  const [pending, setPending] = useState<PendingRegroup | null>(null);
  const jumpAt = useRef(-1);
  const abort = useRef<AbortController | null>(null);

  function close(next: boolean) {
    if (!next) {
      abort.current?.abort();
      setPending(null);
      setStage({ kind: "pick" });
      setError(null);
    }
    onOpenChange(next);
  }

  async function load(file: File) {
    setError(null);
    setPending(null);
    if (file.size > MAX_NOTEBOOK_BYTES) {
      // The server would refuse it too (413), after the whole upload.
      setError(`${file.name} is ${formatMiB(file.size)}; notebooks up to ${UPLOAD_LIMIT} are accepted.`);
      return;
    }
    abort.current = new AbortController();
    setStage({ kind: "uploading", progress: 0 });
    try {
      const analysis = await uploadNotebook(
        file,
        (progress) => setStage({ kind: "uploading", progress }),
        abort.current.signal,
      );
      const sources = new Map((analysis.preview ?? []).map((p) => [p.index, p.source]));
      const flows = new Map((analysis.preview ?? []).flatMap((p) => (p.flow ? [[p.index, p.flow] as const] : [])));
      const tagged = (analysis.preview ?? []).some((p) => p.tags.some((t) => /^(step|block):/.test(t)));
      const sections = new Map(analysis.cells.map((c) => [c.index, c.section]));
      const cells = new Map<number, PreviewCell>();
      const categories = new Map<number, StepCategoryId>();
      for (const cell of analysis.cells) {
        if (cell.type !== "code" || cell.category === "documentation") continue;
        cells.set(cell.index, {
          index: cell.index,
          source: sources.get(cell.index) ?? "",
          confidence: cell.confidence,
          signals: cell.signals,
        });
        categories.set(cell.index, cell.category);
      }
      const steps = analysis.steps.map((s) => ({ title: s.title, cellIndexes: s.cellIndexes }));
      const fine = (analysis.fineSteps ?? analysis.steps).map((s) => ({ title: s.title, cellIndexes: s.cellIndexes }));
      const inSteps = new Set(steps.flatMap((s) => s.cellIndexes));
      setSelected(new Set());
      setStage({
        kind: "preview",
        data: {
          fileName: file.name,
          cells,
          categories,
          steps,
          base: steps,
          skipped: cells.size - inSteps.size,
          fine,
          granularity: "medium",
          tagged,
          sections,
          flows,
        },
      });
    } catch (e) {
      setStage({ kind: "pick" });
      setError(e instanceof ApiError ? e.message : "Could not read this file.");
    }
  }

  const update = (patch: Partial<Loaded>) => {
    if (stage.kind !== "preview") return;
    // Step numbers change with any edit of the steps, so a selection does not outlive one.
    if (patch.steps) setSelected(new Set());
    setPending(null);
    setStage({ kind: "preview", data: { ...stage.data, ...patch } });
  };

  /**
   * Re-groups the notebook's own steps at `granularity`, by the cells' current categories, with
   * the user's merges, splits, skips and titles carried over; asks first if some cannot be.
   */
  function regroup(data: Loaded, granularity: Granularity) {
    const cells = new Map(
      [...data.categories].map(([i, category]) => [i, { category, section: data.sections.get(i) ?? null }]),
    );
    const base = workflowSteps(data.fine, cells, granularity, { tagged: data.tagged });
    const { steps, lost } = carryPreviewEdits(data.base, data.steps, base);
    if (lost.length > 0) setPending({ granularity, steps, base, lost });
    else update({ granularity, steps, base });
  }

  /** Moves to the next (or previous) cell that needs a look, and puts the focus on its category. */
  function jump(flagged: readonly number[], direction: 1 | -1) {
    if (flagged.length === 0) return;
    const at = flagged.indexOf(jumpAt.current);
    const next =
      at < 0 ? (direction === 1 ? 0 : flagged.length - 1) : (at + direction + flagged.length) % flagged.length;
    jumpAt.current = flagged[next]!;
    const select = document.getElementById(`cell-category-${jumpAt.current}`);
    select?.scrollIntoView({ block: "center" });
    select?.focus();
  }

  async function addSteps() {
    if (stage.kind !== "preview") return;
    setImporting(true);
    setError(null);
    try {
      const { steps, categories, flows, cells, fileName } = stage.data;
      await onImport(
        { steps: toImportSteps(steps, categories), ...importFlow(steps, flows) },
        (index) => cells.get(index)?.source,
        fileName,
      );
      close(false);
    } catch (e) {
      setError(e instanceof Error ? e.message : "Could not add the steps.");
    } finally {
      setImporting(false);
    }
  }

  const data = stage.kind === "preview" ? stage.data : null;
  const imported = data ? data.steps.filter((s) => !s.skipped && s.cellIndexes.length > 0).length : 0;
  const flagged = data
    ? lowConfidenceCells(data.steps, new Map([...data.cells].map(([i, c]) => [i, c.confidence])))
    : [];
  const sectionOf = (cellIndex: number) => data?.sections.get(cellIndex) ?? null;
  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent className="flex max-h-[90dvh] flex-col sm:max-w-3xl">
        <DialogHeader>
          <DialogTitle>Import a notebook</DialogTitle>
          <DialogDescription>
            {data
              ? `${data.fileName}: ${data.cells.size} code cells in ${data.steps.length} steps. Fix a category or the grouping if it is off, skip what is not part of the work, then add the steps.`
              : `A Jupyter notebook (.ipynb), a jupytext percent script or a plain .py file, up to ${UPLOAD_LIMIT}. Each group of cells becomes a manual step on the canvas.`}
          </DialogDescription>
        </DialogHeader>
        {error && (
          <Alert variant="destructive">
            <AlertDescription>{error}</AlertDescription>
          </Alert>
        )}
        {stage.kind === "pick" && <DropZone onFile={(file) => void load(file)} />}
        {stage.kind === "uploading" && (
          <div className="grid gap-2 py-6" role="status">
            <p className="text-sm">{stage.progress < 1 ? "Uploading…" : "Reading the cells…"}</p>
            <div
              className="h-2 overflow-hidden rounded-full bg-muted"
              role="progressbar"
              aria-label="Upload progress"
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(stage.progress * 100)}
            >
              <div
                className="h-full bg-primary transition-[width]"
                style={{ width: `${Math.round(stage.progress * 100)}%` }}
              />
            </div>
          </div>
        )}
        {data && (
          <PreviewToolbar
            granularity={data.granularity}
            onGranularity={(g) => regroup(data, g)}
            flagged={flagged}
            onJump={(direction) => jump(flagged, direction)}
            onlyFlagged={onlyFlagged}
            onOnlyFlagged={setOnlyFlagged}
            selected={selected.size}
            onMergeSelected={() =>
              update({ steps: mergeRange(data.steps, Math.min(...selected), Math.max(...selected)) })
            }
          />
        )}
        {data && pending && (
          <Alert role="alertdialog" aria-label="Edits that cannot be kept">
            <AlertDescription className="grid gap-2">
              <p>
                Switching to {pending.granularity} keeps your other edits but not {pending.lost.join(", ")}:{" "}
                {pending.lost.length === 1
                  ? "its step no longer starts where it did."
                  : "their steps no longer start where they did."}
              </p>
              <div className="flex flex-wrap gap-2">
                <Button type="button" size="sm" variant="outline" onClick={() => setPending(null)}>
                  Stay at {data.granularity}
                </Button>
                <Button
                  type="button"
                  size="sm"
                  onClick={() => update({ granularity: pending.granularity, steps: pending.steps, base: pending.base })}
                >
                  Switch and drop {pending.lost.length === 1 ? "it" : "them"}
                </Button>
              </div>
            </AlertDescription>
          </Alert>
        )}
        {data && (
          <div className="min-h-0 flex-1 overflow-y-auto overflow-x-hidden pr-1">
            <NotebookPreview
              steps={data.steps}
              cells={data.cells}
              categories={data.categories}
              onRename={(i, title) => update({ steps: renameStep(data.steps, i, title) })}
              onSplit={(i, position) =>
                update({ steps: splitStep(data.steps, i, position, `${data.steps[i]?.title ?? "Step"} (2)`) })
              }
              onMerge={(i) => update({ steps: mergeWithPrevious(data.steps, i) })}
              onCategory={(cellIndex, category) =>
                update({ categories: new Map(data.categories).set(cellIndex, category) })
              }
              sectionOf={sectionOf}
              sectionRunOf={(i) => sectionRun(data.steps, i, sectionOf)}
              onMergeSection={(i) => update({ steps: mergeRange(data.steps, ...sectionRun(data.steps, i, sectionOf)) })}
              onSkip={(i, skipped) => update({ steps: setSkipped(data.steps, i, skipped) })}
              selected={selected}
              onSelect={(i, on) =>
                setSelected((current) => {
                  const next = new Set(current);
                  if (on) next.add(i);
                  else next.delete(i);
                  return next;
                })
              }
              onlyFlagged={onlyFlagged}
            />
            {data.skipped > 0 && (
              <p className="mt-2 text-xs text-muted-foreground">{data.skipped} cells tagged `skip` are left out.</p>
            )}
          </div>
        )}
        <DialogFooter>
          {data && (
            <Button type="button" variant="outline" onClick={() => setStage({ kind: "pick" })} disabled={importing}>
              Choose another file
            </Button>
          )}
          <Button type="button" onClick={() => void addSteps()} disabled={!data || importing || imported === 0}>
            {importing && <Spinner className="size-4" />}
            {data ? `Add ${imported} steps to the canvas` : "Add steps"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

function DropZone({ onFile }: { onFile: (file: File) => void }) {
  const [over, setOver] = useState(false);
  return (
    <label
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file) onFile(file);
      }}
      className={`flex cursor-pointer flex-col items-center gap-2 rounded-lg border-2 border-dashed p-10 text-center transition-colors focus-within:ring-[3px] focus-within:ring-ring/50 ${over ? "border-primary bg-primary/5" : "hover:bg-accent"}`}
    >
      <FileUp className="size-8 text-muted-foreground" aria-hidden="true" />
      <span className="font-medium">Drop a notebook here, or choose a file</span>
      <span className="text-xs text-muted-foreground">.ipynb, .py — up to {UPLOAD_LIMIT}</span>
      <input
        type="file"
        accept=".ipynb,.py,application/x-ipynb+json,text/x-python"
        className="sr-only"
        aria-label="Notebook file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = "";
        }}
      />
    </label>
  );
}
