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
import {
  mergeWithPrevious,
  renameStep,
  splitStep,
  toImportSteps,
  type PreviewStep,
} from "@/lib/notebook/preview-edits";
import { MAX_NOTEBOOK_BYTES } from "@/lib/notebook/limits";
import type { TImportStep } from "@/lib/validation/notebook-import";
import { NotebookPreview, type PreviewCell } from "./notebook-preview";
import { uploadNotebook } from "./upload-notebook";

const UPLOAD_LIMIT = formatMiB(MAX_NOTEBOOK_BYTES);

type Loaded = {
  fileName: string;
  cells: Map<number, PreviewCell>;
  categories: Map<number, StepCategoryId>;
  steps: PreviewStep[];
  skipped: number;
};
type Stage = { kind: "pick" } | { kind: "uploading"; progress: number } | { kind: "preview"; data: Loaded };

/** Choose or drop a notebook, check how it was read, adjust, then add its steps to the canvas. */
export function ImportNotebookDialog({
  open,
  onOpenChange,
  onImport,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onImport: (steps: TImportStep[]) => Promise<void>;
}) {
  const [stage, setStage] = useState<Stage>({ kind: "pick" });
  const [error, setError] = useState<string | null>(null);
  const [importing, setImporting] = useState(false);
  const abort = useRef<AbortController | null>(null);

  function close(next: boolean) {
    if (!next) {
      abort.current?.abort();
      setStage({ kind: "pick" });
      setError(null);
    }
    onOpenChange(next);
  }

  async function load(file: File) {
    setError(null);
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
      const inSteps = new Set(steps.flatMap((s) => s.cellIndexes));
      setStage({
        kind: "preview",
        data: { fileName: file.name, cells, categories, steps, skipped: cells.size - inSteps.size },
      });
    } catch (e) {
      setStage({ kind: "pick" });
      setError(e instanceof ApiError ? e.message : "Could not read this file.");
    }
  }

  const update = (patch: Partial<Loaded>) =>
    stage.kind === "preview" && setStage({ kind: "preview", data: { ...stage.data, ...patch } });

  async function addSteps() {
    if (stage.kind !== "preview") return;
    setImporting(true);
    setError(null);
    try {
      await onImport(toImportSteps(stage.data.steps, stage.data.categories));
      close(false);
    } catch (e) {
      setError(e instanceof Error ? e.message : "Could not add the steps.");
    } finally {
      setImporting(false);
    }
  }

  const data = stage.kind === "preview" ? stage.data : null;
  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent className="flex max-h-[90dvh] flex-col sm:max-w-3xl">
        <DialogHeader>
          <DialogTitle>Import a notebook</DialogTitle>
          <DialogDescription>
            {data
              ? `${data.fileName}: ${data.cells.size} code cells in ${data.steps.length} steps. Fix a category or the grouping if it is off, then add the steps.`
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
          <div className="min-h-0 flex-1 overflow-y-auto pr-1">
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
          <Button
            type="button"
            onClick={() => void addSteps()}
            disabled={!data || importing || data.steps.length === 0}
          >
            {importing && <Spinner className="size-4" />}
            {data ? `Add ${data.steps.length} steps to the canvas` : "Add steps"}
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
