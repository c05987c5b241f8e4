import { COMPONENT_IDS, type ComponentId } from "../pipeline/components";

// The ranking: highest score first, ties in COMPONENT_IDS order, except that a gap never comes
// before a missing prerequisite of its own. Each step takes the best gap whose prerequisites
// are all placed; were the prerequisites ever circular (tool data can add some), the best of
// the rest is taken so the list still ends.

type Rankable = { component: ComponentId; total: number; blockedBy: readonly ComponentId[] };

const position = new Map(COMPONENT_IDS.map((id, i) => [id, i]));

export function rankOrder<T extends Rankable>(gaps: readonly T[]): T[] {
  const better = (a: T, b: T) =>
    b.total - a.total || (position.get(a.component) as number) - (position.get(b.component) as number);
  const pending = [...gaps].sort(better);
  const inList = new Set(gaps.map((g) => g.component));
  const placed = new Set<ComponentId>();
  const ranked: T[] = [];
  while (pending.length > 0) {
    let index = pending.findIndex((g) => g.blockedBy.every((id) => placed.has(id) || !inList.has(id)));
    if (index === -1) index = 0;
    const [next] = pending.splice(index, 1) as [T];
    placed.add(next.component);
    ranked.push(next);
  }
  return ranked;
}
