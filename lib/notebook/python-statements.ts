import { findAssign, targetsOf, valueShape, type Target } from "./python-assignments";
import { MAX_PYTHON_BLOCK_DEPTH } from "./limits";
import { lexPython, type Lexed, type LogicalLine } from "./python-lexer";
import { collect, mergeRefs, type Refs } from "./python-refs";
import { headerColon, params, parseImport, type ImportBinding } from "./python-headers";
import { closing, KEYWORDS, splitTop, type Token } from "./python-tokens";

// Statements from the lexer's logical lines: what each one imports, calls, reads and
// assigns, nested into blocks by indentation. This is the "facts" layer the classifier reads;
// it knows Python's shape but nothing about ML.

export type { ImportBinding } from "./python-headers";
export type { Call, Ref } from "./python-refs";
export type { Target } from "./python-assignments";

export type StatementKind =
  | "import"
  | "def"
  | "class"
  | "decorator"
  | "assign"
  | "augassign"
  | "expr"
  | "control"
  | "return"
  | "assert"
  | "shell"
  | "magic"
  | "other";

export type Statement = Refs & {
  kind: StatementKind;
  /** The leading keyword of control statements (for, if, with, try, while, del, raise…). */
  keyword: string | null;
  indent: number;
  start: number;
  end: number;
  /** Physical code lines, without blank and comment-only lines. */
  lines: number;
  imports: ImportBinding[];
  targets: Target[];
  def: { name: string; params: string[] } | null;
  cls: { name: string; bases: string[] } | null;
  shell: { command: string; target: string | null } | null;
  magic: { name: string; args: string; target: string | null } | null;
  /** Statements nested under this one (the body of def, class, for, if, with…). */
  body: Statement[];
  /** The decorator statements above a def or class. */
  decorators: Statement[];
  /** Assignments only: the value is made of literals (a constant). */
  literal: boolean;
  /** Assignments only: arithmetic operators in the value (`a / b` makes a new quantity). */
  arithmetic: boolean;
  /** Assignments only: the value indexes something (`df[mask]`, `X[:100]`). */
  subscript: boolean;
  /** Assignments only: the value compares (`df[df.age > 0]`). */
  comparison: boolean;
};

/** Keywords that can start an expression statement. */
const EXPRESSION_KEYWORDS = new Set(["await", "lambda", "not", "None", "True", "False"]);
const COMPOUND = new Set([
  "if",
  "elif",
  "else",
  "for",
  "while",
  "try",
  "except",
  "finally",
  "with",
  "def",
  "class",
  "async",
  "match",
  "case",
]);

/** How deep a cell nests: blocks (by indentation, or compound statements on one line) and brackets. */
export type Nesting = { blocks: number; brackets: number };

/**
 * Lexes a cell and returns its statements as a block tree, with the lexer's output and how
 * deep it nests. Callers check the nesting against Python's own limits (nesting-limit.ts)
 * before they walk the tree, which they do recursively.
 */
export function parseStatements(source: string): { statements: Statement[]; lexed: Lexed; nesting: Nesting } {
  return parse(source, false);
}

function parse(source: string, inMagic: boolean): { statements: Statement[]; lexed: Lexed; nesting: Nesting } {
  const lexed = lexPython(source);
  const flat: Statement[] = [];
  for (const line of lexed.lines) flat.push(...lineStatements(line, lexed.codeLineSet, inMagic));
  const { top, depth } = nest(flat);
  return { statements: top, lexed, nesting: { blocks: depth, brackets: lexed.maxBracketDepth } };
}

/** Every statement of a tree, parents before children. */
export function walk(statements: readonly Statement[]): Statement[] {
  return walkInto(statements, []);
}

function walkInto(statements: readonly Statement[], out: Statement[]): Statement[] {
  for (const s of statements) {
    out.push(s);
    if (s.body.length > 0) walkInto(s.body, out);
  }
  return out;
}

