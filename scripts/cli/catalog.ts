// `mlops-map catalog [--json] [--component <id>] [--search <text>]`: the tool
// catalog as the repository curates it (lib/catalog/, what the migration runner stores).
// With --json, stdout gets exactly one JSON array of tools in the API's shape (each with
// its `components` ids and `name`); without it, one line per tool. Filters are checked
// with the API's own query schema, so a bad component is refused the same way.

import { CATALOG } from "../../lib/catalog/catalog";
import { filterCatalog } from "../../lib/catalog/filter";
import type { TCatalogTool } from "../../lib/catalog/schema";
import { ZCatalogQuery } from "../../lib/validation/catalog";
import type { Command } from "commander";
import { runAction } from "./command";

type CatalogOptions = { json?: boolean; component?: string; search?: string };

export function registerCatalog(program: Command) {
  program
    .command("catalog")
    .description("list the tool catalog (optionally for one component)")
    .option("--json", "print the tools as one JSON array")
    .option("--component <id>", "only the tools for this component")
    .option("--search <text>", "only the tools whose name or description matches")
    .action((options: CatalogOptions) => runAction(() => catalog(options)));
}

function catalog(options: CatalogOptions): number {
  const query = ZCatalogQuery.safeParse({ component: options.component, q: options.search });
  if (!query.success) {
    console.error(query.error.issues.map((i) => i.message).join("; "));
    return 2;
  }
  const tools = filterCatalog(CATALOG, query.data);
  process.stdout.write(options.json ? `${JSON.stringify(tools, null, 2)}\n` : lines(tools));
  return 0;
}

function lines(tools: TCatalogTool[]): string {
  const flag = (t: TCatalogTool) =>
    t.licence.kind === "source_available"
      ? ` [source-available${t.licence.openAlternative ? `; open: ${t.licence.openAlternative}` : ""}]`
      : "";
  const rows = tools.map((t) => `${t.slug.padEnd(26)} ${t.name.padEnd(32)} ${t.components.join(", ")}${flag(t)}`);
  return `${rows.join("\n")}\n${tools.length} tool(s)\n`;
}
