import { z } from "zod";
import { STEP_CATEGORY_IDS, type StepCategoryId } from "./taxonomy";
import type { CellFeatures } from "./cell-features";
import shipped from "./model/weights.json";

// The learned layer: a multinomial logistic regression over a cell's features
// (cell-features.ts: the lexer's tokens and the rules' verdict). It is trained by
// `scripts/train-classifier.ts` (learned-train.ts) on the labelled notebooks and shipped as
// model/weights.json; this file only scores. Its probabilities are the cell's category and
// confidence; the rules still decide what the model cannot see (markdown, empty cells).

type Cat = StepCategoryId;

export const ZModelWeights = z.object({
  version: z.literal(1),
  classes: z.array(z.enum(STEP_CATEGORY_IDS)).min(2),
  bias: z.array(z.number()),
  /** feature → one weight per class, in `classes` order. */
  weights: z.record(z.string(), z.array(z.number())),
  /** How the weights were made, for the record (not used to score). */
  trainedOn: z.object({ notebooks: z.array(z.string()), cells: z.int(), options: z.record(z.string(), z.unknown()) }),
});
export type ModelWeights = z.infer<typeof ZModelWeights>;

export type Prediction = { category: Cat; confidence: number; probabilities: Map<Cat, number> };

export class LearnedModel {
  private readonly weights: ReadonlyMap<string, readonly number[]>;

  constructor(readonly spec: ModelWeights) {
    const width = spec.classes.length;
    if (spec.bias.length !== width) throw new Error("model weights: bias and classes differ in length");
    for (const [name, row] of Object.entries(spec.weights))
      if (row.length !== width)
        throw new Error(`model weights: feature ${name} has ${row.length} weights, not ${width}`);
    this.weights = new Map(Object.entries(spec.weights));
  }

  /** Class scores before the softmax. */
  logits(features: CellFeatures): number[] {
    const z = [...this.spec.bias];
    for (const [name, value] of features) {
      const row = this.weights.get(name);
      if (!row) continue;
      for (let k = 0; k < z.length; k++) z[k] = (z[k] ?? 0) + value * (row[k] ?? 0);
    }
    return z;
  }

  predict(features: CellFeatures): Prediction {
    const p = softmax(this.logits(features));
    let best = 0;
    for (let k = 1; k < p.length; k++) if ((p[k] ?? 0) > (p[best] ?? 0)) best = k;
    const probabilities = new Map<Cat, number>();
    this.spec.classes.forEach((c, k) => probabilities.set(c, p[k] ?? 0));
    return { category: this.spec.classes[best] as Cat, confidence: p[best] ?? 0, probabilities };
  }
}

export function softmax(z: readonly number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((v) => Math.exp(v - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

let shippedModel: LearnedModel | null = null;

/** The model in model/weights.json, validated once. */
export function shippedLearnedModel(): LearnedModel {
  shippedModel ??= new LearnedModel(ZModelWeights.parse(shipped));
  return shippedModel;
}
