// Escaping user text for GFM: nothing a user types may become markup, HTML or a table break.

/** Inline text (a heading, a list item): Markdown punctuation and `<` escaped, newlines to spaces. */
export function escapeInline(_text: string): string {
  throw new Error("not yet");
}

/** A table cell: as inline, with `|` escaped too. */
export function escapeCell(_text: string): string {
  throw new Error("not yet");
}
