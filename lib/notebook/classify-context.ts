import { conventionalAlias, isKnownModule } from "./api-rules";
import { dottedName, type Call } from "./python-refs";
import type { CellCategory, StepCategoryId } from "./taxonomy";

// What the classifier knows about the notebook above a cell: imports (to resolve `pd` to
// pandas), the names earlier cells made and what kind of step made them (so `imputer.fit`
// is preparation when the imputer came from a preparation cell), the headings, and the
// previous code cell (for cells that only display its result).

export type Heading = { text: string; level: number };
export type SymbolKind = "var" | "function" | "class";
export type SymbolInfo = {
  kind: SymbolKind;
  category: StepCategoryId | null;
  cell: number;
  /** A table of per-group statistics (`df.groupby(k)[y].mean()`), kept through its reshaping. */
  grouped?: true;
  /** An empty table made to be filled (`X = pd.DataFrame()`): the columns written into it are new ones. */
  blank?: true;
  /** A bare pretrained encoder (`AutoModel.from_pretrained(…)`, no task head): its outputs are hidden states. */
  encoder?: true;
  /** Made by a setup cell of a step's constants or objects: forward-flow.ts asks which cells read it. */
  constant?: true;
};

export type PreviousCell = {
  index: number;
  category: CellCategory;
  /** Names the cell assigned, worked on or showed. */
  touched: ReadonlySet<string>;
};

export type ClassifierContext = {
  /** alias → dotted module path (`pd` → `pandas`, `LinearRegression` → `sklearn.linear_model.LinearRegression`). */
  aliases: ReadonlyMap<string, string>;
  symbols: ReadonlyMap<string, SymbolInfo>;
  /** Headings above the cell, outermost first. */
  headings: readonly Heading[];
  /** The notebook's title heading, which says what the whole notebook is about, not one step. */
  title: Heading | null;
  previous: PreviousCell | null;
  /** Folders that %%writefile cells wrote to, with the category of what was written. */
  writtenDirs: ReadonlyMap<string, StepCategoryId>;
};

export function emptyContext(): ClassifierContext {
  return { aliases: new Map(), symbols: new Map(), headings: [], title: null, previous: null, writtenDirs: new Map() };
}

/** The alias-map key prefix of a star import (see `Scope.starModules`). */
export const STAR = "*";

/** Lookups for one cell: the notebook context plus what the cell itself defines, in order. */
export class Scope {
  readonly localAliases = new Map<string, string>();
  readonly localSymbols = new Map<string, SymbolInfo>();
  /** `starModules()`, kept until the next alias is bound here. */
  private stars: string[] | null = null;

  constructor(
    readonly context: ClassifierContext,
    readonly cell: number,
    private readonly parent: Scope | null = null,
  ) {}

  child(): Scope {
    return new Scope(this.context, this.cell, this);
  }

  /** The module path a name stands for, when it names an imported module or object. */
  module(name: string): string | undefined {
    if (this.symbolHere(name)) return undefined;
    const alias = this.aliasOfNonSymbol(name);
    if (alias !== undefined) return alias;
    if (this.context.symbols.has(name)) return undefined;
    return conventionalAlias(name) ?? (isKnownModule(name) ? name : undefined);
  }

  /** The library name a direct call resolves to (`sklearn.pipeline.make_pipeline` for `make_pipeline(…)`), as imported. */
  libraryCall(call: Call): string | undefined {
    const modulePath = call.root && call.direct ? this.module(call.root) : undefined;
    return modulePath === undefined ? undefined : dottedName(modulePath, call.path);
  }

  symbol(name: string): SymbolInfo | undefined {
    const local = this.symbolHere(name);
    if (local !== undefined) return local;
    return this.aliasOfNonSymbol(name) === undefined ? this.context.symbols.get(name) : undefined;
  }

  define(name: string, info: SymbolInfo) {
    this.localSymbols.set(name, info);
    this.localAliases.delete(name);
  }

  bindAlias(alias: string, path: string) {
    this.stars = null;
    this.localAliases.set(alias, path);
    this.localSymbols.delete(alias);
  }

  /**
   * `from pycaret.anomaly import *`: the modules whose names a bare call may come from, newest
   * first. Kept among the aliases under a key no Python name can have (`*pycaret.anomaly`).
   */
  starModules(): readonly string[] {
    if (this.stars) return this.stars;
    const out: string[] = [];
    addStars(out, this.context.aliases);
    this.addLocalStars(out);
    this.stars = out;
    return out;
  }

  /** The local aliases of the enclosing scopes, outermost first, then this one's. */
  private addLocalStars(out: string[]) {
    this.parent?.addLocalStars(out);
    addStars(out, this.localAliases);
  }

  private symbolHere(name: string): SymbolInfo | undefined {
    return this.localSymbols.get(name) ?? this.parent?.symbolHere(name);
  }

  /**
   * The alias a name has here, for a name no scope up the chain defines (symbolHere found
   * nothing): a local definition would hide the alias, and there is none to look for again.
   */
  private aliasOfNonSymbol(name: string): string | undefined {
    return (
      this.localAliases.get(name) ?? (this.parent ? this.parent.aliasOfNonSymbol(name) : this.context.aliases.get(name))
    );
  }
}

/** The star-imported modules among `aliases`, each put first in `out` (newest first). */
function addStars(out: string[], aliases: ReadonlyMap<string, string>) {
  for (const [key, path] of aliases) if (key.startsWith(STAR) && !out.includes(path)) out.unshift(path);
}
