import { lexPython } from "./python-lexer";
import { CLOSE, KEYWORDS, OPEN, type Token } from "./python-tokens";

// What a run of tokens reads: dotted calls (`pd.read_csv(…)`, `….fit(…)`), attribute reads,
// root names and string literals, f-string fields included.

/** A dotted reference: `pd.read_csv` is root "pd", path ["read_csv"]. After a call or a
 * subscript the chain goes on with `direct` false: `df["a"].value_counts()` is root "df",
 * path ["value_counts"], direct false. Root is null when the chain starts at a literal. */
export type Ref = { root: string | null; path: string[]; direct: boolean; line: number };
export type Call = Ref & { kwargs: string[]; strArgs: string[]; argNames: string[] };
/**
 * What a statement reads; Statement extends it. `equated`: the names right beside an `==` or
 * `!=` (`np.mean(y_pred == y)` compares a model's predictions with the labels).
 */
export type Refs = { calls: Call[]; attrs: Ref[]; names: string[]; strings: string[]; equated: string[] };

/** `[root, ...path].join(".")`, without making the array (it runs for every call the classifier reads). */
export function dottedName(root: string | null, path: readonly string[]): string {
  return path.length === 0 ? (root ?? "") : `${root ?? ""}.${path.join(".")}`;
}

/** Records the calls, attribute reads, names and strings of a token run into `s`. */
export function collect(s: Refs, tokens: Token[]) {
  // Made on the first dotted chain: most token runs have none.
  let consumed: Set<number> | null = null;
  // Closing brackets found once: scanning for them at every call would make `f(g(h(…)))`
  // quadratic in its depth.
  const match = matchingBrackets(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind === "string") {
      s.strings.push(t.text);
      for (const field of t.fields ?? []) collectCode(s, field);
      continue;
    }
    if (t.kind === "op" && (t.text === "==" || t.text === "!=")) {
      const before = tokens[i - 1];
      const after = tokens[i + 1];
      if (before?.kind === "name") s.equated.push(before.text);
      if (after?.kind === "name") s.equated.push(after.text);
      continue;
    }
    if (t.kind !== "name" || consumed?.has(i) || KEYWORDS.has(t.text)) continue;
    const prev = tokens[i - 1];
    const afterDot = prev?.kind === "op" && prev.text === ".";
    // A keyword argument's name is not a read.
    if (prev && (prev.text === "(" || prev.text === ",") && tokens[i + 1]?.text === "=" && tokens[i + 2]?.text !== "=")
      continue;
    const root = afterDot ? null : t.text;
    if (root !== null) s.names.push(root);
    let path: string[] = afterDot ? [t.text] : [];
    let direct = !afterDot;
    let j = i + 1;
    for (;;) {
      const next = tokens[j];
      if (next?.text === "." && tokens[j + 1]?.kind === "name") {
        path.push(tokens[j + 1]?.text ?? "");
        (consumed ??= new Set()).add(j + 1);
        j += 2;
      } else if (next?.kind === "op" && next.text === "(") {
        const end = match[j] as number;
        const { kwargs, strArgs, argNames } = callArgs(tokens, j + 1, end, match);
        s.calls.push({ root, path: [...path], direct, line: next.line, kwargs, strArgs, argNames });
        j = end + 1;
        direct = false;
        path = [];
      } else if (next?.kind === "op" && next.text === "[" && (path.length > 0 || root !== null)) {
        if (path.length > 0) s.attrs.push({ root, path: [...path], direct, line: next.line });
        j = (match[j] as number) + 1;
        direct = false;
        path = [];
      } else break;
    }
    if (path.length > 0) s.attrs.push({ root, path, direct, line: t.line });
  }
  s.names = unique(s.names);
}

/** The list without repeats, first occurrences in order (`[...new Set(list)]`). */
function unique(list: string[]): string[] {
  // Most statements read a few names: a scan beats building a Set for them.
  if (list.length > 16) return [...new Set(list)];
  const out: string[] = [];
  for (const x of list) if (!out.includes(x)) out.push(x);
  return out;
}

/** Reads code held in a string (an f-string field) into `s`. */
function collectCode(s: Refs, source: string) {
  for (const line of lexPython(source).lines) if (line.kind === "code") collect(s, line.tokens);
}

/**
 * For each opening bracket, the index of the bracket that closes it (any kind, as `closing`
 * counts them), or `tokens.length` when it is never closed.
 */
function matchingBrackets(tokens: Token[]): readonly number[] {
  // A plain array, made at the first bracket (many runs have none; only brackets are looked
  // up): a small typed array costs more to allocate than it saves (one per statement).
  let match: number[] | null = null;
  const open: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.kind !== "op") continue;
    if (OPEN.has(t.text)) {
      match ??= new Array<number>(tokens.length).fill(tokens.length);
      open.push(i);
    } else if (CLOSE.has(t.text) && open.length > 0 && match) match[open.pop() as number] = i;
  }
  return match ?? NO_BRACKETS;
}

const NO_BRACKETS: readonly number[] = [];

/** The arguments `tokens[from..to)` of a call, split at top-level commas; nested brackets are skipped whole. */
function callArgs(
  tokens: Token[],
  from: number,
  to: number,
  match: readonly number[],
): { kwargs: string[]; strArgs: string[]; argNames: string[] } {
  const kwargs: string[] = [];
  const strArgs: string[] = [];
  const argNames: string[] = [];
  let start = from;
  for (let k = from; k <= to; k++) {
    const t = tokens[k];
    if (k < to && t && !(t.kind === "op" && t.text === ",")) {
      if (t.kind === "op" && OPEN.has(t.text)) k = Math.min(match[k] as number, to - 1);
      continue;
    }
    const a = tokens[start];
    const b = start + 1 < k ? tokens[start + 1] : undefined;
    if (k > start) {
      if (a?.kind === "name" && b?.text === "=") kwargs.push(a.text);
      else if (a?.kind === "string") strArgs.push(a.text);
      else if (a?.kind === "name" && k - start === 1) argNames.push(a.text);
    }
    start = k + 1;
  }
  return { kwargs, strArgs, argNames };
}

export function mergeRefs(into: Refs, ...from: Refs[]) {
  for (const s of from) {
    into.calls.push(...s.calls);
    into.attrs.push(...s.attrs);
    into.names = unique(into.names.concat(s.names));
    into.strings.push(...s.strings);
    into.equated.push(...s.equated);
  }
}
