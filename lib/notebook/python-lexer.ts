import { fStringFields } from "./fstring-fields";
import { PYTHON_BODY_MAGICS, readCellMagic, SHELL_BODY_MAGICS, shellBody, type CellMagic } from "./ipython-lines";
import {
  isDigit,
  isNameStart,
  isStringPrefixChar,
  nameEnd,
  NUMBER,
  operatorAt,
  STRING_START,
  type Token,
  type TokenKind,
} from "./python-tokens";
import { unixLineBreaks } from "./line-breaks";

// A small lexer for notebook Python: enough to tell code from comments and strings, to split
// logical lines (brackets and backslashes continue a line), and to pick out IPython's shell
// (`!cmd`, `x = !cmd`) and magic (`%cd`, `%%writefile f`) lines. It never fails: odd input
// gives odd tokens, not exceptions, since notebooks hold half-written code.

export type { CellMagic, Token, TokenKind };

type Span = { indent: number; start: number; end: number };
export type CodeLine = Span & { kind: "code"; tokens: Token[] };
export type ShellLine = Span & { kind: "shell"; command: string; target: string | null };
export type MagicLine = Span & { kind: "magic"; name: string; args: string; target: string | null };
export type LogicalLine = CodeLine | ShellLine | MagicLine;

export type Lexed = {
  lines: LogicalLine[];
  comments: { text: string; line: number }[];
  /** A `%%magic` on the first line; its body is lexed as Python or shell when the magic runs those. */
  cellMagic: CellMagic | null;
  /** Physical lines holding code (not blank, not only a comment), strings included. */
  codeLines: number;
  /** Which lines those are (0-based), to count the lines of each statement. */
  codeLineSet: ReadonlySet<number>;
  /** The deepest bracket nesting, for the nesting limit (limits.ts). */
  maxBracketDepth: number;
};

/**
 * `%time` in front of a Python statement runs it once and prints how long it took: the
 * statement is the work. (`%timeit` runs it many times to benchmark it; that stays a magic.)
 */
