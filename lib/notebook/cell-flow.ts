import { parseStatements, walk, type Statement } from "./python-statements";
import { writefileTarget } from "./written-file";

// What a code cell hands on and takes in: the top-level names it binds (assignments, defs,
// classes, loop variables) and the names it reads before binding them, and the files it
// writes and reads by name (`df.to_csv("x.csv")`, `pd.read_csv("x.csv")`). The import links
// steps by these (step-flow.ts). Imports are left out: every step imports numpy, and an
// import is setup, not something one step gives another.

export type CellFlow = { defines: string[]; uses: string[]; writes: string[]; reads: string[] };

/** Keeps a cell's facts small however big the cell: a name list is a hint, not an index. */
const MAX_NAMES = 100;

const WRITE_METHOD_RE =
  /^(to_(csv|parquet|json|pickle|feather|excel|hdf|orc|sql)|save(_model|_weights|_pretrained)?|savefig|savez?|dump|write(_text|_bytes)?|imwrite|export(_model)?)$/;
const READ_METHOD_RE =
  /^(read_(csv|parquet|json|pickle|feather|excel|hdf|orc|sql|table|fwf)|load(_model|_weights|_from_disk|txt)?|from_pretrained|imread|open|loadtxt|read(_text|_bytes)?|Dataset|TFRecordDataset)$/;
/** A string that names a file: an extension or a path, no spaces or line breaks. */
const FILE_RE = /^[^\s'"]{1,200}(\.[A-Za-z0-9]{1,8}|\/)$|^[^\s'"]{0,200}\/[^\s'"]+\.[A-Za-z0-9]{1,8}$/;

export function cellFlow(source: string): CellFlow {
  const { statements, lexed } = parseStatements(source);
  const defined = new Set<string>();
  const uses = new Set<string>();
  for (const statement of statements) {
    for (const name of readsOf(statement)) if (!defined.has(name)) uses.add(name);
    for (const name of bindsOf(statement)) defined.add(name);
  }
  const writes = new Set<string>();
  const reads = new Set<string>();
  for (const s of walk(statements)) {
    for (const call of s.calls) {
      const method = call.path.at(-1) ?? call.root ?? "";
      const file = call.strArgs.find((a) => FILE_RE.test(a));
      if (!file) continue;
      const opensForWriting = method === "open" && call.strArgs.some((a) => /^[wax]b?\+?$/.test(a));
      if (WRITE_METHOD_RE.test(method) || opensForWriting) writes.add(file);
      else if (READ_METHOD_RE.test(method)) reads.add(file);
    }
  }
  const magic = lexed.cellMagic;
  if (magic && (magic.name === "writefile" || magic.name === "file")) writes.add(writefileTarget(magic.args));
  return {
    defines: cap(defined),
    uses: cap(uses),
    writes: cap(writes),
    reads: cap([...reads].filter((f) => !writes.has(f))),
  };
}

const cap = (names: Iterable<string>) => [...names].slice(0, MAX_NAMES);

/** The names a statement binds at the top level of the cell. */
function bindsOf(s: Statement): string[] {
  if (s.kind === "import") return [];
  const own = [...s.targets.map((t) => t.root), ...(s.def ? [s.def.name] : []), ...(s.cls ? [s.cls.name] : [])];
  // A for/with/if/try body runs at the top level; a def or class body does not.
  const nested = s.def || s.cls ? [] : s.body.flatMap(bindsOf);
  return [...own, ...nested];
}

/** The names a statement reads from outside itself (a function's parameters and locals are its own). */
function readsOf(s: Statement): string[] {
  if (s.kind === "import") return [];
  const decorators = s.decorators.flatMap((d) => d.names);
  if (s.def || s.cls) {
    const local = new Set([...(s.def?.params ?? []), ...s.body.flatMap(bindsOf)]);
    return [...decorators, ...(s.cls?.bases ?? []), ...s.body.flatMap(readsOf).filter((n) => !local.has(n))];
  }
  return [...decorators, ...s.names, ...s.body.flatMap(readsOf)];
}
