import { CATALOG } from "./catalog";
import { normaliseToolName } from "./normalise";
import type { TCatalogTool } from "./schema";

// Matches one free-text skill ("GitHub Actions", "k8s", "PyTorch") to a catalog tool, by
// name, slug or alias, ignoring case, spacing and punctuation. Used to migrate the legacy
// free-text skills: a skill that names a catalog tool becomes that tool, the rest stay as
// the note. Only whole names match ("python" is a language, not a tool; "terraform
// modules" is not Terraform), so nothing is guessed.

function buildIndex(): Map<string, TCatalogTool> {
  const index = new Map<string, TCatalogTool>();
  const add = (key: string, tool: TCatalogTool) => {
    const normal = normaliseToolName(key);
    const taken = index.get(normal);
    if (taken && taken.slug !== tool.slug) {
      throw new Error(`"${key}" names both ${taken.slug} and ${tool.slug} in the catalog`);
    }
    if (normal) index.set(normal, tool);
  };
  // Names and slugs first, so an alias can never shadow another tool's own name (the test checks none collide).
  for (const tool of CATALOG) {
    add(tool.name, tool);
    add(tool.slug, tool);
  }
  for (const tool of CATALOG) for (const alias of tool.aliases) add(alias, tool);
  return index;
}

let index: Map<string, TCatalogTool> | undefined;

export function matchCatalogTool(freeText: string): TCatalogTool | undefined {
  index ??= buildIndex();
  const key = normaliseToolName(freeText);
  return key ? index.get(key) : undefined;
}