function nest(flat: Statement[]): { top: Statement[]; depth: number } {
  const top: Statement[] = [];
  const stack: Statement[] = [];
  let depth = 0;
  let decorators: Statement[] = [];
  for (const statement of flat) {
    while (stack.length > 0 && (stack[stack.length - 1]?.indent ?? 0) >= statement.indent) stack.pop();
    if (statement.kind === "decorator") {
      decorators.push(statement);
      continue;
    }
    if (statement.kind === "def" || statement.kind === "class") statement.decorators = decorators;
    else (stack[stack.length - 1]?.body ?? top).push(...decorators);
    decorators = [];
    (stack[stack.length - 1]?.body ?? top).push(statement);
    if (opensBlock(statement)) depth = Math.max(depth, stack.push(statement));
  }
  top.push(...decorators);
  return { top, depth };
}

/** def, class and compound headers (if, for, with…) own the more-indented lines after them. */
function opensBlock(s: Statement): boolean {
  return (
    s.kind === "def" || s.kind === "class" || (s.kind === "control" && s.keyword !== null && COMPOUND.has(s.keyword))
  );
}

function empty(kind: StatementKind, indent: number, start: number, end: number, lines: number): Statement {
  return {
    kind,
    keyword: null,
    indent,
    start,
    end,
    lines,
    imports: [],
    targets: [],
    calls: [],
    attrs: [],
    names: [],
    strings: [],
    equated: [],
    def: null,
    cls: null,
    shell: null,
    magic: null,
    body: [],
    decorators: [],
    literal: false,
    arithmetic: false,
    subscript: false,
    comparison: false,
  };
}

function countLines(set: ReadonlySet<number>, start: number, end: number): number {
  let n = 0;
  for (let l = start; l <= end; l++) if (set.has(l)) n++;
  return Math.max(n, 1);
}

function lineStatements(line: LogicalLine, codeLines: ReadonlySet<number>, inMagic: boolean): Statement[] {
  const lines = countLines(codeLines, line.start, line.end);
  if (line.kind === "shell") {
    const s = empty("shell", line.indent, line.start, line.end, lines);
    s.shell = { command: line.command, target: line.target };
    return [s];
  }
  if (line.kind === "magic") {
    const s = empty("magic", line.indent, line.start, line.end, lines);
    s.magic = { name: line.name, args: line.args, target: line.target };
    // `%timeit model.predict(X)`: the rest of a benchmarking magic is Python, read for its refs
    // (a timing magic in it is not read further: `%timeit %timeit …` to any depth would be a
    // recursion per word). `%time stmt` gets here only assigned (`t = %time f()`): otherwise the
    // lexer reads its statement as Python.
    if (!inMagic && ["time", "timeit", "prun"].includes(line.name)) {
      const inner = parse(line.args, true).statements.flatMap((st) => walk([st]));
      for (const st of inner) mergeRefs(s, st);
    }
    return [s];
  }
  return simpleStatements(line.tokens, line.indent, line, lines, 0);
}

/**
 * A logical line: `;`-separated parts, and a compound header with its body on the same line.
 * `inline` counts the headers before this part on the line; past Python's block limit the
 * rest is left unread (a recursion per header otherwise), and the nesting check refuses it.
 */
