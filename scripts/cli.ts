// `mlops-map <command> …` (bin/mlops-map.mjs) or `npm run --silent cli -- <command> …`: the
// command-line face of the same pure code the API runs, and a client of the API. The commands
// are in scripts/cli/program.ts.

import { runCli } from "./cli/program";

process.exitCode = await runCli(process.argv.slice(2));
