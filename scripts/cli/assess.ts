// `mlops-map assess <answers.json> [--json]`: scores an answers file in the
// API's shape ({ "bankVersion": 1, "answers": { "<question id>": "<option id>" | "not_sure" } })
// with the same validation the API applies. With --json, stdout gets exactly the result; without,
// a readable summary. Errors go to stderr as one line, exit code 1 (2 for wrong usage).

import { readFileSync, statSync } from "node:fs";
import { CURRENT_BANK } from "../../lib/assessment/banks";
import { scoreAssessment } from "../../lib/assessment/score";
import type { AssessmentResult } from "../../lib/assessment/types";
import { ZAssessmentAnswers } from "../../lib/validation/assessments";
import type { Command } from "commander";
import { runAction } from "./command";

/** An answers file is a few kilobytes; refuse anything that cannot be one before reading it. */
const MAX_ANSWERS_BYTES = 256 * 1024;

export function registerAssess(program: Command) {
  program
    .command("assess")
    .description("score an answers file against the current question bank")
    .argument("<answers.json>", "answers in the API's shape")
    .option("--json", "print the result as one JSON object")
    .action((file: string, options: { json?: boolean }) => runAction(() => assess(file, options.json === true)));
}

function assess(file: string, json: boolean): number {
  let raw: unknown;
  try {
    const size = statSync(file).size;
    if (size > MAX_ANSWERS_BYTES)
      throw new Error(`the file is ${size} bytes; an answers file is at most ${MAX_ANSWERS_BYTES}`);
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    const code =
      e instanceof Error && "code" in e && typeof e.code === "string" ? `cannot read the file (${e.code})` : null;
    console.error(`${file}: ${code ?? (e instanceof Error ? e.message : String(e))}`);
    return 1;
  }
  const parsed = ZAssessmentAnswers.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.length ? `${pathText(i.path)}: ` : ""}${i.message}`);
    console.error(`${file}: ${problems.join("; ")}`);
    return 1;
  }
  const result = scoreAssessment(CURRENT_BANK, parsed.data.answers);
  process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : summary(result));
  return 0;
}

/** `answers["data.validation"]`: question ids hold dots, so a dotted path would mislead. */
function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) =>
      typeof p === "string" && /^[A-Za-z_]\w*$/.test(p) ? `${i ? "." : ""}${p}` : `[${JSON.stringify(String(p))}]`,
    )
    .join("");
}

function summary(r: AssessmentResult): string {
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  const out = [
    `Google Cloud level ${r.google.level} (confidence ${pct(r.confidence)}, bank version ${r.bankVersion})`,
    r.google.explanation,
    "",
    "Microsoft level per dimension:",
    ...r.dimensions.map(
      (d) =>
        `  ${d.level}  ${d.label.padEnd(44)} ${pct(d.confidence).padStart(4)} answered` +
        (d.notSure || d.unanswered ? ` (${d.notSure} not sure, ${d.unanswered} open)` : ""),
    ),
    "",
    "Weakest dimensions and next practices:",
  ];
  for (const w of r.weakest) {
    const label = r.dimensions.find((d) => d.id === w.dimension)?.label ?? w.dimension;
    out.push(`  ${label} (level ${w.level})`);
    for (const p of w.practices) out.push(`    - ${p.title} [${p.components.join(", ")}]`);
  }
  return `${out.join("\n")}\n`;
}
