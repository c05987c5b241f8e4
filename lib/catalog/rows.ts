import type { TCatalogTool } from "./schema";

// One catalog tool as a row of the Tool table and back. The sync writes rows from the
// data; the server reads rows and answers tools, so the two directions live together.

export type ToolRow = {
  slug: string;
  name: string;
  components: string[];
  aptness: number[];
  phases: string[];
  languages: string[];
  hosting: string[];
  licenceKind: string;
  licenceName: string;
  openAlternative: string | null;
  licenceNote: string | null;
  complexity: number;
  maturityLevels: number[];
  homepage: string;
  prerequisites: string[];
  family: string | null;
  aliases: string[];
  description: string;
  uncertain: string | null;
  sortOrder: number;
};

/** The columns the sync writes, in one order (updatedAt is the database's). */
export const TOOL_COLUMNS = [
  "slug",
  "name",
  "components",
  "aptness",
  "phases",
  "languages",
  "hosting",
  "licenceKind",
  "licenceName",
  "openAlternative",
  "licenceNote",
  "complexity",
  "maturityLevels",
  "homepage",
  "prerequisites",
  "family",
  "aliases",
  "description",
  "uncertain",
  "sortOrder",
] as const satisfies readonly (keyof ToolRow)[];

export function toolToRow(tool: TCatalogTool, sortOrder: number): ToolRow {
  return {
    slug: tool.slug,
    name: tool.name,
    components: [...tool.components],
    aptness: [...tool.aptness],
    phases: [...tool.phases],
    languages: [...tool.languages],
    hosting: [...tool.hosting],
    licenceKind: tool.licence.kind,
    licenceName: tool.licence.name,
    openAlternative: tool.licence.openAlternative,
    licenceNote: tool.licence.note ?? null,
    complexity: tool.complexity,
    maturityLevels: [...tool.maturityLevels],
    homepage: tool.homepage,
    prerequisites: [...tool.prerequisites],
    family: tool.family ?? null,
    aliases: [...tool.aliases],
    description: tool.description,
    uncertain: tool.uncertain ?? null,
    sortOrder,
  };
}

/**
 * A stored row as the tool shape. Not validated here: vocabulary columns are text in the
 * database, so callers parse the result with ZCatalogTool (the API's output schema does).
 */
export function rowToTool(row: ToolRow): TCatalogTool {
  const tool = {
    slug: row.slug,
    name: row.name,
    components: row.components,
    aptness: row.aptness,
    phases: row.phases,
    languages: row.languages,
    hosting: row.hosting,
    licence: {
      kind: row.licenceKind,
      name: row.licenceName,
      openAlternative: row.openAlternative,
      ...(row.licenceNote === null ? {} : { note: row.licenceNote }),
    },
    complexity: row.complexity,
    maturityLevels: row.maturityLevels,
    homepage: row.homepage,
    prerequisites: row.prerequisites,
    ...(row.family === null ? {} : { family: row.family }),
    aliases: row.aliases,
    description: row.description,
    ...(row.uncertain === null ? {} : { uncertain: row.uncertain }),
  };
  return tool as TCatalogTool;
}

/** Whether a stored row already says what the data says (the sync then leaves it alone). */
export function sameRow(a: ToolRow, b: ToolRow): boolean {
  return TOOL_COLUMNS.every((column) => JSON.stringify(a[column]) === JSON.stringify(b[column]));
}
