// `npm run --silent cli -- <command> …`: the command-line face of the same pure code the API
// runs. Each command lives in scripts/cli/<command>.ts; add new ones to COMMANDS.

import { analyzeCommand } from "./cli/analyze";
import { assessCommand } from "./cli/assess";
import { catalogCommand } from "./cli/catalog";
import type { CliCommand } from "./cli/command";
import { questionsCommand } from "./cli/questions";
import { recommendCommand } from "./cli/recommend";

const COMMANDS: Record<string, CliCommand> = {
  analyze: analyzeCommand,
  questions: questionsCommand,
  assess: assessCommand,
  catalog: catalogCommand,
  recommend: recommendCommand,
};

function usage(): string {
  const lines = Object.values(COMMANDS).map((c) => `  ${c.usage.padEnd(40)} ${c.summary}`);
  return `usage: npm run --silent cli -- <command>\n${lines.join("\n")}`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  if (!command) {
    console.error(name === undefined ? usage() : `unknown command ${name}\n${usage()}`);
    return 2;
  }
  return command.run(rest);
}

process.exitCode = await main(process.argv.slice(2));
