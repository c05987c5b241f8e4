import { describe, expect, it } from "vitest";
import { statementNamer } from "./statement-names";

describe("statementNamer", () => {
  it("gives the same text the same name, and different texts different names", () => {
    const name = statementNamer();
    const a = name('SELECT 1 FROM "Project" WHERE "id" = $1');
    expect(a).toMatch(/^s_[\w-]{20}$/);
    expect(name('SELECT 1 FROM "Project" WHERE "id" = $1')).toBe(a);
    expect(name('SELECT 2 FROM "Project" WHERE "id" = $1')).not.toBe(a);
    expect(statementNamer()('SELECT 1 FROM "Project" WHERE "id" = $1')).toBe(a);
  });

  it("names only the first `max` distinct texts, and keeps naming those", () => {
    const name = statementNamer(2);
    const first = name("SELECT 1");
    name("SELECT 2");
    expect(name("SELECT 3")).toBeUndefined();
    expect(name("SELECT 1")).toBe(first);
  });
});