const TIMED_STATEMENT = /^%time\s+(?=\S)/;
/** `x = !cmd`, `a, b = %magic`: IPython assigns a shell or magic result. */
const ASSIGNED_ESCAPE = /^([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*=\s*([!%])/;

export function lexPython(source: string): Lexed {
  const text = unixLineBreaks(source);
  const magic = readCellMagic(text);
  if (!magic) return new Lexer(text, 0).run();
  const { cellMagic, bodyStart } = magic;
  const name = cellMagic.name;
  const isScriptShell = name === "script" && /^\s*(ba)?sh\b/.test(cellMagic.args);
  if (PYTHON_BODY_MAGICS.has(name)) {
    const body = new Lexer(cellMagic.body, bodyStart).run();
    return {
      ...body,
      cellMagic,
      codeLines: body.codeLines + 1,
      codeLineSet: new Set([cellMagic.line, ...body.codeLineSet]),
    };
  }
  if (SHELL_BODY_MAGICS.has(name) || isScriptShell) {
    const lines = shellBody(cellMagic.body, bodyStart);
    return { lines, comments: [], cellMagic, ...nonBlankLines(text), maxBracketDepth: 0 };
  }
  // %%writefile, %%html, %%sql, …: the body is not Python; callers read it as text.
  return { lines: [], comments: [], cellMagic, ...nonBlankLines(text), maxBracketDepth: 0 };
}

function nonBlankLines(text: string): { codeLines: number; codeLineSet: Set<number> } {
  const codeLineSet = new Set<number>();
  text.split("\n").forEach((line, i) => {
    if (line.trim() !== "") codeLineSet.add(i);
  });
  return { codeLines: codeLineSet.size, codeLineSet };
}

class Lexer {
  private i = 0;
  private line: number;
  private depth = 0;
  private maxDepth = 0;
  private tokens: Token[] = [];
  private lineStart = 0;
  private indent = 0;
  private readonly lines: LogicalLine[] = [];
  private readonly comments: { text: string; line: number }[] = [];
  private readonly codeLineSet = new Set<number>();
  /** A line known to be in codeLineSet: the last token's. */
  private lastCodeLine = -1;

  constructor(
    private readonly src: string,
    lineOffset: number,
  ) {
    this.line = lineOffset;
  }

  run(): Lexed {
    const src = this.src;
    let atLineStart = true;
    while (this.i < src.length) {
      if (atLineStart) {
        atLineStart = false;
        if (this.startLine()) {
          atLineStart = true;
          continue;
        }
        // A last line of only spaces: startLine went past them to the end.
        if (this.i >= src.length) break;
      }
      // Character codes, not one-character strings: this runs for every character outside tokens.
      const ch = src.charCodeAt(this.i);
      if (ch === 10 /* \n */) {
        this.i++;
        this.line++;
        if (this.depth === 0) {
          this.endLine();
          atLineStart = true;
        }
      } else if (ch === 92 /* \ */ && src.charCodeAt(this.i + 1) === 10) {
        this.i += 2;
        this.line++;
      } else if (ch === 32 || ch === 9 || ch === 12 || ch === 13 /* space, \t, \f, \r */) {
        this.i++;
      } else if (ch === 35 /* # */) {
        this.comment();
      } else {
        this.token();
      }
    }
    this.endLine();
    return {
      lines: this.lines,
      comments: this.comments,
      cellMagic: null,
      codeLines: this.codeLineSet.size,
      codeLineSet: this.codeLineSet,
      maxBracketDepth: this.maxDepth,
    };
  }

  /** At the start of a physical line outside brackets: blank, comment, shell or magic lines are consumed whole (true). */
  private startLine(): boolean {
    const src = this.src;
    let j = this.i;
    while (src[j] === " " || src[j] === "\t") j++;
    const ch = src[j];
    if (ch === undefined || ch === "\n") {
      this.i = j;
      return false;
    }
    const lineEnd = src.indexOf("\n", j);
    const rest = src.slice(j, lineEnd < 0 ? src.length : lineEnd);
    // Runs at every line: the pattern needs an "=", which most lines do not have.
    const assigned = rest.includes("=") ? ASSIGNED_ESCAPE.exec(rest) : null;
    // `%time result = model.evaluate(test)`: the statement after the magic is Python.
    const timed = ch === "%" && !assigned ? TIMED_STATEMENT.exec(rest) : null;
    if (timed) {
      this.i = j + timed[0].length;
      this.indent = j - this.lineStart;
      return false;
    }
    if (ch === "!" || ch === "%" || assigned) {
      const escape = assigned ? assigned[2] : ch;
      const body = assigned ? rest.slice(assigned[0].length - 1) : rest;
      this.escapeLine(j - this.i, escape === "!" ? "shell" : "magic", body, assigned?.[1] ?? null, j);
      return true;
    }
    this.i = j;
    this.indent = j - this.lineStart;
    return false;
  }

  /** A `!shell` or `%magic` line, with `\` continuations; `body` starts at the `!` or `%`. */
  private escapeLine(indent: number, kind: "shell" | "magic", first: string, target: string | null, from: number) {
    const start = this.line;
    let text = first.trimEnd();
    let end = this.src.indexOf("\n", from);
    while (text.endsWith("\\") && end >= 0) {
      const next = this.src.indexOf("\n", end + 1);
      const line = this.src.slice(end + 1, next < 0 ? this.src.length : next);
      text = `${text.slice(0, -1).trimEnd()} ${line.trim()}`;
      this.line++;
      end = next;
    }
    for (let l = start; l <= this.line; l++) this.codeLineSet.add(l);
    const span = { indent, start, end: this.line };
    if (kind === "shell") {
      this.lines.push({ kind, ...span, command: text.replace(/^!+/, "").trim(), target });
    } else {
      const match = /^%+([\w.-]*)\s*(.*)$/.exec(text);
      this.lines.push({ kind, ...span, name: match?.[1] ?? "", args: match?.[2] ?? "", target });
    }
    this.i = end < 0 ? this.src.length : end + 1;
    this.line++;
    this.lineStart = this.i;
  }

  private endLine() {
    if (this.tokens.length > 0) {
      const start = this.tokens[0]?.line ?? this.line;
      this.lines.push({
        kind: "code",
        tokens: this.tokens,
        indent: this.indent,
        start,
        end: Math.max(start, this.line - 1),
      });
    }
    this.tokens = [];
    this.depth = 0;
    this.lineStart = this.i;
  }

  private comment() {
    const end = this.src.indexOf("\n", this.i);
    const stop = end < 0 ? this.src.length : end;
    this.comments.push({ text: this.src.slice(this.i, stop), line: this.line });
    this.i = stop;
  }

  private push(kind: TokenKind, text: string, line: number, endLine = line) {
    this.tokens.push({ kind, text, line });
    // Most tokens share the line of the one before, which is in the set already.
    for (let l = line === this.lastCodeLine ? line + 1 : line; l <= endLine; l++) this.codeLineSet.add(l);
    this.lastCodeLine = endLine;
  }

  private token() {
    const src = this.src;
    const code = src.charCodeAt(this.i);
    // Dispatch on the first character: trying every pattern at every token is the lexer's main cost.
    if (code === 34 || code === 39) {
      const triple = src.charCodeAt(this.i + 1) === code && src.charCodeAt(this.i + 2) === code;
      this.string("", code === 34 ? (triple ? '"""' : '"') : triple ? "'''" : "'");
      return;
    }
    if (isNameStart(code)) {
      if (isStringPrefixChar(code)) {
        STRING_START.lastIndex = this.i;
        const str = STRING_START.exec(src);
        if (str) {
          this.string(str[1] ?? "", str[2] ?? '"');
          return;
        }
      }
      const end = nameEnd(src, this.i);
      this.push("name", src.slice(this.i, end), this.line);
      this.i = end;
      return;
    }
    if ((code >= 48 && code <= 57) || (code === 46 && isDigit(src.charCodeAt(this.i + 1)))) {
      NUMBER.lastIndex = this.i;
      const num = NUMBER.exec(src)?.[0] || src[this.i]!;
      this.push("number", num, this.line);
      this.i += num.length;
      return;
    }
    const op = operatorAt(src, this.i);
    if (op === "(" || op === "[" || op === "{") this.maxDepth = Math.max(this.maxDepth, ++this.depth);
    else if ((op === ")" || op === "]" || op === "}") && this.depth > 0) this.depth--;
    this.push("op", op, this.line);
    this.i += op.length;
  }

  private string(prefix: string, quote: string) {
    const src = this.src;
    const startLine = this.line;
    let j = this.i + prefix.length + quote.length;
    const contentStart = j;
    let contentEnd = -1;
    const triple = quote.length === 3;
    const q = quote.charCodeAt(0);
    // Character codes, as in run(): strings (docstrings, SQL, prompts) are much of a cell's text.
    while (j < src.length) {
      const ch = src.charCodeAt(j);
      // A backslash keeps the next character in the string, in raw strings too.
      if (ch === 92 /* \ */) {
        if (src.charCodeAt(j + 1) === 10) this.line++;
        j += 2;
        continue;
      }
      if (ch === 10 /* \n */) {
        if (!triple) break; // unterminated: the string ends with its line
        this.line++;
      } else if (ch === q && (!triple || (src.charCodeAt(j + 1) === q && src.charCodeAt(j + 2) === q))) {
        contentEnd = j;
        j += quote.length;
        break;
      }
      j++;
    }
    j = Math.min(j, src.length);
    const content = src.slice(contentStart, contentEnd >= 0 ? contentEnd : j);
    this.push("string", content, startLine, this.line);
    if (/f/i.test(prefix)) {
      const last = this.tokens[this.tokens.length - 1];
      if (last) last.fields = fStringFields(content);
    }
    this.i = j;
  }
}
