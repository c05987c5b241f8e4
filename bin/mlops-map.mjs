#!/usr/bin/env node
// The `mlops-map` command (package.json "bin"). It runs scripts/cli.ts through tsx, which the
// app already depends on, so there is no build step: `npx mlops-map` works right after
// `npm install`, and `npm link` / `npm install -g .` link this folder. The app's tsconfig is
// named here so its "@/…" paths resolve from any working directory. The CLI imports only
// pure lib/ code and talks to servers over HTTP (scripts/cli/program.ts); a test checks it.

import { fileURLToPath } from "node:url";
import { tsImport } from "tsx/esm/api";

await tsImport("../scripts/cli.ts", {
  parentURL: import.meta.url,
  tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)),
});
