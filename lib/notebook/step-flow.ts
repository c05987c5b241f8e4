import type { CellFlow } from "./cell-flow";

// Edges between imported steps from what flows between them, not from cell order: a step
// that reads a name (or a file) is linked to the LAST step before it that wrote it — the
// nearest writer, as running the notebook top to bottom would see it — and the links are
// then transitively reduced (A→C goes when A→B→C is there), so a `df` every step touches
// makes a chain, not a clique. A file written by one step and read by a later one becomes a
// data node between them. A step nothing flows into or out of is chained to the step
// before it, so nothing floats.

export type StepLink = { source: number; target: number; names: string[] };
export type DataLink = { title: string; source: number; targets: number[] };
export type StepFlow = { links: StepLink[]; data: DataLink[] };

/** Edge labels name at most this many variables ("X_train, y_train +3"). */
const LABEL_NAMES = 2;

export function stepFlow(
  steps: readonly { cellIndexes: readonly number[] }[],
  flows: ReadonlyMap<number, CellFlow>,
): StepFlow {
  const lastWriter = new Map<string, number>();
  const fileWriter = new Map<string, number>();
  const names = new Map<string, Set<string>>(); // "s>t" → names
  const files = new Map<string, DataLink>(); // "file@writer" → data link
  steps.forEach((step, s) => {
    const bound = new Set<string>();
    const wrote: string[] = [];
    const wroteFiles: string[] = [];
    for (const index of step.cellIndexes) {
      const flow = flows.get(index);
      if (!flow) continue;
      for (const name of flow.uses) {
        const w = bound.has(name) ? undefined : lastWriter.get(name);
        if (w === undefined) continue;
        const key = `${w}>${s}`;
        const set = names.get(key) ?? new Set<string>();
        set.add(name);
        names.set(key, set);
      }
      for (const file of flow.reads) {
        const w = fileWriter.get(file);
        if (w === undefined || w === s) continue;
        const key = `${file}@${w}`;
        const link = files.get(key) ?? { title: baseName(file), source: w, targets: [] };
        if (!link.targets.includes(s)) link.targets.push(s);
        files.set(key, link);
      }
      for (const name of flow.defines) bound.add(name);
      wrote.push(...flow.defines);
      wroteFiles.push(...flow.writes);
    }
    for (const name of wrote) lastWriter.set(name, s);
    for (const file of wroteFiles) fileWriter.set(file, s);
  });

  const direct: StepLink[] = [...names].map(([key, set]) => {
    const [source, target] = key.split(">").map(Number) as [number, number];
    return { source, target, names: [...set].sort() };
  });
  const data = [...files.values()];
  const links = reduce(steps.length, direct, data);
  return { links: [...links, ...chainLoose(steps.length, links, data)], data };
}

/** "X_train, y_train +3": what an edge carries, short. */
export function linkLabel(link: StepLink): string | null {
  if (link.names.length === 0) return null;
  const shown = link.names.slice(0, LABEL_NAMES).join(", ");
  return link.names.length > LABEL_NAMES ? `${shown} +${link.names.length - LABEL_NAMES}` : shown;
}

/** Drops a link when its target is reachable from its source another way (through steps or data). */
function reduce(count: number, links: StepLink[], data: DataLink[]): StepLink[] {
  const succ: number[][] = Array.from({ length: count }, () => []);
  for (const l of links) succ[l.source]!.push(l.target);
  for (const d of data) for (const t of d.targets) succ[d.source]!.push(t);
  // Every edge points forward in notebook order, so a search never needs to pass the target.
  const reachesWithout = (from: number, to: number): boolean => {
    if (data.some((d) => d.source === from && d.targets.includes(to))) return true;
    const seen = new Uint8Array(count);
    const stack = succ[from]!.filter((n) => n !== to && n < to);
    while (stack.length) {
      const v = stack.pop()!;
      if (v === to) return true;
      if (seen[v]) continue;
      seen[v] = 1;
      for (const w of succ[v]!) if (w <= to && !seen[w]) stack.push(w);
    }
    return false;
  };
  return links.filter((l) => !reachesWithout(l.source, l.target));
}

/** Links each step with no edge at all from the step before it. */
function chainLoose(count: number, links: StepLink[], data: DataLink[]): StepLink[] {
  const touched = new Uint8Array(count);
  for (const l of links) touched[l.source] = touched[l.target] = 1;
  for (const d of data) {
    touched[d.source] = 1;
    for (const t of d.targets) touched[t] = 1;
  }
  const out: StepLink[] = [];
  for (let s = 1; s < count; s++) if (!touched[s]) out.push({ source: s - 1, target: s, names: [] });
  return out;
}

function baseName(file: string): string {
  const trimmed = file.replace(/\/+$/, "");
  return (trimmed.slice(trimmed.lastIndexOf("/") + 1) || trimmed).slice(0, 200);
}
