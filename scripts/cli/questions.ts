// `mlops-map questions [--json]`: the current question bank. With --json,
// stdout gets exactly the bank as the API serves it; without, a readable list by dimension.

import { CURRENT_BANK } from "../../lib/assessment/banks";
import type { QuestionBank } from "../../lib/assessment/types";
import type { Command } from "commander";
import { runAction } from "./command";

export function registerQuestions(program: Command) {
  program
    .command("questions")
    .description("print the current assessment question bank")
    .option("--json", "print the bank as one JSON object")
    .action((options: { json?: boolean }) => runAction(() => questions(options.json === true)));
}

function questions(json: boolean): number {
  process.stdout.write(json ? `${JSON.stringify(CURRENT_BANK, null, 2)}\n` : list(CURRENT_BANK));
  return 0;
}

function list(bank: QuestionBank): string {
  const out = [`question bank version ${bank.version}: ${bank.questions.length} questions`];
  for (const d of bank.dimensions) {
    out.push("", `${d.label} (${d.id})`);
    for (const q of bank.questions.filter((x) => x.dimension === d.id)) {
      out.push(`  ${q.id}: ${q.text}`);
      for (const o of q.options) {
        const reqs = o.establishes?.length ? `  [${o.establishes.join(", ")}]` : "";
        out.push(`    ${o.level}  ${o.id.padEnd(18)} ${o.label}${reqs}`);
      }
    }
  }
  return `${out.join("\n")}\n`;
}
