import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOG } from "../../lib/catalog/catalog";
import { ZCatalogResponse } from "../../lib/validation/catalog";

// The CLI as a user runs it: a real process, stdout and exit code.

const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");

function cli(...args: string[]) {
  const result = spawnSync(tsx, ["scripts/cli.ts", "catalog", ...args], { cwd: root, encoding: "utf8" });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("cli catalog", { timeout: 60_000 }, () => {
  it("prints the whole catalog as one JSON array in the API's tool shape", () => {
    const { code, stdout, stderr } = cli("--json");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const tools = ZCatalogResponse.parse({ tools: JSON.parse(stdout) }).tools;
    expect(tools).toEqual(CATALOG);
    expect(tools.every((t) => t.name && t.components.length > 0)).toBe(true);
  });

  it("filters by component, and prints a readable list without --json", () => {
    const json = cli("--json", "--component", "load_testing");
    expect(JSON.parse(json.stdout).map((t: { slug: string }) => t.slug)).toEqual(["locust", "k6", "jmeter"]);
    const text = cli("--component", "infrastructure_as_code");
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(
      /^terraform\s+Terraform\s+infrastructure_as_code \[source-available; open: opentofu\]$/m,
    );
  });

  it("refuses an unknown component or option with exit code 2 and a message", () => {
    const bad = cli("--json", "--component", "quantum");
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(/component must be one of/);
    expect(cli("--nope").code).toBe(2);
  });
});
