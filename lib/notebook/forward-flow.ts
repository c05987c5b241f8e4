import { ruleVoteFeature, type CellFeatures } from "./cell-features";
import type { CellReads } from "./classify";
import type { ClassifiedCell } from "./classify-notebook";
import type { StepCategoryId } from "./taxonomy";

// Forward data flow: what the later cells do with the names a cell defines. The rules read
// a notebook top-down, so a cell of constants (`k = 5`, `prompt = """…"""`, a path for a
// config file) has only its own text to go on, and the corpus convention makes it setup.
// But shared/corpus labels a step's own constants as that step (`k = 5` before the
// clustering features is feature_engineering; the endpoint config path is deployment): when
// the cells that read the constants are, by the rules, mostly one step, the constants belong
// to it. Constants read by no step, or by several steps alike, stay setup. So does a cell
// that only makes objects for later cells (`aks_target = ComputeTarget.create(…)`, used only
// by the deployment): library objects whose table says setup, whose purpose is in their use.

type Cat = StepCategoryId;

/** Readers that say nothing of a constant's step: setup reads configuration anyway. */
const NOT_A_STEP: ReadonlySet<string> = new Set(["setup", "other", "documentation"]);

/**
 * Re-assigns each setup cell of constants to the step most of its readers are (more than
 * half of the readers that are a step), the readers as the rules classified them on their
 * way down (a reader re-assigned here counts with the rules' first answer). Changes `rules`
 * and `features` in place.
 */
export function constantsByReaders(
  rules: ClassifiedCell[],
  features: (CellFeatures | null)[],
  flows: readonly (CellReads | null)[],
) {
  const readers = readersOf(flows);
  for (let i = 0; i < rules.length; i++) {
    const cell = rules[i];
    const their = readers.get(i);
    if (!cell || cell.category !== "setup" || !flows[i]?.constants || !their) continue;
    const step = majorityStep(their.map((j) => rules[j]?.category ?? "other"));
    if (!step) continue;
    rules[i] = {
      ...cell,
      category: step,
      signals: [
        `what it defines is read by ${step} cells → ${step}`,
        ...cell.signals.filter((s) => !s.endsWith("→ setup")),
      ],
    };
    const f = features[i];
    if (f) retarget(f, step);
  }
}

/**
 * A few rows taken out of a data set to send to a served model (`samples = df.sample(5)`, then
 * only `endpoint.predict(samples)` reads them): a request's payload, part of serving, not the
 * preparation of the data. Only when every reader serves, and at least one does.
 */
export function requestsByReaders(
  rules: ClassifiedCell[],
  features: (CellFeatures | null)[],
  flows: readonly (CellReads | null)[],
) {
  const readers = readersOf(flows, "uses");
  for (let i = 0; i < rules.length; i++) {
    const cell = rules[i];
    const their = readers.get(i);
    if (!cell || !their || (cell.category !== "data_preparation" && cell.category !== "data_ingestion")) continue;
    if (!their.every((j) => rules[j]?.category === "serving")) continue;
    rules[i] = {
      ...cell,
      category: "serving",
      signals: ["what it makes is read only by serving cells → serving", ...cell.signals],
    };
    const f = features[i];
    if (f) retarget(f, "serving");
  }
}

/** For each cell, the later cells that read a name it defines. */
function readersOf(flows: readonly (CellReads | null)[], what: "reads" | "uses" = "reads"): Map<number, number[]> {
  const out = new Map<number, number[]>();
  flows.forEach((flow, j) => {
    if (!flow) return;
    for (const i of flow[what]) {
      const list = out.get(i);
      if (!list) out.set(i, [j]);
      else if (list.at(-1) !== j) list.push(j);
    }
  });
  return out;
}

/** The step more than half of the readers that are a step are, if any. */
function majorityStep(categories: readonly string[]): Cat | null {
  const counts = new Map<string, number>();
  let steps = 0;
  for (const c of categories) {
    if (NOT_A_STEP.has(c)) continue;
    steps++;
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  for (const [c, n] of counts) if (n * 2 > steps) return c as Cat;
  return null;
}

/** The learned layer sees the new verdict as the rules': their winner and all of their votes. */
function retarget(f: CellFeatures, step: Cat) {
  for (const key of [...f.keys()])
    if (key.startsWith("rule:") || key.startsWith("rv:") || key.startsWith("rr:")) f.delete(key);
  f.set(`rule:${step}`, 1);
  f.set(ruleVoteFeature(step), 1);
  f.set("flow:constants", 1);
}
