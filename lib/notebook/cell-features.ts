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
class Prefix {
  private readonly tokens = new Map<string, string>();
  private readonly wordTokens = new Map<string, readonly string[]>();

  constructor(private readonly prefix: string) {}

  /** `prefix:name`, the same string each time. */
  token(name: string): string {
    let t = this.tokens.get(name);
    if (t === undefined) {
      if (this.tokens.size >= WORD_CACHE_SIZE) this.tokens.clear();
      this.tokens.set(name, (t = `${this.prefix}:${name}`));
    }
    return t;
  }

  /** `prefix:word` for each word of `text`, the same strings each time. */
  words(text: string): readonly string[] {
    let t = this.wordTokens.get(text);
    if (t === undefined) {
      if (this.wordTokens.size >= WORD_CACHE_SIZE) this.wordTokens.clear();
      this.wordTokens.set(text, (t = words(text).map((w) => `${this.prefix}:${w}`)));
    }
    return t;
  }
}

/** Every prefix the features use, each with its tokens. */
const prefix = {
  attr: new Prefix("attr"),
  base: new Prefix("base"),
  call: new Prefix("call"),
  cw: new Prefix("cw"),
  def: new Prefix("def"),
  ext: new Prefix("ext"),
  fn: new Prefix("fn"),
  h: new Prefix("h"),
  imp: new Prefix("imp"),
  k: new Prefix("k"),
  kw: new Prefix("kw"),
  lib: new Prefix("lib"),
  meth: new Prefix("meth"),
  mg: new Prefix("mg"),
  on: new Prefix("on"),
  prev: new Prefix("prev"),
  route: new Prefix("route"),
  rr: new Prefix("rr"),
  rule: new Prefix("rule"),
  s: new Prefix("s"),
  sh: new Prefix("sh"),
  size: new Prefix("size"),
  t: new Prefix("t"),
  url: new Prefix("url"),
  use: new Prefix("use"),
  w: new Prefix("w"),
};

/** `sklearn.svm.SVC` → `sklearn` (what `split(".")[0]` gives, without the list). */
function rootOf(dotted: string): string {
  const dot = dotted.indexOf(".");
  return dot < 0 ? dotted : dotted.slice(0, dot);
}

/** The feature of a cell the rules read as a bare display of an earlier result. */
export const DISPLAY_ROUTE = "route:display";

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
  reads?: number[],
  uses?: number[],
): CellFeatures {
  const f: CellFeatures = new Map();
  for (const s of walk(statements)) statementTokens(s, scope, f, reads, uses);
  for (const c of lexed.comments) for (const t of prefix.cw.words(c.text)) f.set(t, 1);
  if (lexed.cellMagic) f.set(prefix.mg.token(lexed.cellMagic.name.toLowerCase()), 1);
  const lines = lexed.codeLines;
  f.set(
    prefix.size.token(lines <= 1 ? "1" : lines <= 3 ? "2-3" : lines <= 10 ? "4-10" : lines <= 30 ? "11-30" : "31+"),
    1,
  );
  if (rules) {
    f.set(prefix.rule.token(rules.category), 1);
    f.set(prefix.route.token(rules.route), 1);
    if (rules.route !== "votes") f.set(prefix.rr.token(`${rules.route}:${rules.category}`), 1);
    let total = 0;
    for (const v of rules.votes.values()) total += Math.max(0, v);
    if (total > 0)
      for (const [c, v] of rules.votes) if (v > 0) f.set(ruleVoteFeature(c), Math.round((v / total) * 1000) / 1000);
    if (rules.heading) for (const t of prefix.h.words(rules.heading)) f.set(t, 1);
    if (rules.previous) f.set(prefix.prev.token(rules.previous), 1);
  }
  return f;
}

/**
 * `reads` collects the earlier cells of constants (`SymbolInfo.constant`) whose names the
 * statement reads or writes into, for forward-flow.ts (repeats are left for it to skip).
 */
