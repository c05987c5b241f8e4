/**
 * `\r\n` and lone `\r` as `\n`. Nearly every text has none, and looking for a `\r` costs less
 * than a replace that finds nothing (this runs for every cell, and every f-string field).
 */
export function unixLineBreaks(text: string): string {
  return text.includes("\r") ? text.replace(/\r\n?/g, "\n") : text;
}
