// How eval-classifier.ts holds notebooks out: each group is scored by a learned layer trained
// on every other group only. One notebook per group is --loo; one repository per group is
// --loro, because notebooks of one repository share authors, libraries, helper names and
// boilerplate, so a model trained on a sibling has in effect seen much of the held-out one.

export type Grouping = "notebook" | "repository";

export type Groupable = { id: string; repo: string | null };

export type HeldOutGroup<T> = { name: string; members: T[] };

/**
 * The notebooks in groups, in the order each group first appears. A notebook with no recorded
 * repository is a group of its own (nothing says it shares one). GitHub names are
 * case-insensitive, so `Owner/Repo` and `owner/repo` are one group, named as first spelt.
 */
export function heldOutGroups<T extends Groupable>(notebooks: readonly T[], by: Grouping): HeldOutGroup<T>[] {
  const groups = new Map<string, HeldOutGroup<T>>();
  for (const nb of notebooks) {
    const key = by === "repository" && nb.repo !== null ? `repo:${nb.repo.toLowerCase()}` : `notebook:${nb.id}`;
    const name = by === "repository" && nb.repo !== null ? nb.repo : nb.id;
    const group = groups.get(key) ?? { name, members: [] };
    group.members.push(nb);
    groups.set(key, group);
  }
  return [...groups.values()];
}
