import { canonicalName } from "./api-rules";
import type { Scope } from "./classify-context";
import type { Lexed } from "./python-lexer";
import { walk, type Statement } from "./python-statements";
import { STEP_CATEGORY_IDS, type StepCategoryId } from "./taxonomy";

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

// Tokens are made once per prefix and name, not per cell: a fresh `w:${word}` string has to
// be built and hashed for every Map it goes into, a kept one only compared. Building and
// hashing new strings was most of what the features cost per cell (bench:notebook).
const tokenCache = new Map<string, Map<string, string>>();
const wordTokenCache = new Map<string, Map<string, readonly string[]>>();

function cacheFor<V>(caches: Map<string, Map<string, V>>, prefix: string): Map<string, V> {
  let cache = caches.get(prefix);
  if (!cache) caches.set(prefix, (cache = new Map()));
  else if (cache.size >= WORD_CACHE_SIZE) cache.clear();
  return cache;
}

/** `prefix:name`, the same string each time. */
function token(prefix: string, name: string): string {
  const cache = cacheFor(tokenCache, prefix);
  let t = cache.get(name);
  if (t === undefined) cache.set(name, (t = `${prefix}:${name}`));
  return t;
}

/** `prefix:word` for each word of `text`, the same strings each time. */
function wordTokens(prefix: string, text: string): readonly string[] {
  const cache = cacheFor(wordTokenCache, prefix);
  let t = cache.get(text);
  if (t === undefined) cache.set(text, (t = words(text).map((w) => `${prefix}:${w}`)));
  return t;
}

/** The feature that carries the rules' share of the votes for a category. */
export function ruleVoteFeature(category: Cat): string {
  return RULE_VOTE_FEATURES.get(category) ?? `rv:${category}`;
}
const RULE_VOTE_FEATURES = new Map(STEP_CATEGORY_IDS.map((c) => [c, `rv:${c}`]));

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
  const add = (t: string) => f.set(t, 1);
  for (const s of walk(statements)) statementTokens(s, scope, add);
  for (const c of lexed.comments) for (const t of wordTokens("cw", c.text)) add(t);
  if (lexed.cellMagic) add(token("mg", lexed.cellMagic.name.toLowerCase()));
  const lines = lexed.codeLines;
  add(token("size", lines <= 1 ? "1" : lines <= 3 ? "2-3" : lines <= 10 ? "4-10" : lines <= 30 ? "11-30" : "31+"));
  if (rules) {
    add(token("rule", rules.category));
    add(token("route", rules.route));
    if (rules.route !== "votes") add(token("rr", `${rules.route}:${rules.category}`));
    let total = 0;
    for (const v of rules.votes.values()) total += Math.max(0, v);
    if (total > 0)
      for (const [c, v] of rules.votes) if (v > 0) f.set(ruleVoteFeature(c), Math.round((v / total) * 1000) / 1000);
    if (rules.heading) for (const t of wordTokens("h", rules.heading)) add(t);
    if (rules.previous) add(token("prev", rules.previous));
  }
  return f;
}

function statementTokens(s: Statement, scope: Scope, add: (token: string) => void) {
  add(token("k", s.kind === "control" ? (s.keyword ?? "control") : s.kind));
  for (const b of s.imports) {
    const full = b.name ? `${b.module}.${b.name}` : b.module;
    add(token("imp", b.module.split(".")[0] ?? ""));
    add(token("imp", canonicalName(full)));
  }
  for (const call of s.calls) {
    const last = call.path.at(-1) ?? call.root ?? "";
    const modulePath = call.root && call.direct ? scope.module(call.root) : undefined;
    if (modulePath !== undefined) {
      const dotted = canonicalName([modulePath, ...call.path].join("."));
      add(token("call", dotted));
      add(token("lib", dotted.split(".")[0] ?? ""));
    } else if (call.path.length > 0) {
      add(token("meth", last));
      const made = call.root ? scope.symbol(call.root) : undefined;
      if (made?.category && made.cell !== scope.cell) add(token("on", `${made.category}:${last}`));
    } else if (call.root) {
      add(token("fn", call.root));
    }
    for (const t of wordTokens("w", last)) add(t);
    for (const k of call.kwargs) add(token("kw", k));
  }
  for (const a of s.attrs) {
    const last = a.path.at(-1);
    if (last) add(token("attr", last));
  }
  for (const name of s.names) {
    for (const t of wordTokens("w", name)) add(t);
    const made = scope.symbol(name);
    if (made?.category && made.cell !== scope.cell) add(token("use", made.category));
  }
  for (const t of s.targets) {
    for (const w of wordTokens("t", t.root)) add(w);
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
    add(token("sh", first));
    if (second && !second.startsWith("-")) add(token("sh", `${first} ${second}`));
  }
  if (s.magic) add(token("mg", s.magic.name.toLowerCase()));
  if (s.def) for (const t of wordTokens("def", s.def.name)) add(t);
  if (s.cls) {
    for (const t of wordTokens("def", s.cls.name)) add(t);
    for (const b of s.cls.bases) add(token("base", b.split(".").at(-1) ?? b));
  }
}

function stringTokens(text: string, add: (token: string) => void) {
  const trimmed = text.trim();
  const scheme = /^([a-z][a-z0-9+]*):\/\//i.exec(trimmed);
  if (scheme?.[1]) add(token("url", scheme[1].toLowerCase()));
  const ext = EXTENSION.exec(trimmed);
  if (ext?.[1] && !/^\d+$/.test(ext[1])) add(token("ext", ext[1].toLowerCase()));
  // Short strings are column names, keys and labels; long ones are prose or code.
  if (trimmed.length <= 40) for (const t of wordTokens("s", trimmed)) add(t);
}
