import { describe, expect, it } from "vitest";
import { agreement, cohensKappa, pairLabels, type CellLabel, type LabelFile, type Pair } from "./label-agreement";

const cell = (index: number, category: string, alt?: string[], sha1 = `s${index}`): CellLabel => ({
  index,
  sha1,
  category,
  ...(alt ? { alt } : {}),
});
const pair = (reference: string, other: string, refAlt?: string[], otherAlt?: string[]): Pair => ({
  id: "nb",
  index: 0,
  reference: cell(0, reference, refAlt),
  other: cell(0, other, otherAlt),
});
const repeat = (n: number, p: Pair) => Array.from({ length: n }, () => p);

describe("pairLabels", () => {
  it("pairs cells by notebook and index, and reports the cells it cannot compare", () => {
    const reference: LabelFile[] = [
      { id: "a", cells: [cell(1, "setup"), cell(2, "serving"), cell(3, "other")] },
      { id: "b", cells: [cell(0, "setup")] },
    ];
    const other: LabelFile[] = [
      { id: "a", cells: [cell(1, "setup"), cell(2, "deployment", undefined, "changed"), cell(4, "other")] },
      { id: "c", cells: [cell(0, "setup")] },
    ];
    const { pairs, problems } = pairLabels(reference, other);
    expect(pairs.map((p) => [p.id, p.index])).toEqual([["a", 1]]);
    expect(problems).toEqual([
      "a [2]: the two labels' sha1s differ",
      "a [3]: only the reference labels it",
      "a [4]: only the other side labels it",
    ]);
  });
});

describe("agreement", () => {
  it("counts exact, lenient (the other's primary accepted by the reference) and either-way agreement", () => {
    const pairs = [
      pair("setup", "setup"), // exact
      pair("model_export", "model_evaluation", ["model_evaluation"]), // lenient: reference's alt
      pair("serving", "deployment", undefined, ["serving"]), // only either-way: other's alt
      pair("monitoring", "model_evaluation"), // no
      pair("serving", "serving", ["testing"]), // exact, not identical
      pair("setup", "setup", ["other", "deployment"], ["deployment", "other"]), // identical: alts in any order
    ];
    expect(agreement(pairs)).toEqual({
      cells: 6,
      exact: 3,
      lenient: 4,
      eitherWay: 5,
      identical: 2,
      kappa: cohensKappa(pairs),
    });
  });
});

describe("cohensKappa", () => {
  it("matches the textbook 2×2 example (pₒ 0.7, pₑ 0.5 → κ 0.4)", () => {
    const pairs = [
      ...repeat(20, pair("yes", "yes")),
      ...repeat(5, pair("yes", "no")),
      ...repeat(10, pair("no", "yes")),
      ...repeat(15, pair("no", "no")),
    ];
    expect(cohensKappa(pairs)).toBeCloseTo(0.4, 10);
  });

  it("is 1 for perfect agreement, 0 at chance level and below 0 under it", () => {
    expect(cohensKappa([pair("a", "a"), pair("b", "b")])).toBe(1);
    // Each labeller half a, half b, agreeing on half the cells: what chance would give.
    expect(cohensKappa([pair("a", "a"), pair("a", "b"), pair("b", "a"), pair("b", "b")])).toBe(0);
    expect(cohensKappa([pair("a", "b"), pair("b", "a")])).toBe(-1);
  });

  it("is 1 when both use one category throughout, NaN for no cells", () => {
    expect(cohensKappa(repeat(3, pair("setup", "setup")))).toBe(1);
    expect(cohensKappa([])).toBeNaN();
  });

  it("ignores alts: they make agreement lenient, not the kappa", () => {
    expect(cohensKappa([pair("a", "b", ["b"]), pair("b", "a", ["a"])])).toBe(-1);
  });
});
