import { checkCellCount } from "./cell-limits";
import { cellDirectives } from "./directives";
import { clipTitle } from "./limits";
import type { CellType, ParsedCell, ParsedNotebook } from "./types";
import { unixLineBreaks } from "./line-breaks";

// Python scripts. The jupytext "percent" format (also VS Code's and Spyder's cells):
//
//   # %% Optional title [markdown] tags=["a", "b"]
//
// starts a cell; markdown cells have their lines commented with "# ". Like jupytext, we
// uncomment `# %magic` and `# !shell` lines in code cells (jupytext comments them out on
// write so the script stays valid Python). A title works like a heading for its cell and the
// following ones. A script without markers is one code cell.

/** `# %%` or `#%%`, then nothing, a space or a `[type]`; `# %%time` is a commented magic, not a marker. */
const MARKER = /^#\s?%%(?=\s|$|\[)(.*)$/;
const CELL_TYPE = /\[(markdown|md|raw)\]/;
const COMMENTED_MAGIC = /^(\s*)# ?((?:%{1,2}|!)[A-Za-z])/;

export function hasPercentMarkers(text: string): boolean {
  return text.split("\n").some((line) => MARKER.test(line.trimEnd()));
}

export function parsePlainPy(text: string): ParsedNotebook {
  const source = unixLineBreaks(text);
  const { tags, skipped, stepName } = cellDirectives([], source, true);
  return {
    format: "py",
    nbformat: null,
    cells: [{ index: 0, type: "code", source, tags, skipped, stepName, title: null }],
  };
}

type Draft = { type: CellType; header: string; lines: string[] };

export function parsePercentPy(text: string): ParsedNotebook {
  const lines = skipJupytextHeader(unixLineBreaks(text).split("\n"));
  // Counted before any cell is made: 20 MiB of `# %%` lines are four million cells.
  checkCellCount(lines.reduce((n, line) => (MARKER.test(line.trimEnd()) ? n + 1 : n), 0));
  const drafts: Draft[] = [{ type: "code", header: "", lines: [] }];
  for (const line of lines) {
    const marker = MARKER.exec(line.trimEnd());
    if (marker) {
      const header = marker[1] ?? "";
      const type = CELL_TYPE.exec(header)?.[1];
      drafts.push({
        type: type === "raw" ? "raw" : type ? "markdown" : "code",
        header: header.replace(CELL_TYPE, " "),
        lines: [],
      });
    } else {
      drafts.at(-1)?.lines.push(line);
    }
  }
  // Text before the first marker is a cell only when there is some.
  if (drafts[0] && trimBlank(drafts[0].lines).length === 0) drafts.shift();

  const cells = drafts.map((draft, index): ParsedCell => {
    const { title, metadata } = splitHeader(draft.header);
    const source = cellSource(draft);
    const metaTags = Array.isArray(metadata.tags)
      ? metadata.tags.filter((t): t is string => typeof t === "string")
      : [];
    const { tags, skipped, stepName } = cellDirectives(metaTags, source, draft.type === "code");
    return { index, type: draft.type, source, tags, skipped, stepName, title };
  });
  return { format: "py-percent", nbformat: null, cells };
}

function cellSource(draft: Draft): string {
  const lines = trimBlank(draft.lines);
  if (draft.type === "code") return lines.map((l) => l.replace(COMMENTED_MAGIC, "$1$2")).join("\n");
  const text = lines.map((l) => (l.startsWith("# ") ? l.slice(2) : l === "#" ? "" : l)).join("\n");
  // jupytext can also write markdown as a bare triple-quoted string.
  const quoted = /^("""|''')([\s\S]*)\1$/.exec(text.trim());
  return quoted?.[2] !== undefined ? quoted[2].trim() : text;
}

function trimBlank(lines: string[]): string[] {
  let start = 0;
  let end = lines.length;
  while (start < end && lines[start]?.trim() === "") start++;
  while (end > start && lines[end - 1]?.trim() === "") end--;
  return lines.slice(start, end);
}

/** A `# ---` … `# ---` YAML block at the top that jupytext writes (kernel, format version). */
function skipJupytextHeader(lines: string[]): string[] {
  if (lines[0]?.trim() !== "# ---") return lines;
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === "# ---");
  if (end < 0) return lines;
  const header = lines.slice(1, end).join("\n");
  return /jupyter|jupytext|kernelspec/.test(header) ? lines.slice(end + 1) : lines;
}

/** `Load data tags=["a"] key="v"` → title "Load data" and the key=value metadata (JSON values). */
function splitHeader(header: string): { title: string | null; metadata: Record<string, unknown> } {
  const metadata: Record<string, unknown> = {};
  const first = header.search(/(^|\s)[A-Za-z_][\w.-]*=/);
  const titleText = (first < 0 ? header : header.slice(0, first)).trim();
  let rest = first < 0 ? "" : header.slice(first);
  const pair = /^\s*([A-Za-z_][\w.-]*)=/;
  for (let match = pair.exec(rest); match; match = pair.exec(rest)) {
    rest = rest.slice(match[0].length);
    const { value, length } = readJsonValue(rest);
    metadata[match[1] ?? ""] = value;
    rest = rest.slice(length);
  }
  return { title: titleText ? clipTitle(titleText) : null, metadata };
}

/** Reads the longest JSON value at the start of `text` (up to the next space at depth 0). */
function readJsonValue(text: string): { value: unknown; length: number } {
  let depth = 0;
  let inString = false;
  let i = 0;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (inString) {
      if (ch === "\\") i++;
      else if (ch === '"') inString = false;
    } else if (ch === '"') inString = true;
    else if (ch === "[" || ch === "{") depth++;
    else if (ch === "]" || ch === "}") depth--;
    else if (/\s/.test(ch ?? "") && depth <= 0) break;
  }
  const raw = text.slice(0, i);
  try {
    return { value: JSON.parse(raw), length: i };
  } catch {
    return { value: raw, length: i };
  }
}
