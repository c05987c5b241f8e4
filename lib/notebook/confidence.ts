// How sure the classifier is about a cell, and where the import preview starts asking a
// person to look. A cell's `confidence` (0–1) is the combined evidence's probability for
// the category it was given (see classify-combined.ts once the learned layer is in); on the
// leave-one-notebook-out evaluation cells under the threshold are wrong far more often
// than cells above it (lib/notebook/corpus/EVALUATION.md has the figures).

/** Cells with a confidence below this are flagged in the import preview ("needs a look"). */
export const LOW_CONFIDENCE_THRESHOLD = 0.5;

/** Whether a classified cell should be shown to a person before it is trusted. */
export function needsReview(confidence: number): boolean {
  return confidence < LOW_CONFIDENCE_THRESHOLD;
}
