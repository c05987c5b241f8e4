import { describe, expect, it } from "vitest";
import { signUp } from "@/test/users";
import { getDb } from "./db";
import { createProject, getProject } from "./projects";
import { createTeam } from "./teams";

// The app's queries are prepared statements on PostgreSQL (lib/db/statement-names.ts): a
// connection parses and plans each text once. The embedded PGlite gets none (one session).
const embedded = process.env.MLOPS_MAP_EMBEDDED_DB === "1";

describe("the database client", () => {
  it.skipIf(embedded)("prepares each query once per connection and reuses it", async () => {
    const lead = await signUp();
    const team = await createTeam(lead, { name: "Prepared" });
    const project = await createProject(lead, team.id, { name: "Statements" });
    // One transaction is one connection: what it prepared is in that session's pg_prepared_statements.
    const statements = await getDb().$transaction(async (tx) => {
      await tx.project.findUnique({ where: { id: project.id } });
      await tx.project.findUnique({ where: { id: project.id } });
      return tx.$queryRaw<{ name: string; calls: bigint }[]>`
        SELECT name, generic_plans + custom_plans AS calls FROM pg_prepared_statements WHERE statement ILIKE '%"Project"%'`;
    });
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.every((s) => /^s_[\w-]{20}$/.test(s.name))).toBe(true);
    // The findUnique sent twice was prepared once and run twice.
    expect(statements.some((s) => Number(s.calls) >= 2)).toBe(true);
    // And the answers are what they were unnamed.
    expect((await getProject(lead, project.id)).project).toMatchObject({ id: project.id, name: "Statements" });
  });
});
