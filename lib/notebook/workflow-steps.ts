import { MAX_TITLE_CHARS } from "./limits";
import { getStepCategory, stageRank, stepCategoryOfCounts, type StepCategoryId } from "./taxonomy";

// Workflow-sized steps: the stages a person would draw, from the fine grouping (steps.ts,
// one step per section and category run). A 500-cell notebook's fine grouping has dozens of
// steps, many of one cell; here one-cell setup/other steps fold into a neighbour, runs of the
// same kind merge across sections, and what is still too many is merged smallest-first into
// its closest neighbour. Pure and fast enough to run in the preview on every change.

export const GRANULARITIES = ["coarse", "medium", "fine"] as const;
export type Granularity = (typeof GRANULARITIES)[number];

/** A step as the preview edits it; `skipped` steps are not imported. */
export type WorkflowStep = { title: string; cellIndexes: number[]; skipped?: boolean };
export type WorkflowCell = { category: StepCategoryId; section: string | null };
export type WorkflowCells = ReadonlyMap<number, WorkflowCell>;

/** At most this many steps per granularity (fine is the notebook's own grouping, unbounded). */
export const MAX_STEPS: Record<Exclude<Granularity, "fine">, number> = { medium: 25, coarse: 10 };

/** The coarse kinds: what a lane's worth of work is about. */
const FAMILY: Record<StepCategoryId, string> = {
  setup: "setup",
  other: "setup",
  data_ingestion: "data",
  data_exploration: "data",
  data_preparation: "data",
  feature_engineering: "features",
  model_training: "model",
  hyperparameter_tuning: "model",
  model_evaluation: "evaluate",
  model_export: "ship",
  serving: "ship",
  testing: "ship",
  deployment: "ship",
  monitoring: "monitor",
};

/** A section a person would leave out of the workflow: exercises, solutions, scratch. */
const ASIDE_RE = /\b(exercises?|solutions?|scratch|playground|homework|quiz|try it yourself)\b/i;

export function isAsideSection(title: string | null | undefined): boolean {
  return !!title && ASIDE_RE.test(title);
}

/** A step being built: its cells and how many of them have each category (joins are O(1) per cell). */
type Group = { cellIndexes: number[]; counts: Map<StepCategoryId, number>; aside: boolean; section: string | null };

const categoryOfGroup = (g: Group) => stepCategoryOfCounts(g.counts);

/**
 * Re-groups fine steps at `granularity`. Every cell of `fine` ends in exactly one step, in
 * order; titles are distinct. A notebook with `step:` tags keeps its own grouping (`tagged`).
 */
export function workflowSteps(
  fine: readonly WorkflowStep[],
  cells: WorkflowCells,
  granularity: Granularity,
  options: { tagged?: boolean } = {},
): WorkflowStep[] {
  const live = fine.filter((s) => s.cellIndexes.length > 0);
  if (granularity === "fine" || options.tagged) {
    const titles = disambiguate(
      live.map((s) => s.title),
      (i) => `${live[i]!.title} (${cellRange(live[i]!.cellIndexes)})`,
    );
    return live.map((s, i) => ({ title: cut(titles[i]!), cellIndexes: [...s.cellIndexes] }));
  }
  let groups = live.map((s) => group(s, cells));
  groups = foldSmall(groups);
  groups = mergeRuns(groups, categoryOfGroup);
  if (granularity === "coarse") groups = mergeRuns(groups, (g) => FAMILY[categoryOfGroup(g)]);
  groups = capCount(groups, MAX_STEPS[granularity]);
  return distinctTitles(groups, cells);
}

