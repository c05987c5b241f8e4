import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The lint rule that keeps lib/server out of browser code (eslint.config.mjs), run on snippets
// as if they were files of the tree: it must fire on every way of naming lib/server.

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "../..") });

async function restrictedImports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === "no-restricted-imports").map((m) => m.message);
}

// Loading the config (Next's plugins, TypeScript's parser) takes seconds on a busy machine.
describe("browser code does not import lib/server", { timeout: 60_000 }, () => {
  it.each([
    ['import type { SessionUser } from "@/lib/server/session";', "components/teams/example.tsx"],
    ['import { listMembers } from "@/lib/server/members";', "components/teams/example.tsx"],
    ['import { type SessionUser } from "@/lib/server/session";', "lib/client/example.ts"],
    ['import type { Tx } from "../server/db";', "lib/client/example.ts"],
    ['export type { SessionUser } from "@/lib/server/session";', "components/example.ts"],
  ])("%s in %s is refused", async (code, file) => {
    const messages = await restrictedImports(`${code}\nexport const x = 1;\n`, file);
    expect(messages.join("\n")).toMatch(/must not import lib\/server/);
  });

  it("lets them import the contract, and lets pages import the server layer", async () => {
    expect(
      await restrictedImports(
        'import type { TMember } from "@/lib/validation/teams";\nexport type M = TMember;\n',
        "components/teams/example.tsx",
      ),
    ).toEqual([]);
    expect(
      await restrictedImports(
        'import { getTeam } from "@/lib/server/teams";\nexport const f = getTeam;\n',
        "app/(app)/example/page.tsx",
      ),
    ).toEqual([]);
  });
});
