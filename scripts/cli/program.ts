import { Command, CommanderError } from "commander";

// The `mlops-map` command (bin/mlops-map.mjs; `npm run --silent cli -- …` runs the same).
// Local commands run the app's pure code on files; remote ones call a server's /api/v1 with a
// token (--url/--token or MLOPS_MAP_URL/MLOPS_MAP_TOKEN). Each lives in scripts/cli/<name>.ts.

type Register = (program: Command) => void;

// Loaded on demand: a command's run imports only its own modules (the analyser's model, the
// catalog, the backup schema), so `mlops-map teams` does not pay for `analyze`.
const COMMANDS: Record<string, () => Promise<Register>> = {
  analyze: async () => (await import("./analyze")).registerAnalyze,
  questions: async () => (await import("./questions")).registerQuestions,
  assess: async () => (await import("./assess")).registerAssess,
  catalog: async () => (await import("./catalog")).registerCatalog,
  recommend: async () => (await import("./recommend")).registerRecommend,
  teams: async () => (await import("./remote-listings")).registerTeams,
  projects: async () => (await import("./remote-listings")).registerProjects,
  import: async () => (await import("./remote-import")).registerImport,
  roadmap: async () => (await import("./remote-files")).registerRoadmap,
  export: async () => (await import("./remote-files")).registerExport,
  restore: async () => (await import("./remote-files")).registerRestore,
};

/** The program with the command named in `argv`, or with all of them (for help and unknown names). */
export async function buildProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command("mlops-map")
    .description("MLOps Map on the command line: analyse notebooks locally, or work with a server's projects.")
    .version(process.env.npm_package_version ?? "0.1.0", "-V, --version")
    // Usage errors become exit code 2 in runCli instead of commander's process.exit(1).
    .exitOverride()
    .configureOutput({ outputError: (text, write) => write(`${text.trim().replace(/\s*\n\s*/g, " ")}\n`) });
  const named = argv[0] !== undefined && Object.hasOwn(COMMANDS, argv[0]) ? [argv[0]] : Object.keys(COMMANDS);
  for (const name of named) (await COMMANDS[name]!())(program);
  return program;
}

/** Parses and runs; the exit code: the command's, 0 after --help/--version, 2 for wrong usage. */
export async function runCli(argv: string[]): Promise<number> {
  const program = await buildProgram(argv);
  if (argv.length === 0) {
    process.stderr.write(program.helpInformation());
    return 2;
  }
  try {
    await program.parseAsync(argv, { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    throw error;
  }
}
