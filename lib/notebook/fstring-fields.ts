// f-strings hold code: `f"{accuracy_score(y, p):.3f}"` calls a metric. We read the
// expressions of their replacement fields, without `!r` conversions and `:spec` formats.

/** The expressions of an f-string's `{…}` fields, without `!r` conversions and `:spec` formats. */
export function fStringFields(content: string): string[] {
  const fields: string[] = [];
  for (let i = 0; i < content.length; i++) {
    if (content[i] !== "{") continue;
    if (content[i + 1] === "{") {
      i++;
      continue;
    }
    let depth = 0;
    let quote: string | null = null;
    let end = -1;
    let exprEnd = -1;
    for (let j = i + 1; j < content.length; j++) {
      const ch = content[j] as string;
      if (quote) {
        if (ch === quote) quote = null;
        continue;
      }
      if (ch === "'" || ch === '"') quote = ch;
      else if (ch === "(" || ch === "[" || ch === "{") depth++;
      else if ((ch === ")" || ch === "]") && depth > 0) depth--;
      else if (ch === "}") {
        if (depth === 0) {
          end = j;
          break;
        }
        depth--;
      } else if (depth === 0 && exprEnd < 0 && (ch === ":" || (ch === "!" && content[j + 1] !== "="))) exprEnd = j;
    }
    if (end < 0) break;
    const expr = content
      .slice(i + 1, exprEnd >= 0 ? exprEnd : end)
      .replace(/=\s*$/, "")
      .trim();
    if (expr) fields.push(expr);
    i = end;
  }
  return fields;
}
