import { describe, expect, it } from "vitest";
import { signUp } from "@/test/users";
import { requireProjectAccess } from "./access";
import { getDb, queryRows } from "./db";
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

// queryRows sends the hot statements to the pg pool itself (the access check, the autosave),
// and pg's own readings differ from Prisma's: a `timestamp` in local time, an int8 as a string.
describe("queryRows", () => {
  const sql = `SELECT now()::timestamp(3) AS "at", 9007199254740993::int8 AS "big", 7::int4 AS "small",
    1.5::float8 AS "float", true AS "yes", NULL::text AS "none", ARRAY['a', 'b']::text[] AS "list",
    '{"k": [1, 2]}'::jsonb AS "json", $1::text AS "echo", $2::text[] AS "echoed"`;

  it("reads rows as Prisma's raw queries do, in any time zone", async () => {
    const zone = process.env.TZ;
    process.env.TZ = "America/New_York";
    try {
      const direct = await queryRows<Record<string, unknown>>(getDb(), sql, ["x", ["y", null]]);
      const prisma = await getDb().$queryRawUnsafe<Record<string, unknown>[]>(sql, "x", ["y", null]);
      expect({ ...direct[0], at: null }).toEqual({ ...prisma[0], at: null });
      expect(direct[0]!.big).toBe(9007199254740993n);
      // Written and read back within the test: the same instant, not five hours off.
      const at = direct[0]!.at as Date;
      expect(Math.abs(at.getTime() - Date.now())).toBeLessThan(60_000);
      expect(Math.abs(at.getTime() - (prisma[0]!.at as Date).getTime())).toBeLessThan(60_000);
    } finally {
      process.env.TZ = zone;
    }
  });

  it("gives requireProjectAccess the same project and membership as Prisma's client in a transaction", async () => {
    const zone = process.env.TZ;
    process.env.TZ = "Asia/Kolkata";
    try {
      const lead = await signUp();
      const team = await createTeam(lead, { name: "Same rows" });
      const project = await createProject(lead, team.id, { name: "Either way" });
      const direct = await requireProjectAccess(getDb(), lead, project.id, "team.read");
      const inTransaction = await getDb().$transaction((tx) => requireProjectAccess(tx, lead, project.id, "team.read"));
      expect(direct).toEqual(inTransaction);
      expect(direct.project.createdAt).toBeInstanceOf(Date);
      expect(Math.abs(direct.project.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    } finally {
      process.env.TZ = zone;
    }
  });

  it("refuses a value pg would encode differently from Prisma (a Date, an object)", async () => {
    await expect(queryRows(getDb(), "SELECT $1::timestamp", [new Date() as never])).rejects.toThrow(TypeError);
    await expect(queryRows(getDb(), "SELECT $1::jsonb", [{ a: 1 } as never])).rejects.toThrow(TypeError);
  });
});
