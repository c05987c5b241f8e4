import pg from "pg";
import { matchCatalogTool } from "../catalog/match-skill";

// Free-text skills from before the catalog ("Terraform", "data scientist", "k8s") become
// structured ones: a skill that names a catalog tool becomes that tool at familiarity
// "some" (the text says nothing about expertise), the rest is appended to the note. It
// needs the catalog's rows (MemberTool references Tool), so it runs in TypeScript right
// after the catalog sync, not in the SQL migration.
//
// Idempotent: a converted membership's "legacySkills" is emptied in the same transaction,
// and only memberships with legacy skills are read, so a second run changes nothing. The
// column stays (always empty) until every deployment has run this; then a migration drops it.
// Nothing is lost: a note made longer than the API's 500 characters is kept whole (the
// skills form asks the member to shorten it on the next save).

/** The catalog slug a free-text skill names, or null. */
export type SkillMatcher = (text: string) => string | null | undefined;

export type ConversionResult = { memberships: number; tools: number };

export type ConversionOptions = {
  connectionString: string;
  /** PostgreSQL schema holding the tables; default: the connection's search_path. */
  schema?: string;
  /** Default: the catalog's own matcher (lib/catalog/match-skill.ts). */
  match?: SkillMatcher;
};

/** Converts every membership that still has legacy skills, in one transaction. */
export async function convertLegacySkills(options: ConversionOptions): Promise<ConversionResult> {
  const match = options.match ?? ((text: string) => matchCatalogTool(text)?.slug);
  const client = new pg.Client({ connectionString: options.connectionString });
  await client.connect();
  try {
    await client.query("BEGIN");
    try {
      // SET LOCAL: PGlite shares one session between connections (see migrator.ts).
      if (options.schema) await client.query(`SET LOCAL search_path TO ${pg.escapeIdentifier(options.schema)}`);
      const result = await convertRows(client, match);
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    }
  } finally {
    await client.end();
  }
}

/** One membership's legacy skills split into tool slugs (each once) and the text that stays. */
export function splitLegacySkills(
  skills: readonly string[],
  match: SkillMatcher,
  knownSlugs: ReadonlySet<string>,
): { slugs: string[]; rest: string[] } {
  const slugs: string[] = [];
  const rest: string[] = [];
  for (const raw of skills) {
    const text = raw.trim();
    if (!text) continue;
    const slug = match(text);
    if (slug && knownSlugs.has(slug)) {
      if (!slugs.includes(slug)) slugs.push(slug);
    } else if (!rest.some((r) => r.toLowerCase() === text.toLowerCase())) rest.push(text);
  }
  return { slugs, rest };
}

/** The note after conversion: the existing note, then the unmatched skills, comma-separated. */
export function noteWith(existing: string, rest: readonly string[]): string {
  const added = rest.join(", ");
  if (!added) return existing;
  return existing.trim() ? `${existing.trim()}, ${added}` : added;
}

async function convertRows(client: pg.ClientBase, match: SkillMatcher): Promise<ConversionResult> {
  const pending = await client.query<{ id: string; legacySkills: string[]; skillsNote: string }>(
    `SELECT "id", "legacySkills", "skillsNote" FROM "Membership"
      WHERE cardinality("legacySkills") > 0 ORDER BY "id" FOR UPDATE`,
  );
  if (pending.rows.length === 0) return { memberships: 0, tools: 0 };
  const known = new Set(
    (await client.query<{ slug: string }>(`SELECT "slug" FROM "Tool"`)).rows.map((row) => row.slug),
  );
  let tools = 0;
  for (const row of pending.rows) {
    const { slugs, rest } = splitLegacySkills(row.legacySkills, match, known);
    if (slugs.length > 0) {
      // A tool the member already lists keeps the familiarity they gave it.
      const inserted = await client.query(
        `INSERT INTO "MemberTool" ("membershipId", "toolSlug", "familiarity")
         SELECT $1, slug, 'some' FROM unnest($2::text[]) AS slug
         ON CONFLICT DO NOTHING`,
        [row.id, slugs],
      );
      tools += inserted.rowCount ?? 0;
    }
    await client.query(
      `UPDATE "Membership"
          SET "legacySkills" = ARRAY[]::TEXT[], "skillsNote" = $2, "skillsVersion" = "skillsVersion" + 1
        WHERE "id" = $1`,
      [row.id, noteWith(row.skillsNote, rest)],
    );
  }
  return { memberships: pending.rows.length, tools };
}
