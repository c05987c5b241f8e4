// `mlops-map analyze <file> [--json]`: analyses a notebook (.ipynb, or a .py
// script with or without `# %%` cells). With --json, stdout gets exactly one JSON object
// (the API's analysis contract) and nothing else; without it, a readable table. Errors go
// to stderr as one line, with exit code 1 (2 for wrong usage).

import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { analyzeNotebook } from "../../lib/notebook/analyze";
import { isNotebookError } from "../../lib/notebook/errors";
import { MAX_NOTEBOOK_BYTES } from "../../lib/notebook/limits";
import { notebookTooLarge } from "../../lib/notebook/parse";
import type { TNotebookAnalysis } from "../../lib/validation/notebooks";
import type { Command } from "commander";
import { runAction } from "./command";

export function registerAnalyze(program: Command) {
  program
    .command("analyze")
    .description("analyse a notebook (.ipynb, percent .py, .py) on this machine")
    .argument("<file>", "the notebook")
    .option("--json", "print the analysis as one JSON object")
    .action((file: string, options: { json?: boolean }) => runAction(() => analyze(file, options.json === true)));
}

function analyze(file: string, json: boolean): number {
  try {
    const analysis = analyzeNotebook(readUpload(file), path.basename(file));
    process.stdout.write(json ? `${JSON.stringify(analysis, null, 2)}\n` : table(analysis));
    return 0;
  } catch (error) {
    if (isNotebookError(error)) console.error(`${file}: ${error.message} (${error.code})`);
    else if (error instanceof Error && "code" in error && typeof error.code === "string")
      console.error(`${file}: cannot read the file (${error.code})`);
    else console.error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

/**
 * Reads the file, refusing oversized ones before loading them (as the API does). The other
 * limits (cells, cell length, nesting) are the parser's, so they apply here too; the time
 * and memory limits are the server's, for a process shared by many users.
 */
function readUpload(file: string): Uint8Array {
  const size = statSync(file).size;
  if (size > MAX_NOTEBOOK_BYTES) throw notebookTooLarge(size);
  return readFileSync(file);
}

function table(a: TNotebookAnalysis): string {
  const out: string[] = [
    `format ${a.format}${a.nbformat ? ` (nbformat ${a.nbformat})` : ""}, ${a.cells.length} cells, ${a.steps.length} steps`,
    "",
  ];
  out.push(`${"cell".padStart(4)}  ${"type".padEnd(8)}  ${"category".padEnd(21)}  conf  phase  signals`);
  for (const c of a.cells) {
    const signals = c.type === "code" ? c.signals.slice(0, 2).join("; ") : (c.section ?? "");
    out.push(
      `${String(c.index).padStart(4)}  ${c.type.padEnd(8)}  ${c.category.padEnd(21)}  ${c.confidence.toFixed(2)}  ${c.phase.padEnd(5)}  ${signals}`,
    );
  }
  out.push("", "steps:");
  a.steps.forEach((s, i) =>
    out.push(
      `${String(i + 1).padStart(3)}. ${s.title} — ${s.category} (${s.phase}), cells ${s.cellIndexes.join(", ")}`,
    ),
  );
  return `${out.join("\n")}\n`;
}
