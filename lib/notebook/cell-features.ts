import { canonicalName } from "./api-rules";
import type { Scope } from "./classify-context";
import type { Lexed } from "./python-lexer";
import { walk, type Statement } from "./python-statements";
import type { StepCategoryId } from "./taxonomy";

// What the learned layer (learned-model.ts) sees of a code cell: the lexer's facts as
// tokens that describe code rather than one notebook — resolved library calls
// (`pandas.read_csv`), method and attribute names, words of identifiers (`X_train` → x,
// train), keyword arguments, file extensions in strings, shell commands, the heading's
// words — plus what the rules decided (their winner and each category's share of the votes),
// so the model learns when to trust them. Values are 1 for a token; the rule shares are 0–1.

type Cat = StepCategoryId;
export type CellFeatures = Map<string, number>;

/** What the rules made of the cell, as the features see it. */
export type RuleView = {
  /** How the rules decided: "votes", "display", "fallback", "script", "magic". */
  route: string;
  category: Cat;
  votes: ReadonlyMap<Cat, number>;
  /** The nearest heading's text (not the notebook title), if any. */
  heading: string | null;
  /** The rules' category for the previous code cell. */
  previous: string | null;
};

const MAX_WORD = 24;
const EXTENSION = /\.([a-z0-9]{1,7})$/i;
/** Words too common in every kind of cell to say anything. */
const STOP = new Set(["the", "of", "to", "and", "in", "a", "is", "for", "on", "with", "we", "this", "it", "as", "be"]);

/** Names repeat across a notebook; their words are kept for the next cell (bounded). */
const wordCache = new Map<string, string[]>();
const WORD_CACHE_SIZE = 20_000;

/** `fetch_housing_data`, `trainModel`, `X_train` → their lower-case words. */
export function words(text: string): string[] {
  const cached = wordCache.get(text);
  if (cached) return cached;
  if (wordCache.size >= WORD_CACHE_SIZE) wordCache.clear();
  const out = splitWords(text);
  wordCache.set(text, out);
  return out;
}

function splitWords(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 2 && w.length <= MAX_WORD && !STOP.has(w) && !/^\d+$/.test(w));
}

export function cellFeatures(
  statements: readonly Statement[],
  lexed: Lexed,
  scope: Scope,
  rules: RuleView | null,
): CellFeatures {
  const f: CellFeatures = new Map();
  const add = (token: string) => f.set(token, 1);
  for (const s of walk(statements)) statementTokens(s, scope, add);
  for (const c of lexed.comments) for (const w of words(c.text)) add(`cw:${w}`);
  if (lexed.cellMagic) add(`mg:${lexed.cellMagic.name.toLowerCase()}`);
  const lines = lexed.codeLines;
  add(`size:${lines <= 1 ? "1" : lines <= 3 ? "2-3" : lines <= 10 ? "4-10" : lines <= 30 ? "11-30" : "31+"}`);
  if (rules) {
    add(`rule:${rules.category}`);
    add(`route:${rules.route}`);
    if (rules.route !== "votes") add(`rr:${rules.route}:${rules.category}`);
    let total = 0;
    for (const v of rules.votes.values()) total += Math.max(0, v);
    if (total > 0) for (const [c, v] of rules.votes) if (v > 0) f.set(`rv:${c}`, Math.round((v / total) * 1000) / 1000);
    if (rules.heading) for (const w of words(rules.heading)) add(`h:${w}`);
    if (rules.previous) add(`prev:${rules.previous}`);
  }
  return f;
}

function statementTokens(s: Statement, scope: Scope, add: (token: string) => void) {
  add(`k:${s.kind === "control" ? (s.keyword ?? "control") : s.kind}`);
  for (const b of s.imports) {
    const full = b.name ? `${b.module}.${b.name}` : b.module;
    add(`imp:${b.module.split(".")[0]}`);
    add(`imp:${canonicalName(full)}`);
  }
  for (const call of s.calls) {
    const last = call.path.at(-1) ?? call.root ?? "";
    const modulePath = call.root && call.direct ? scope.module(call.root) : undefined;
    if (modulePath !== undefined) {
      const dotted = canonicalName([modulePath, ...call.path].join("."));
      add(`call:${dotted}`);
      add(`lib:${dotted.split(".")[0]}`);
    } else if (call.path.length > 0) {
      add(`meth:${last}`);
      const made = call.root ? scope.symbol(call.root) : undefined;
      if (made?.category && made.cell !== scope.cell) add(`on:${made.category}:${last}`);
    } else if (call.root) {
      add(`fn:${call.root}`);
    }
    for (const w of words(last)) add(`w:${w}`);
    for (const k of call.kwargs) add(`kw:${k}`);
  }
  for (const a of s.attrs) {
    const last = a.path.at(-1);
    if (last) add(`attr:${last}`);
  }
  for (const name of s.names) {
    for (const w of words(name)) add(`w:${w}`);
    const made = scope.symbol(name);
    if (made?.category && made.cell !== scope.cell) add(`use:${made.category}`);
  }
  for (const t of s.targets) {
    for (const w of words(t.root)) add(`t:${w}`);
    if (t.subscript) add("t:subscript");
  }
  if (s.kind === "assign" || s.kind === "augassign") {
    if (s.arithmetic) add("v:arith");
    if (s.subscript) add("v:subscript");
    if (s.comparison) add("v:compare");
    if (s.literal) add("v:literal");
  }
  for (const str of s.strings) stringTokens(str, add);
  if (s.shell) {
    const [first = "", second = ""] = s.shell.command.trim().split(/\s+/);
    add(`sh:${first}`);
    if (second && !second.startsWith("-")) add(`sh:${first} ${second}`);
  }
  if (s.magic) add(`mg:${s.magic.name.toLowerCase()}`);
  if (s.def) for (const w of words(s.def.name)) add(`def:${w}`);
  if (s.cls) {
    for (const w of words(s.cls.name)) add(`def:${w}`);
    for (const b of s.cls.bases) add(`base:${b.split(".").at(-1) ?? b}`);
  }
}

function stringTokens(text: string, add: (token: string) => void) {
  const trimmed = text.trim();
  const scheme = /^([a-z][a-z0-9+]*):\/\//i.exec(trimmed);
  if (scheme?.[1]) add(`url:${scheme[1].toLowerCase()}`);
  const ext = EXTENSION.exec(trimmed);
  if (ext?.[1] && !/^\d+$/.test(ext[1])) add(`ext:${ext[1].toLowerCase()}`);
  // Short strings are column names, keys and labels; long ones are prose or code.
  if (trimmed.length <= 40) for (const w of words(trimmed)) add(`s:${w}`);
}
