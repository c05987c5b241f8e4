import { readFileSync, statSync } from "node:fs";

// What every command shares. Conventions: with --json, stdout gets exactly one JSON value and
// nothing else; an error is ONE line on stderr and exit code 1; wrong usage (commander's own
// errors: unknown option, missing argument) is exit code 2.

/** An expected failure: its message is the whole stderr line. */
export class CliError extends Error {}

/** Exactly one JSON value on stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Runs a command's work and sets the exit code: its own (0, or 2 for a usage problem it found),
 * or 1 with one line on stderr when it throws.
 */
export async function runAction(work: () => number | void | Promise<number | void>): Promise<void> {
  try {
    process.exitCode = (await work()) ?? 0;
  } catch (error) {
    process.stderr.write(`${oneLine(error)}\n`);
    process.exitCode = 1;
  }
}

/** An error as one line: a CliError's message as it is; anything else prefixed, newlines folded. */
function oneLine(error: unknown): string {
  const text =
    error instanceof CliError
      ? error.message
      : `unexpected error: ${error instanceof Error ? error.message : String(error)}`;
  return text.replace(/\s*\n\s*/g, " ");
}

/** Why a file could not be read, as "<file>: cannot read the file (ENOENT)". */
export function readProblem(file: string, error: unknown): CliError {
  const code = error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : String(error);
  return new CliError(`${file}: cannot read the file (${code})`);
}

/** A file's bytes, refused before reading when larger than `maxBytes` (what the server would take). */
export function readUpTo(file: string, maxBytes: number, what: string): Uint8Array {
  let size: number;
  try {
    size = statSync(file).size;
  } catch (error) {
    throw readProblem(file, error);
  }
  if (size > maxBytes) throw new CliError(`${file}: ${size} bytes; the server reads ${what} of at most ${maxBytes}`);
  try {
    return readFileSync(file);
  } catch (error) {
    throw readProblem(file, error);
  }
}
