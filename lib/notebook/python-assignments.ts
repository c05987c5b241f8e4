import { CLOSE, closing, KEYWORDS, OPEN, splitTop, type Token } from "./python-tokens";

// Assignments: what is assigned (names, attributes, subscripts, tuples) and the shape of the
// value (a constant? arithmetic? an indexing? a comparison?), which the classifier reads.

export type Target = { root: string; path: string[]; subscript: boolean };
export type Assignment = { targets: Target[]; targetTokens: Token[][]; value: Token[]; augmented: boolean };
type ValueShape = { literal: boolean; arithmetic: boolean; subscript: boolean; comparison: boolean };

const ASSIGN_OPS = new Set(["+=", "-=", "*=", "/=", "//=", "%=", "**=", ">>=", "<<=", "&=", "|=", "^=", "@="]);
const ARITHMETIC = new Set(["+", "-", "*", "/", "//", "**", "%"]);
const COMPARISON = new Set(["<", ">", "<=", ">=", "==", "!="]);
/** A "[" after a name, a call or another subscript indexes; elsewhere it starts a list. */
const isIndexed = (prev: Token | undefined) =>
  prev !== undefined &&
  ((prev.kind === "name" && !KEYWORDS.has(prev.text)) ||
    prev.text === ")" ||
    prev.text === "]" ||
    prev.kind === "string");
const LITERAL_OPS = new Set(["(", ")", "[", "]", "{", "}", ",", ":", "-", "+"]);

function isLiteralToken(t: Token): boolean {
  if (t.kind === "string") return !t.fields?.length;
  if (t.kind === "number") return true;
  if (t.kind === "op") return LITERAL_OPS.has(t.text);
  return t.text === "True" || t.text === "False" || t.text === "None";
}

export function valueShape(value: Token[]): ValueShape {
  // One pass for the four questions (every assignment asks them).
  let literal = value.length > 0;
  let arithmetic = false;
  let comparison = false;
  let subscript = false;
  for (let i = 0; i < value.length; i++) {
    const t = value[i] as Token;
    if (literal && !isLiteralToken(t)) literal = false;
    if (t.kind !== "op") continue;
    if (ARITHMETIC.has(t.text)) arithmetic = true;
    else if (COMPARISON.has(t.text)) comparison = true;
    else if (t.text === "[" && isIndexed(value[i - 1])) subscript = true;
  }
  return { literal, arithmetic, comparison, subscript };
}

/** The assignment in a statement: targets before the last top-level "=", or an augmented op. */
export function findAssign(tokens: Token[]): Assignment | null {
  let depth = 0;
  const cuts: number[] = [];
  let annotation = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "op") {
      if (depth === 0 && t.kind === "name" && t.text === "lambda") break;
      continue;
    }
    if (OPEN.has(t.text)) depth++;
    else if (CLOSE.has(t.text)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && t.text === "=") cuts.push(i);
    else if (depth === 0 && ASSIGN_OPS.has(t.text)) {
      return {
        targets: targetsOf(tokens.slice(0, i)),
        targetTokens: [tokens.slice(0, i)],
        value: tokens.slice(i + 1),
        augmented: true,
      };
    } else if (depth === 0 && t.text === ":" && annotation < 0 && cuts.length === 0) annotation = i;
  }
  const last = cuts[cuts.length - 1];
  if (last === undefined) return null;
  const segments: Token[][] = [];
  const targets: Target[] = [];
  let from = 0;
  for (const cut of cuts) {
    const segment = tokens.slice(from, annotation >= 0 && from === 0 ? annotation : cut);
    segments.push(segment);
    targets.push(...targetsOf(segment));
    from = cut + 1;
  }
  return {
    targets,
    targetTokens: segments,
    value: tokens.slice(last + 1),
    augmented: false,
  };
}

export function targetsOf(tokens: Token[]): Target[] {
  const out: Target[] = [];
  for (const part of splitTop(tokens, ",")) {
    const first = part[0];
    if (!first) continue;
    if (first.kind === "op" && (first.text === "(" || first.text === "[")) {
      out.push(...targetsOf(part.slice(1, closing(part, 0))));
      continue;
    }
    const head = first.text === "*" ? part.slice(1) : part;
    if (head[0]?.kind !== "name") continue;
    const path: string[] = [];
    let subscript = false;
    for (let i = 1; i < head.length; i++) {
      const t = head[i] as Token;
      if (t.text === "." && head[i + 1]?.kind === "name") path.push(head[++i]?.text ?? "");
      else if (t.text === "[") {
        subscript = true;
        i = closing(head, i);
      } else break;
    }
    out.push({ root: head[0].text, path, subscript });
  }
  return out;
}
