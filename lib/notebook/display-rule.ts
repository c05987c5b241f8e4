import type { StepCategoryId } from "./taxonomy";
import type { Scope } from "./classify-context";
import type { Statement } from "./python-statements";

// The corpus convention: "a cell that only displays the result of the previous step gets
// that step's category". We follow the names the cell shows back to the cell that made them.

type Cat = StepCategoryId;
type DisplayVerdict = { category: Cat; signal: string };

const INSPECT = new Set([
  "shape",
  "head",
  "tail",
  "info",
  "dtypes",
  "columns",
  "describe",
  "sample",
  "nunique",
  "value_counts",
  "isnull",
  "isna",
  "size",
  "index",
  "unique",
  // Order statistics of a column (`np.percentile(df.x, [1, 99])`) are looked at to find its
  // outliers: an inspection, like `describe()`.
  "percentile",
  "quantile",
  "nanpercentile",
  "nanquantile",
]);
const DATA_SIDE: ReadonlySet<Cat> = new Set([
  "data_ingestion",
  "data_exploration",
  "data_preparation",
  "feature_engineering",
]);

/** Looking at freshly loaded data is exploring it. */
const shown = (c: Cat): Cat => (c === "data_ingestion" ? "data_exploration" : c);

/** Only expressions, and nothing in them that does work (a display, not an action). */
export function isDisplayOnly(statements: readonly Statement[], strongest: number): boolean {
  return statements.length > 0 && strongest < 1.5 && statements.every((s) => s.kind === "expr" && s.body.length === 0);
}

export function displayVerdict(
  statements: readonly Statement[],
  scope: Scope,
  previousCategory: Cat | null,
): DisplayVerdict | null {
  const names = new Set<string>();
  for (const s of statements) for (const n of s.names) names.add(n);
  const roots = [...names].filter((n) => scope.symbol(n)?.kind === "var" && scope.module(n) === undefined);
  const previous = scope.context.previous;
  const fromPrevious = roots.find((root) => previous?.touched.has(root));
  const inspects = statements.some((s) => [...s.calls, ...s.attrs].some((r) => INSPECT.has(r.path.at(-1) ?? "")));
  // `.head()`, `.columns`, `.shape` of the data the previous cell made inspects it (TAXONOMY:
  // exploration); the corpus accepts that for displays of data (alt data_exploration).
  if (fromPrevious && previousCategory && !(inspects && DATA_SIDE.has(previousCategory)))
    return { category: shown(previousCategory), signal: `shows \`${fromPrevious}\` from the previous cell` };
  const made = roots
    .map((name) => ({ name, info: scope.symbol(name) }))
    .filter(
      (r): r is { name: string; info: NonNullable<typeof r.info> & { category: Cat } } => r.info?.category != null,
    )
    .sort((a, b) => b.info.cell - a.info.cell);
  if (inspects && made.every((r) => DATA_SIDE.has(r.info.category))) {
    return { category: "data_exploration", signal: made[0] ? `inspects \`${made[0].name}\`` : "inspects data" };
  }
  const latest = made[0];
  if (latest && latest.info.category !== "setup" && latest.info.category !== "other") {
    return {
      category: shown(latest.info.category),
      signal: `shows \`${latest.name}\` (from cell ${latest.info.cell})`,
    };
  }
  if (roots.length > 0 && previousCategory && previousCategory !== "other") {
    return { category: shown(previousCategory), signal: "shows a result of the previous cell" };
  }
  return null;
}
