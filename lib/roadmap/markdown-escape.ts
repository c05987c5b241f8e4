// Escaping user text for GFM, so nothing a user types becomes markup, HTML or a table break.
//
// CommonMark lets a backslash escape any ASCII punctuation, and an escaped character is always
// literal text. Inline text escapes every character that can open an inline construct
// (emphasis, code, links, images, autolinks, raw HTML, entity references, strikethrough,
// table pipes): \ ` * _ [ ] < > & | ~ ! and, where it could start a block (a heading, a
// quote, a list, a thematic break) at the start of the text, # + - = and "1." / "1)".
// Line breaks become spaces: a title is one line. So `<script>` is written `\<script\>` and
// parses as the text "<script>", never as an html node.

// Anything oneLine would change: a control character or line separator, whitespace other
// than a plain space, two spaces in a row, or space at either end.
const NOT_ONE_LINE = /[\p{Cc}\u2028\u2029]|[^\S ]| {2}|^ | $/u;

/** One line of well-formed text: control characters and line separators become spaces, runs of space one. */
export function oneLine(text: string): string {
  const wellFormed = text.isWellFormed() ? text : text.toWellFormed();
  // Most text is one line already: skip the replacing (the exports call this thousands of times).
  if (!NOT_ONE_LINE.test(wellFormed)) return wellFormed;
  return wellFormed
    .replace(/[\p{Cc}\u2028\u2029]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

const INLINE = /[\\`*_[\]<>&|~!]/g;
const BLOCK_START = /^(?:[#+\-=]|\d+[.)])/;

/** Inline text (a heading, a list item, a table cell): one line, nothing left to parse as markup. */
export function escapeInline(text: string): string {
  const line = oneLine(text).replace(INLINE, "\\$&");
  if (!BLOCK_START.test(line)) return line;
  return line.replace(/^([#+\-=])/, "\\$1").replace(/^(\d+)([.)])/, "$1\\$2");
}

/** A table cell: inline text (whose `|` is already escaped), "—" when empty so the row keeps its shape. */
export function escapeCell(text: string): string {
  return escapeInline(text) || "—";
}
