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
  /** Each feature's row of weights, as flat arrays: scoring a cell is one lookup per token. */
  private readonly weights: ReadonlyMap<string, Float64Array>;
  /** A plain array: the scores start as its copy, and a plain array is faster to copy and add into than a small typed one. */
  private readonly bias: readonly number[];

  constructor(readonly spec: ModelWeights) {
    const width = spec.classes.length;
    if (spec.bias.length !== width) throw new Error("model weights: bias and classes differ in length");
    const weights = new Map<string, Float64Array>();
    for (const [name, row] of Object.entries(spec.weights)) {
      if (row.length !== width)
        throw new Error(`model weights: feature ${name} has ${row.length} weights, not ${width}`);
      weights.set(name, Float64Array.from(row));
    }
    this.weights = weights;
    this.bias = [...spec.bias];
  }

  /** Class scores before the softmax, in `spec.classes` order (a fresh array the caller may change). */
  logits(features: CellFeatures): number[] {
    const z = this.bias.slice();
    const K = z.length;
    // forEach, not for…of: no [name, value] pair is allocated per token.
    features.forEach((value, name) => {
      const row = this.weights.get(name);
      if (row) for (let k = 0; k < K; k++) z[k]! += value * row[k]!;
    });
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

/** The softmax of `z`, written over `z` itself (no allocation; scoring runs once per cell). */
export function softmaxInPlace<T extends number[] | Float64Array>(z: T): T {
  let max = -Infinity;
  for (let k = 0; k < z.length; k++) if (z[k]! > max) max = z[k]!;
  let sum = 0;
  for (let k = 0; k < z.length; k++) sum += z[k] = Math.exp(z[k]! - max);
  for (let k = 0; k < z.length; k++) z[k]! /= sum;
  return z;
}

export function softmax(z: ArrayLike<number>): number[] {
  return Array.from(softmaxInPlace(Float64Array.from(z)));
}

let shippedModel: LearnedModel | null = null;

/** The model in model/weights.json, validated once. */
export function shippedLearnedModel(): LearnedModel {
  shippedModel ??= new LearnedModel(ZModelWeights.parse(shipped));
  return shippedModel;
}
