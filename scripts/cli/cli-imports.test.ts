import { build } from "esbuild";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The CLI runs on a user's machine and in CI jobs: it must not pull the server's code (Prisma,
// Next, lib/server's "server-only"), only pure lib/ modules and its own. esbuild follows every
// import, the on-demand ones included, and lists what the command would load.

const root = path.resolve(import.meta.dirname, "../..");

describe("the mlops-map command's imports", () => {
  it("reach no server, app or component code", { timeout: 60_000 }, async () => {
    const result = await build({
      entryPoints: [path.join(root, "scripts/cli.ts")],
      absWorkingDir: root,
      bundle: true,
      write: false,
      metafile: true,
      platform: "node",
      format: "esm",
      packages: "external",
      logLevel: "silent",
    });
    const inputs = Object.entries(result.metafile.inputs);
    const files = inputs.map(([file]) => file);
    expect(files).toContain("scripts/cli/remote-files.ts");
    expect(files.filter((f) => /^(app|components|lib\/server|lib\/generated|lib\/client)\//.test(f))).toEqual([]);
    const packages = new Set(inputs.flatMap(([, input]) => input.imports.filter((i) => i.external).map((i) => i.path)));
    for (const forbidden of ["server-only", "next", "@prisma/client", "@prisma/adapter-pg", "pg", "better-auth"])
      expect([...packages].filter((p) => p === forbidden || p.startsWith(`${forbidden}/`))).toEqual([]);
    expect(packages).toContain("commander");
  });
});
