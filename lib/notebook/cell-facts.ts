import { writefileTarget } from "./written-file";
import { parseStatements, walk, type Call, type Ref } from "./python-statements";
import { unixLineBreaks } from "./line-breaks";

// A flat summary of what a cell's code does, for tests, debugging and the UI. The
// classifier reads the statement tree itself (python-statements.ts); this is its digest.

type CellFacts = {
  imports: { module: string; name: string | null; alias: string }[];
  /** Calls as written: `pd.read_csv`, `model.fit`, `….value_counts` (on a call result or subscript). */
  calls: string[];
  /** The method names of calls on objects: `fit`, `predict`. */
  methodCalls: string[];
  /** Attributes read without a call: `imputer.statistics_`, `df.shape`. */
  attributes: string[];
  /** Assignment targets: `df`, `df[…]`, `model.embedding.weight`. */
  assignments: string[];
  /** Line magics and the cell magic: `%matplotlib inline`, `%%writefile app.py`. */
  magics: string[];
  shellCommands: string[];
  /** A `%%writefile` cell's file and content. */
  writtenFile: { path: string; content: string } | null;
  decorators: string[];
  classes: { name: string; bases: string[] }[];
  functions: string[];
  /** Top-level expression statements (what a cell displays), as source text. */
  bareExpressions: string[];
  codeLines: number;
};

/** `pd.read_csv`; `housing….value_counts` after a call or subscript; `….join` on a literal. */
const dotted = (r: Ref) =>
  r.root && r.direct ? [r.root, ...r.path].join(".") : `${r.root ?? ""}….${r.path.join(".")}`;

export function extractFacts(source: string): CellFacts {
  const { statements, lexed } = parseStatements(source);
  const all = walk(statements);
  const lines = unixLineBreaks(source).split("\n");
  const magic = lexed.cellMagic;
  const calls: Call[] = all.flatMap((s) => s.calls);
  return {
    imports: all.flatMap((s) => s.imports.map(({ module, name, alias }) => ({ module, name, alias }))),
    calls: [...new Set(calls.map(dotted))],
    methodCalls: [
      ...new Set(calls.filter((c) => c.path.length > 0 && (!c.direct || c.root)).map((c) => c.path.at(-1) ?? "")),
    ],
    attributes: [...new Set(all.flatMap((s) => s.attrs.map(dotted)))],
    assignments: [
      ...new Set(
        all.flatMap((s) => s.targets.map((t) => `${[t.root, ...t.path].join(".")}${t.subscript ? "[…]" : ""}`)),
      ),
    ],
    magics: [
      ...(magic ? [`%%${magic.name}${magic.args ? ` ${magic.args}` : ""}`] : []),
      ...all.flatMap((s) => (s.magic ? [`%${s.magic.name}${s.magic.args ? ` ${s.magic.args}` : ""}`] : [])),
    ],
    shellCommands: all.flatMap((s) => (s.shell ? [s.shell.command] : [])),
    writtenFile:
      magic && (magic.name === "writefile" || magic.name === "file")
        ? { path: writefileTarget(magic.args), content: magic.body }
        : null,
    decorators: all.flatMap((s) =>
      s.decorators
        .map((d) => d.calls[0] ?? d.attrs[0])
        .filter((r): r is Ref => r !== undefined)
        .map(dotted),
    ),
    classes: all.flatMap((s) => (s.cls ? [{ name: s.cls.name, bases: s.cls.bases }] : [])),
    functions: all.flatMap((s) => (s.def ? [s.def.name] : [])),
    bareExpressions: statements
      .filter((s) => s.kind === "expr")
      .map((s) =>
        lines
          .slice(s.start, s.end + 1)
          .join("\n")
          .trim(),
      ),
    codeLines: lexed.codeLines,
  };
}
