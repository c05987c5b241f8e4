import type { Heading } from "./classify-context";
import { clipTitle, MAX_TITLE_CHARS } from "./limits";
import { unixLineBreaks } from "./line-breaks";

// Markdown headings, which name the sections of a notebook: ATX (`## Train`), setext
// (a line underlined with === or ---) and HTML (`<h2>Train</h2>`), outside code fences.

export function markdownHeadings(source: string): Heading[] {
  const out: Heading[] = [];
  const lines = unixLineBreaks(source).split("\n");
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const fenceMatch = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch?.[1]) {
      if (fence === null) fence = fenceMatch[1][0] ?? null;
      else if (fenceMatch[1][0] === fence) fence = null;
      continue;
    }
    if (fence !== null) continue;
    const atx = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (atx?.[1] && atx[2] !== undefined) {
      push(out, atx[2], atx[1].length);
      continue;
    }
    const next = lines[i + 1] ?? "";
    if (line.trim() !== "" && /^\s{0,3}(=+|-+)\s*$/.test(next) && !/^\s*[-*+>]/.test(line)) {
      push(out, line, next.trim().startsWith("=") ? 1 : 2);
      i++;
      continue;
    }
    // Most lines have no tag at all: no iterator for them.
    if (line.includes("<"))
      for (const m of line.matchAll(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/gi)) push(out, m[2] ?? "", Number(m[1]));
  }
  return out;
}

/** Markup takes a few characters per word at most: more than this cannot reach the title limit. */
const RAW_HEADING_CHARS = 8 * MAX_TITLE_CHARS;

function push(out: Heading[], raw: string, level: number) {
  const text = clipTitle(plainText(raw.slice(0, RAW_HEADING_CHARS)));
  if (text) out.push({ text, level });
}

/** `**Train** the [model](url) \`fast\`` → "Train the model fast". */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, "")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`~]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
}

/** The heading stack after a heading: it closes headings of its level and deeper. */
export function pushHeading(stack: readonly Heading[], heading: Heading): Heading[] {
  return [...stack.filter((h) => h.level < heading.level), heading];
}
