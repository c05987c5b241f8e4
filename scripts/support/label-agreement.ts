// How far two labellers agree on the same notebooks' code cells (scripts/label-agreement.ts):
// "reference" is the one measured against (shared/corpus's authority), "other" the labeller
// being checked (our blind labels in lib/notebook/corpus/agreement). Pure: the script reads the
// files and prints.

export type CellLabel = { index: number; sha1: string; category: string; alt?: string[] };
export type LabelFile = { id: string; cells: CellLabel[] };

/** One cell both labellers labelled. */
export type Pair = { id: string; index: number; reference: CellLabel; other: CellLabel };

export type Agreement = {
  cells: number;
  /** Same primary category. */
  exact: number;
  /** The other's primary is the reference's primary or one of its alts: eval-classifier's "correct". */
  lenient: number;
  /** Either primary is in the other label's primary + alts. */
  eitherWay: number;
  /** Same primary and the same set of alts: what the classifier's lenient score is counted against. */
  identical: number;
  /** Cohen's kappa on the primaries (chance agreement from each labeller's own category shares). */
  kappa: number;
};

export type Comparison = {
  pairs: Pair[];
  /** Cells only one side labelled, or whose sources differ (sha1): not counted. */
  problems: string[];
};

const accepts = (label: CellLabel, category: string) =>
  label.category === category || (label.alt ?? []).includes(category);

/** Pairs up the cells of the notebooks both folders label (by id, then cell index). */
export function pairLabels(reference: readonly LabelFile[], other: readonly LabelFile[]): Comparison {
  const problems: string[] = [];
  const pairs: Pair[] = [];
  const others = new Map(other.map((f) => [f.id, f]));
  for (const ref of reference) {
    const mine = others.get(ref.id);
    if (!mine) continue;
    const byIndex = new Map(mine.cells.map((c) => [c.index, c]));
    for (const cell of ref.cells) {
      const theirs = byIndex.get(cell.index);
      if (!theirs) problems.push(`${ref.id} [${cell.index}]: only the reference labels it`);
      else if (theirs.sha1 !== cell.sha1) problems.push(`${ref.id} [${cell.index}]: the two labels' sha1s differ`);
      else pairs.push({ id: ref.id, index: cell.index, reference: cell, other: theirs });
      byIndex.delete(cell.index);
    }
    for (const index of byIndex.keys()) problems.push(`${ref.id} [${index}]: only the other side labels it`);
  }
  return { pairs, problems };
}

export function agreement(pairs: readonly Pair[]): Agreement {
  const n = pairs.length;
  const exact = pairs.filter((p) => p.reference.category === p.other.category).length;
  const lenient = pairs.filter((p) => accepts(p.reference, p.other.category)).length;
  const eitherWay = pairs.filter(
    (p) => accepts(p.reference, p.other.category) || accepts(p.other, p.reference.category),
  ).length;
  const alts = (c: CellLabel) => JSON.stringify([...(c.alt ?? [])].sort());
  const identical = pairs.filter(
    (p) => p.reference.category === p.other.category && alts(p.reference) === alts(p.other),
  ).length;
  return { cells: n, exact, lenient, eitherWay, identical, kappa: cohensKappa(pairs) };
}

/**
 * κ = (pₒ − pₑ) / (1 − pₑ), pₑ = Σ_k (share of k among the reference's primaries × among the
 * other's). 1 when both labellers use one and the same category throughout (pₑ = 1, nothing to
 * tell apart from chance), NaN for no cells.
 */
export function cohensKappa(pairs: readonly Pair[]): number {
  const n = pairs.length;
  if (n === 0) return Number.NaN;
  const count = (pick: (p: Pair) => string) => {
    const m = new Map<string, number>();
    for (const p of pairs) m.set(pick(p), (m.get(pick(p)) ?? 0) + 1);
    return m;
  };
  const ref = count((p) => p.reference.category);
  const oth = count((p) => p.other.category);
  const observed = pairs.filter((p) => p.reference.category === p.other.category).length / n;
  let expected = 0;
  for (const [category, k] of ref) expected += (k / n) * ((oth.get(category) ?? 0) / n);
  return expected === 1 ? 1 : (observed - expected) / (1 - expected);
}
