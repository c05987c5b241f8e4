import { MAX_TITLE_CHARS } from "./limits";
import { getStepCategory, stageRank, stepCategoryOf, type StepCategoryId } from "./taxonomy";

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

type Group = { cellIndexes: number[]; category: StepCategoryId; aside: boolean; section: string | null };

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
  groups = foldSmall(groups, cells);
  groups = mergeRuns(groups, cells, (g) => g.category);
  if (granularity === "coarse") groups = mergeRuns(groups, cells, (g) => FAMILY[g.category]);
  groups = capCount(groups, cells, MAX_STEPS[granularity]);
  return distinctTitles(groups, cells);
}

function group(step: WorkflowStep, cells: WorkflowCells): Group {
  const first = cells.get(step.cellIndexes[0]!);
  return {
    cellIndexes: [...step.cellIndexes],
    category: categoryOf(step.cellIndexes, cells),
    aside: isAsideSection(first?.section),
    section: first?.section ?? null,
  };
}

const categoryOf = (indexes: readonly number[], cells: WorkflowCells) =>
  stepCategoryOf(indexes.map((i) => cells.get(i)?.category ?? "other"));

function join(a: Group, b: Group, cells: WorkflowCells): Group {
  const cellIndexes = [...a.cellIndexes, ...b.cellIndexes];
  return { cellIndexes, category: categoryOf(cellIndexes, cells), aside: a.aside && b.aside, section: a.section };
}

/** Setup and other are not stages of their own; a one-cell step is not one inside its section. */
const isSetup = (g: Group) => g.category === "setup" || g.category === "other";

function foldSmall(groups: Group[], cells: WorkflowCells): Group[] {
  const out: Group[] = [];
  // Setup before any real step (or after an exercise section) joins the next real step.
  let pending: Group | null = null;
  for (let g of groups) {
    const last = out.at(-1);
    const lastOpen = last && !last.aside;
    if (isSetup(g) && g.cellIndexes.length <= 2 && !g.aside) {
      if (lastOpen) out[out.length - 1] = join(last, g, cells);
      else pending = pending ? join(pending, g, cells) : g;
      continue;
    }
    if (g.cellIndexes.length === 1 && lastOpen && !g.aside && last.section === g.section) {
      out[out.length - 1] = join(last, g, cells);
      continue;
    }
    if (pending) {
      if (g.aside) out.push(pending);
      else g = join(pending, g, cells);
      pending = null;
    }
    out.push(g);
  }
  if (pending) out.push(pending);
  // A one-cell step that opens a section joins the rest of that section.
  for (let i = out.length - 2; i >= 0; i--) {
    const [g, next] = [out[i]!, out[i + 1]!];
    if (g.cellIndexes.length === 1 && !g.aside && !next.aside && g.section === next.section)
      out.splice(i, 2, join(g, next, cells));
  }
  return out;
}

/** Consecutive groups of the same kind become one; exercise sections stay apart, to be skipped whole. */
function mergeRuns(groups: Group[], cells: WorkflowCells, kind: (g: Group) => string): Group[] {
  const out: Group[] = [];
  for (const g of groups) {
    const last = out.at(-1);
    if (last && last.aside === g.aside && kind(last) === kind(g)) out[out.length - 1] = join(last, g, cells);
    else out.push(g);
  }
  return out;
}

/** Merges the smallest group into its closer neighbour until at most `max` are left. */
function capCount(groups: Group[], cells: WorkflowCells, max: number): Group[] {
  const out = [...groups];
  while (out.length > max) {
    let best = -1;
    let bestCost = Infinity;
    for (let i = 0; i < out.length - 1; i++) {
      const cost = mergeCost(out[i]!, out[i + 1]!);
      if (cost < bestCost) {
        bestCost = cost;
        best = i;
      }
    }
    out.splice(best, 2, join(out[best]!, out[best + 1]!, cells));
  }
  return out;
}

/** Cheap to merge: small steps, of one family, close in the taxonomy's order. */
function mergeCost(a: Group, b: Group): number {
  const size =
    Math.min(a.cellIndexes.length, b.cellIndexes.length) + 0.01 * (a.cellIndexes.length + b.cellIndexes.length);
  const family = FAMILY[a.category] === FAMILY[b.category] ? 1 : 3;
  const distance = 1 + Math.abs(stageRank(a.category) - stageRank(b.category)) / 4;
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
  const labels = groups.map((g) => getStepCategory(g.category).label);
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