function group(step: WorkflowStep, cells: WorkflowCells): Group {
  const first = cells.get(step.cellIndexes[0]!);
  const counts = new Map<StepCategoryId, number>();
  for (const i of step.cellIndexes) {
    const c = cells.get(i)?.category ?? "other";
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  return {
    cellIndexes: [...step.cellIndexes],
    counts,
    aside: isAsideSection(first?.section),
    section: first?.section ?? null,
  };
}

/** `b` appended to `a`, in place (`a` is the step that goes on). */
function join(a: Group, b: Group): Group {
  for (const i of b.cellIndexes) a.cellIndexes.push(i);
  for (const [c, n] of b.counts) a.counts.set(c, (a.counts.get(c) ?? 0) + n);
  a.aside = a.aside && b.aside;
  return a;
}

/** Setup and other are not stages of their own; a one-cell step is not one inside its section. */
const isSetup = (g: Group) => ["setup", "other"].includes(categoryOfGroup(g));

function foldSmall(groups: Group[]): Group[] {
  const out: Group[] = [];
  // Setup before any real step (or after an exercise section) joins the next real step.
  let pending: Group | null = null;
  for (let g of groups) {
    const last = out.at(-1);
    const lastOpen = last && !last.aside;
    if (isSetup(g) && g.cellIndexes.length <= 2 && !g.aside) {
      if (lastOpen) out[out.length - 1] = join(last, g);
      else pending = pending ? join(pending, g) : g;
      continue;
    }
    if (g.cellIndexes.length === 1 && lastOpen && !g.aside && last.section === g.section) {
      out[out.length - 1] = join(last, g);
      continue;
    }
    if (pending) {
      if (g.aside) out.push(pending);
      else g = join(pending, g);
      pending = null;
    }
    out.push(g);
  }
  if (pending) out.push(pending);
  // A one-cell step that opens a section joins the rest of that section.
  const merged: Group[] = [];
  for (let i = out.length - 1; i >= 0; i--) {
    const [g, next] = [out[i]!, merged.at(-1)];
    if (next && g.cellIndexes.length === 1 && !g.aside && !next.aside && g.section === next.section)
      merged[merged.length - 1] = join(g, next);
    else merged.push(g);
  }
  return merged.reverse();
}

/** Consecutive groups of the same kind become one; exercise sections stay apart, to be skipped whole. */
function mergeRuns(groups: Group[], kind: (g: Group) => string): Group[] {
  const out: Group[] = [];
  for (const g of groups) {
    const last = out.at(-1);
    if (last && last.aside === g.aside && kind(last) === kind(g)) out[out.length - 1] = join(last, g);
    else out.push(g);
  }
  return out;
}

/**
 * Merges the cheapest neighbours until at most `max` are left: in rounds, each merging up to a
 * quarter of the steps (cheapest pairs first, no step twice), so 10,000 steps take a few rounds
 * rather than 10,000 quadratic passes.
 */
function capCount(groups: Group[], max: number): Group[] {
  let out = groups;
  while (out.length > max) {
    const budget = Math.max(1, Math.min(out.length - max, Math.ceil(out.length / 4)));
    const categories = out.map(categoryOfGroup);
    const pairs = out
      .slice(0, -1)
      .map((g, i) => ({ i, cost: mergeCost(g, out[i + 1]!, categories[i]!, categories[i + 1]!) }))
      .sort((a, b) => a.cost - b.cost || a.i - b.i);
    const taken = new Uint8Array(out.length);
    const starts = new Set<number>();
    for (const { i } of pairs) {
      if (starts.size >= budget) break;
      if (taken[i] || taken[i + 1]) continue;
      taken[i] = taken[i + 1] = 1;
      starts.add(i);
    }
    const next: Group[] = [];
    for (let i = 0; i < out.length; i++) next.push(starts.has(i) ? join(out[i]!, out[++i]!) : out[i]!);
    out = next;
  }
  return out;
}

/** Cheap to merge: small steps, of one family, close in the taxonomy's order. */
function mergeCost(a: Group, b: Group, ca: StepCategoryId, cb: StepCategoryId): number {
  const size =
    Math.min(a.cellIndexes.length, b.cellIndexes.length) + 0.01 * (a.cellIndexes.length + b.cellIndexes.length);
  const family = FAMILY[ca] === FAMILY[cb] ? 1 : 3;
  const distance = 1 + Math.abs(stageRank(ca) - stageRank(cb)) / 4;
  return size * family * distance * (a.aside !== b.aside ? 10 : 1);
}

/**
 * The headings the step's cells sit under, with their numbering taken off ("10. Basic RNNs"
 * → "Basic RNNs"): the one most cells have, or two joined when the step spans two sections
 * of about equal size ("LSTMs & GRUs").
 */
function headingOf(indexes: readonly number[], cells: WorkflowCells): string | null {
  const counts = new Map<string, number>(); // in order of first appearance
  // The headings of the step's real work: folded-in setup cells do not name it.
  const work = indexes.filter((i) => !["setup", "other"].includes(cells.get(i)?.category ?? "other"));
  for (const i of work.length ? work : indexes) {
    const heading = cleanHeading(cells.get(i)?.section ?? null);
    if (heading) counts.set(heading, (counts.get(heading) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  if (!first) return null;
  if (!second || second[1] < first[1] * 0.6 || second[1] < 0.3 * (work.length || indexes.length)) return first[0];
  const order = [...counts.keys()];
  const pair = [first[0], second[0]].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return pair.join(" & ");
}

export function cleanHeading(heading: string | null): string | null {
  if (!heading) return null;
  const text = heading
    .replace(/^\s*(?:(?:part|chapter|section|step)\s+)?[\dIVXivx]+(?:\.\d+)*[.):\-–]*\s*/i, "")
    .replace(/\s+/g, " ")
    .trim();
  return /[A-Za-z]{2}/.test(text) ? text : null;
}

/** 1-based cell numbers, as the preview and the canvas show them. */
export function cellRange(indexes: readonly number[]): string {
  const first = indexes[0]! + 1;
  const last = indexes.at(-1)! + 1;
  return first === last ? `cell ${first}` : `cells ${first}–${last}`;
}

/**
 * Titles from headings, else the category. Steps that share a heading are told apart by what
 * they do ("Bach Chorales: Model training"), then by their cells; a number is the last resort.
 */
function distinctTitles(groups: Group[], cells: WorkflowCells): WorkflowStep[] {
  const labels = groups.map((g) => getStepCategory(categoryOfGroup(g)).label);
  const base = groups.map((g, i) => headingOf(g.cellIndexes, cells) ?? labels[i]!);
  const withKind = base.map((t, i) => (t === labels[i] ? t : `${t}: ${labels[i]}`));
  const titles = disambiguate(base, (i) => withKind[i]!);
  const ranged = disambiguate(titles, (i) => `${titles[i]} (${cellRange(groups[i]!.cellIndexes)})`);
  const used = new Set<string>();
  return groups.map((g, i) => {
    let title = cut(ranged[i]!);
    for (let n = 2; used.has(title.toLowerCase()); n++) title = `${cut(ranged[i]!, 8)} (${n})`;
    used.add(title.toLowerCase());
    return { title, cellIndexes: g.cellIndexes };
  });
}

/** Each title that is not unique (case aside) is replaced by `more(i)`. */
function disambiguate(titles: string[], more: (i: number) => string): string[] {
  const count = new Map<string, number>();
  for (const t of titles) count.set(t.toLowerCase(), (count.get(t.toLowerCase()) ?? 0) + 1);
  return titles.map((t, i) => (count.get(t.toLowerCase())! > 1 ? more(i) : t));
}

const cut = (title: string, room = 0) => title.slice(0, MAX_TITLE_CHARS - room);