function simpleStatements(
  tokens: Token[],
  indent: number,
  line: LogicalLine,
  lines: number,
  inline: number,
): Statement[] {
  if (inline > MAX_PYTHON_BLOCK_DEPTH) return [];
  const head = tokens[0];
  if (!(head?.kind === "name" && COMPOUND.has(head.text))) {
    const parts = splitTop(tokens, ";");
    if (parts.length > 1) {
      const out: Statement[] = [];
      for (const part of parts) out.push(...simpleStatements(part, indent, line, lines, inline));
      return out;
    }
  }
  const first = tokens[0];
  if (!first) return [];
  const start = first.line;
  const end = line.end;
  let keyword = first.kind === "name" && (KEYWORDS.has(first.text) || COMPOUND.has(first.text)) ? first.text : null;
  // `match`/`case` are keywords only as statement heads that end with ":".
  if ((keyword === "match" || keyword === "case") && tokens[tokens.length - 1]?.text !== ":") keyword = null;
  if (first.text === "@" && first.kind === "op") {
    const s = empty("decorator", indent, start, end, lines);
    collect(s, tokens.slice(1));
    return [s];
  }
  if (keyword === "import" || (keyword === "from" && tokens.some((t) => t.text === "import"))) {
    const s = empty("import", indent, start, end, lines);
    s.imports = parseImport(tokens);
    return [s];
  }
  if (keyword && COMPOUND.has(keyword)) {
    const colon = headerColon(tokens);
    const header = colon >= 0 ? tokens.slice(0, colon) : tokens;
    const rest = colon >= 0 ? tokens.slice(colon + 1) : [];
    const s = headerStatement(header, keyword, indent, start, end, lines);
    const body = rest.length > 0 ? simpleStatements(rest, indent + 1, line, lines, inline + 1) : [];
    return [s, ...body];
  }
  const kind = simpleKind(keyword);
  const s = empty(kind, indent, start, end, lines);
  s.keyword = kind === "control" ? keyword : null;
  const assign = findAssign(tokens);
  if (kind === "expr" && assign) {
    s.kind = assign.augmented ? "augassign" : "assign";
    s.targets = assign.targets;
    Object.assign(s, valueShape(assign.value));
    collect(s, assign.value);
    // Subscripts and attributes of targets are read too (`df[col] = …` reads `col`), the targets themselves are not.
    const inTargets: Refs = { calls: [], attrs: [], names: [], strings: [], equated: [] };
    for (const t of assign.targetTokens) collect(inTargets, t);
    const roots = new Set(assign.targets.map((t) => t.root));
    inTargets.names = inTargets.names.filter((n) => !roots.has(n));
    mergeRefs(s, inTargets);
  } else {
    collect(s, kind === "expr" ? tokens : tokens.slice(1));
  }
  return [s];
}

function simpleKind(keyword: string | null): StatementKind {
  if (keyword === "return" || keyword === "yield") return "return";
  if (keyword === "assert") return "assert";
  // del, raise, pass, break, continue, global, nonlocal
  if (keyword && !EXPRESSION_KEYWORDS.has(keyword)) return "control";
  return "expr";
}

function headerStatement(
  header: Token[],
  keyword: string,
  indent: number,
  start: number,
  end: number,
  lines: number,
): Statement {
  const isAsync = keyword === "async";
  const head = isAsync ? (header[1]?.text ?? "") : keyword;
  const rest = isAsync ? header.slice(2) : header.slice(1);
  if (head === "def") {
    const s = empty("def", indent, start, end, lines);
    s.def = { name: rest[0]?.text ?? "", params: params(rest.slice(1)) };
    collect(s, rest.slice(1));
    return s;
  }
  if (head === "class") {
    const s = empty("class", indent, start, end, lines);
    const bases = rest[1]?.text === "(" ? splitTop(rest.slice(2, closing(rest, 1)), ",") : [];
    s.cls = {
      name: rest[0]?.text ?? "",
      bases: bases.filter((b) => b[1]?.text !== "=").map((b) => b.map((t) => t.text).join("")),
    };
    collect(s, rest.slice(1));
    return s;
  }
  const s = empty("control", indent, start, end, lines);
  s.keyword = head;
  // `for a, b in x` and `with f() as g` bind names: record them as targets.
  if (head === "for") {
    const inAt = rest.findIndex((t) => t.text === "in" && t.kind === "name");
    s.targets = targetsOf(rest.slice(0, inAt < 0 ? rest.length : inAt));
    collect(s, inAt < 0 ? [] : rest.slice(inAt + 1));
  } else {
    const asAt = head === "with" ? rest.findIndex((t) => t.text === "as") : -1;
    if (asAt >= 0) s.targets = targetsOf(rest.slice(asAt + 1));
    collect(s, asAt >= 0 ? rest.slice(0, asAt) : rest);
  }
  return s;
}
