import type { ShellLine } from "./python-lexer";

// IPython's additions to Python: a `%%magic` on a cell's first line decides how its body
// reads (Python, shell, or text such as a written file); `%%bash` bodies are shell lines.

export type CellMagic = { name: string; args: string; body: string; line: number };

/** Cell magics whose body is ordinary Python. */
export const PYTHON_BODY_MAGICS = new Set([
  "time",
  "timeit",
  "capture",
  "prun",
  "debug",
  "memit",
  "mprun",
  "cache",
  "ipytest",
]);
/** Cell magics whose body is shell commands. */
export const SHELL_BODY_MAGICS = new Set(["bash", "sh", "system", "!"]);

export function readCellMagic(text: string): { cellMagic: CellMagic; bodyStart: number } | null {
  // Most cells do not start with "%%": check that before splitting anything.
  const start = text.search(/\S/);
  if (start < 0 || !text.startsWith("%%", start)) return null;
  const lines = text.split("\n");
  const first = lines.findIndex((l) => l.trim() !== "");
  const head = lines[first]?.trim() ?? "";
  const match = /^%%(!|[A-Za-z_][\w.-]*)\s*(.*)$/.exec(head);
  if (!match) return null;
  const body = lines.slice(first + 1).join("\n");
  return { cellMagic: { name: match[1] ?? "", args: match[2] ?? "", body, line: first }, bodyStart: first + 1 };
}

/** Shell lines of a `%%bash` body; `\` at the end of a line continues the command. */
export function shellBody(body: string, offset: number): ShellLine[] {
  const out: ShellLine[] = [];
  const lines = body.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const start = i;
    let command = lines[i]?.trim() ?? "";
    while (command.endsWith("\\") && i + 1 < lines.length)
      command = `${command.slice(0, -1).trimEnd()} ${lines[++i]?.trim() ?? ""}`;
    if (command === "" || command.startsWith("#")) continue;
    out.push({ kind: "shell", command, target: null, indent: 0, start: start + offset, end: i + offset });
  }
  return out;
}
