// Tokens of notebook Python and the small helpers every layer above the lexer uses.

export type TokenKind = "name" | "number" | "string" | "op";

export type Token = {
  kind: TokenKind;
  /** Names, numbers and operators as written; for strings, the content without prefix and quotes. */
  text: string;
  /** 0-based line in the cell where the token starts. */
  line: number;
  /** f-strings only: the source of each `{…}` replacement field, to be read as code. */
  fields?: string[];
};

export const KEYWORDS: ReadonlySet<string> = new Set([
  "False",
  "None",
  "True",
  "and",
  "as",
  "assert",
  "async",
  "await",
  "break",
  "class",
  "continue",
  "def",
  "del",
  "elif",
  "else",
  "except",
  "finally",
  "for",
  "from",
  "global",
  "if",
  "import",
  "in",
  "is",
  "lambda",
  "nonlocal",
  "not",
  "or",
  "pass",
  "raise",
  "return",
  "try",
  "while",
  "with",
  "yield",
]);

// ---- characters, for the lexer

const OPERATORS = [
  "**=",
  "//=",
  ">>=",
  "<<=",
  "...",
  "!=",
  "==",
  "<=",
  ">=",
  "->",
  ":=",
  "**",
  "//",
  "<<",
  ">>",
  "+=",
  "-=",
  "*=",
  "/=",
  "%=",
  "&=",
  "|=",
  "^=",
  "@=",
];
export const STRING_START = /([rRbBuUfF]{0,2})("""|'''|"|')/y;
export const NAME = /[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*/uy;
export const NUMBER =
  /(?:0[xX][\da-fA-F_]+|0[bB][01_]+|0[oO][0-7_]+|(?:\d[\d_]*\.?[\d_]*|\.\d[\d_]*)(?:[eE][+-]?\d[\d_]*)?[jJ]?)/y;
/** Operators by first character, longest first. */
const OPERATORS_BY_CHAR = new Map<string, string[]>();
for (const op of OPERATORS) OPERATORS_BY_CHAR.set(op[0]!, [...(OPERATORS_BY_CHAR.get(op[0]!) ?? []), op]);

export const isDigit = (code: number) => code >= 48 && code <= 57;
/** r, R, b, B, u, U, f, F: the characters of string prefixes. */
export const isStringPrefixChar = (code: number) =>
  code === 114 ||
  code === 82 ||
  code === 98 ||
  code === 66 ||
  code === 117 ||
  code === 85 ||
  code === 102 ||
  code === 70;
const isAsciiNameChar = (code: number) =>
  (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || isDigit(code) || code === 95;

/**
 * Where the name starting at `i` ends. ASCII names (nearly all) are scanned by hand; a name
 * with other characters is matched with NAME from its start, as every name once was (the
 * regex per name was the lexer's largest cost).
 */
export function nameEnd(src: string, i: number): number {
  let j = i;
  while (j < src.length && isAsciiNameChar(src.charCodeAt(j))) j++;
  if (j > i && !(j < src.length && src.charCodeAt(j) > 127)) return j;
  NAME.lastIndex = i;
  return i + (NAME.exec(src)?.[0].length ?? 1);
}
/** ASCII letters and "_", or any non-ASCII character (Python allows Unicode identifiers). */
export const isNameStart = (code: number) =>
  (code >= 65 && code <= 90) ||
  (code >= 97 && code <= 122) ||
  code === 95 ||
  (code > 127 && /[\p{L}\p{Nl}]/u.test(String.fromCharCode(code)));

export function operatorAt(src: string, i: number): string {
  const ch = src[i]!;
  const candidates = OPERATORS_BY_CHAR.get(ch);
  if (candidates) for (const op of candidates) if (src.startsWith(op, i)) return op;
  return ch;
}

// ---- token runs, for the layers above

export const OPEN: ReadonlySet<string> = new Set(["(", "[", "{"]);
export const CLOSE: ReadonlySet<string> = new Set([")", "]", "}"]);

/** Index of the bracket closing the one at `open` (or the end). */
export function closing(tokens: Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "op") continue;
    if (OPEN.has(t.text)) depth++;
    else if (CLOSE.has(t.text) && --depth === 0) return i;
  }
  return tokens.length;
}

/**
 * Splits at `separator` outside brackets; empty parts are dropped. Parts are read, never
 * changed: with no separator at the top (most calls: every logical line is split at ";"),
 * the one part is `tokens` itself, not a copy.
 */
export function splitTop(tokens: Token[], separator: string): Token[][] {
  let at = topIndex(tokens, separator, 0);
  if (at < 0) return tokens.length > 0 ? [tokens] : [];
  const parts: Token[][] = [];
  // Brackets are balanced again at a top-level separator, so each search starts at depth 0.
  for (let from = 0; ; at = topIndex(tokens, separator, from)) {
    const end = at < 0 ? tokens.length : at;
    if (end > from) parts.push(tokens.slice(from, end));
    if (at < 0) return parts;
    from = at + 1;
  }
}

/** The first `separator` outside brackets from `from` on, or -1. */
function topIndex(tokens: Token[], separator: string, from: number): number {
  let depth = 0;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "op") continue;
    if (OPEN.has(t.text)) depth++;
    else if (CLOSE.has(t.text)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && t.text === separator) return i;
  }
  return -1;
}
