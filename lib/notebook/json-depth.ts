/**
 * True when `text` nests JSON arrays and objects deeper than `max`, not counting brackets in
 * strings. One pass, no allocation: it runs before JSON.parse, whose cost for a deeply nested
 * document is out of proportion to its size. Most of a notebook's bytes are inside strings
 * (sources, outputs, base64 images), so a string is skipped with indexOf to its closing quote
 * (native, many times faster than a loop over its characters); a quote after an odd run of
 * backslashes is escaped and the search goes on.
 */
export function exceedsJsonDepth(text: string, max: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 34 /* " */) {
      i = closingQuote(text, i + 1);
      if (i < 0) return false;
    } else if (ch === 123 /* { */ || ch === 91 /* [ */) {
      if (++depth > max) return true;
    } else if (ch === 125 /* } */ || ch === 93 /* ] */) depth--;
  }
  return false;
}

/** The index of the quote that closes a string starting at `from`, or -1 when it is not closed. */
function closingQuote(text: string, from: number): number {
  for (let q = text.indexOf('"', from); q >= 0; q = text.indexOf('"', q + 1)) {
    let backslashes = 0;
    while (q - 1 - backslashes >= from && text.charCodeAt(q - 1 - backslashes) === 92 /* \ */) backslashes++;
    if (backslashes % 2 === 0) return q;
  }
  return -1;
}