function statementTokens(
  s: Statement,
  scope: Scope,
  f: CellFeatures,
  reads: number[] | undefined,
  uses: number[] | undefined,
) {
  f.set(prefix.k.token(s.kind === "control" ? (s.keyword ?? "control") : s.kind), 1);
  for (const b of s.imports) {
    const full = b.name ? `${b.module}.${b.name}` : b.module;
    f.set(prefix.imp.token(rootOf(b.module)), 1);
    f.set(prefix.imp.token(canonicalName(full)), 1);
  }
  for (const call of s.calls) {
    const last = call.path.at(-1) ?? call.root ?? "";
    const called = scope.libraryCall(call);
    if (called !== undefined) {
      const dotted = canonicalName(called);
      f.set(prefix.call.token(dotted), 1);
      f.set(prefix.lib.token(rootOf(dotted)), 1);
    } else if (call.path.length > 0) {
      f.set(prefix.meth.token(last), 1);
      const made = call.root ? scope.symbol(call.root) : undefined;
      if (made?.category && made.cell !== scope.cell) f.set(prefix.on.token(`${made.category}:${last}`), 1);
    } else if (call.root) {
      f.set(prefix.fn.token(call.root), 1);
    }
    for (const t of prefix.w.words(last)) f.set(t, 1);
    for (const k of call.kwargs) f.set(prefix.kw.token(k), 1);
  }
  for (const a of s.attrs) {
    const last = a.path.at(-1);
    if (last) f.set(prefix.attr.token(last), 1);
  }
  for (const name of s.names) {
    for (const t of prefix.w.words(name)) f.set(t, 1);
    const made = scope.symbol(name);
    if (made?.category && made.cell !== scope.cell) f.set(prefix.use.token(made.category), 1);
    if (made?.constant && made.cell !== scope.cell) reads?.push(made.cell);
    if (made && made.cell !== scope.cell) uses?.push(made.cell);
  }
  for (const t of s.targets) {
    for (const w of prefix.t.words(t.root)) f.set(w, 1);
    if (t.subscript) f.set("t:subscript", 1);
    // `models[name] = m`, `cfg.lr = 0.1`: writing into an earlier cell's object uses it too.
    if (reads && (t.subscript || t.path.length > 0)) {
      const made = scope.symbol(t.root);
      if (made?.constant && made.cell !== scope.cell) reads.push(made.cell);
    }
  }
  if (s.kind === "assign" || s.kind === "augassign") {
    if (s.arithmetic) f.set("v:arith", 1);
    if (s.subscript) f.set("v:subscript", 1);
    if (s.comparison) f.set("v:compare", 1);
    if (s.literal) f.set("v:literal", 1);
  }
  for (const str of s.strings) stringTokens(str, f);
  if (s.shell) {
    const [first = "", second = ""] = s.shell.command.trim().split(/\s+/);
    f.set(prefix.sh.token(first), 1);
    if (second && !second.startsWith("-")) f.set(prefix.sh.token(`${first} ${second}`), 1);
  }
  if (s.magic) f.set(prefix.mg.token(s.magic.name.toLowerCase()), 1);
  if (s.def) for (const t of prefix.def.words(s.def.name)) f.set(t, 1);
  if (s.cls) {
    for (const t of prefix.def.words(s.cls.name)) f.set(t, 1);
    for (const b of s.cls.bases) f.set(prefix.base.token(b.split(".").at(-1) ?? b), 1);
  }
}

function stringTokens(text: string, f: CellFeatures) {
  const trimmed = text.trim();
  const scheme = /^([a-z][a-z0-9+]*):\/\//i.exec(trimmed);
  if (scheme?.[1]) f.set(prefix.url.token(scheme[1].toLowerCase()), 1);
  const ext = EXTENSION.exec(trimmed);
  if (ext?.[1] && !/^\d+$/.test(ext[1])) f.set(prefix.ext.token(ext[1].toLowerCase()), 1);
  // Short strings are column names, keys and labels; long ones are prose or code.
  if (trimmed.length <= 40) for (const t of prefix.s.words(trimmed)) f.set(t, 1);
}
