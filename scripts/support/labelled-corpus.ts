import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { classifyByRules } from "../../lib/notebook/classify-notebook";
import type { CellFeatures } from "../../lib/notebook/cell-features";
import type { ClassifiedCell } from "../../lib/notebook/classify-notebook";
import type { Example } from "../../lib/notebook/learned-train";
import { parseNotebook } from "../../lib/notebook/parse";
import { isStepCategory } from "../../lib/notebook/taxonomy";
import type { ParsedCell } from "../../lib/notebook/types";

// Labelled notebooks as the classifier's scripts read them (eval-classifier.ts,
// train-classifier.ts): a folder with labels/<id>.json and notebooks/<id>.ipynb, the format
// of ../shared/corpus and lib/notebook/corpus. A label whose notebook is not on this machine
// (not redistributable; scripts/corpus-fetch.ts re-obtains it) is skipped with a note.

export const ZLabels = z.object({
  id: z.string(),
  // Where the notebook comes from: eval-classifier --loro holds out a whole repository at once.
  source: z.object({ repo: z.string() }).optional(),
  cells: z.array(
    z.object({ index: z.number().int(), sha1: z.string(), category: z.string(), alt: z.array(z.string()).optional() }),
  ),
});
export type Label = z.infer<typeof ZLabels>["cells"][number];

export type LabelledNotebook = {
  id: string;
  folder: string;
  /** The upstream repository (`owner/name`) from the label file's `source`, if it has one. */
  repo: string | null;
  labels: Label[];
  cells: ParsedCell[];
  /** The rules' answers and the learned layer's features, computed once. */
  byRules: { rules: ClassifiedCell[]; features: (CellFeatures | null)[] };
};

export const repoRoot = path.resolve(import.meta.dirname, "..", "..");
export const SHARED_CORPUS = path.join(repoRoot, "..", "shared", "corpus");
export const REPO_CORPUS = path.join(repoRoot, "lib", "notebook", "corpus");

/**
 * A folder (or a notebook in one) of frozen held-out notebooks (lib/notebook/corpus/frozen/
 * FROZEN.md): their wrong cells and the classifier's guesses on them are never shown, and they
 * are never training data, so their figure stays a held-out one session after session.
 */
export function isFrozen(p: string): boolean {
  let dir = path.resolve(p);
  for (let up = 0; up < 3; up++, dir = path.dirname(dir)) if (existsSync(path.join(dir, "FROZEN.md"))) return true;
  return false;
}

export function hasCorpus(folder: string): boolean {
  return existsSync(path.join(folder, "labels"));
}

/** Every label file (`*.json`) of a folder, by file name; throws on a malformed one. */
export function readLabelFolder(labelsDir: string): z.infer<typeof ZLabels>[] {
  return readdirSync(labelsDir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((file) => ZLabels.parse(JSON.parse(readFileSync(path.join(labelsDir, file), "utf8"))));
}

/**
 * Every labelled notebook of a folder whose notebook file is here; throws on a malformed label
 * file. `labelsDir` scores the folder's notebooks against another labeller's labels (e.g.
 * lib/notebook/corpus/agreement, made blind for the same notebooks).
 */
export function loadCorpus(
  folder: string,
  warn: (message: string) => void = console.warn,
  labelsDir = path.join(folder, "labels"),
): LabelledNotebook[] {
  const out: LabelledNotebook[] = [];
  for (const labels of readLabelFolder(labelsDir)) {
    const notebookPath = path.join(folder, "notebooks", `${labels.id}.ipynb`);
    if (!existsSync(notebookPath)) {
      warn(`note: ${labels.id}: ${notebookPath} is not here (re-obtain it with scripts/corpus-fetch.ts); skipped`);
      continue;
    }
    const cells = parseNotebook(readFileSync(notebookPath), notebookPath).cells;
    for (const label of labels.cells) {
      const sha1 = createHash("sha1")
        .update(cells[label.index]?.source ?? "", "utf8")
        .digest("hex");
      if (sha1 !== label.sha1)
        warn(`warning: ${labels.id} cell ${label.index}: sha1 differs from the label (${sha1} ≠ ${label.sha1})`);
    }
    out.push({
      id: labels.id,
      folder,
      repo: labels.source?.repo ?? null,
      labels: labels.cells,
      cells,
      byRules: classifyByRules(cells),
    });
  }
  return out;
}

/** The learned layer's training examples: labelled code cells the model is applied to. */
export function examplesOf(notebooks: readonly LabelledNotebook[]): Example[] {
  const out: Example[] = [];
  for (const nb of notebooks)
    for (const label of nb.labels) {
      const features = nb.byRules.features[label.index];
      if (features && isStepCategory(label.category)) out.push({ notebook: nb.id, label: label.category, features });
    }
  return out;
}
