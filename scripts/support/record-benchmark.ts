import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Appends a run to its section of BENCHMARKS.md (made, with `intro`, if missing), leaving
 * the other sections alone. Returns the file's path.
 */
export function recordBenchmark(heading: string, intro: string, block: string[]): string {
  const file = path.resolve(import.meta.dirname, "..", "..", "BENCHMARKS.md");
  let text = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  if (!text.includes(heading)) text = `${text.trimEnd()}\n\n${heading}\n\n${intro}\n`;
  const start = text.indexOf(heading);
  const next = text.indexOf("\n## ", start + heading.length);
  const end = next === -1 ? text.length : next + 1;
  const section = `${text.slice(start, end).trimEnd()}\n\n${block.join("\n")}`;
  text = `${text.slice(0, start)}${section.trimEnd()}\n${next === -1 ? "" : `\n${text.slice(end)}`}`;
  writeFileSync(file, text);
  return file;
}
