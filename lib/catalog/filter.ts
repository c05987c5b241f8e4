import type { ComponentId } from "../pipeline/components";
import type { Phase } from "../pipeline/types";
import type { LanguageId } from "../teams/profile";
import { normaliseToolName } from "./normalise";
import type { Hosting, LicenceKind, TCatalogTool } from "./schema";

// Filtering and search over catalog tools, shared by the API (over the stored rows), the
// catalog page and the CLI, so the three agree on what "terraform" finds.

export type CatalogFilter = {
  component?: ComponentId;
  phase?: Phase;
  hosting?: Hosting;
  licence?: LicenceKind;
  language?: LanguageId;
  q?: string;
};

function haystack(tool: TCatalogTool): string {
  return normaliseToolName(
    [tool.name, tool.slug, ...tool.aliases, tool.description, tool.licence.name, tool.family ?? ""].join(" "),
  );
}

/** How well the search text names the tool: 2 its name or an alias, 1 their start, 0 elsewhere. */
function nameScore(tool: TCatalogTool, q: string): number {
  const names = [tool.name, tool.slug, ...tool.aliases].map(normaliseToolName);
  if (names.includes(q)) return 2;
  return names.some((name) => name.startsWith(q)) ? 1 : 0;
}

/**
 * The tools that pass every filter, in catalog order; with a search text, each of its
 * words must appear in the tool's names, description or licence, and tools it names come first.
 */
export function filterCatalog<T extends TCatalogTool>(tools: readonly T[], filter: CatalogFilter): T[] {
  const passing = tools.filter(
    (tool) =>
      (!filter.component || tool.components.includes(filter.component)) &&
      (!filter.phase || tool.phases.includes(filter.phase)) &&
      (!filter.hosting || tool.hosting.includes(filter.hosting)) &&
      (!filter.licence || tool.licence.kind === filter.licence) &&
      (!filter.language || tool.languages.includes(filter.language)),
  );
  const q = normaliseToolName(filter.q ?? "");
  if (!q) return passing;
  const words = q.split(" ");
  const found = passing.filter((tool) => {
    const text = haystack(tool);
    return words.every((word) => text.includes(word));
  });
  // Array.prototype.sort is stable: equal scores keep catalog order.
  return found
    .map((tool) => ({ tool, score: nameScore(tool, q) }))
    .sort((a, b) => b.score - a.score)
    .map(({ tool }) => tool);
}
