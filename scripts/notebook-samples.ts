import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// Large notebooks for the benchmarks: real cells from a labelled corpus folder when there
// is one (never copied into the repository), else generated cells shaped like a tabular
// notebook's.

export type RawCell = Record<string, unknown> & { cell_type: string };

export function corpusCells(corpus: string): RawCell[] | null {
  const dir = path.join(corpus, "notebooks");
  if (!existsSync(dir)) return null;
  const cells: RawCell[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith(".ipynb"))
    .sort()) {
    const notebook = JSON.parse(readFileSync(path.join(dir, file), "utf8")) as { cells?: RawCell[] };
    cells.push(...(notebook.cells ?? []));
  }
  return cells.some((c) => c.cell_type === "code") ? cells : null;
}

/** Cells shaped like a tabular notebook's, when there is no corpus. */
export function generatedCells(): RawCell[] {
  const templates = [
    "import pandas as pd\nimport numpy as np\nfrom sklearn.model_selection import train_test_split",
    'df = pd.read_csv("data/train.csv")\ndf.head()',
    'df["ratio"] = df["a"] / (df["b"] + 1)\ndf = df.dropna()',
    'X_train, X_test, y_train, y_test = train_test_split(df.drop(columns=["y"]), df["y"], test_size=0.2)',
    "from sklearn.ensemble import RandomForestClassifier\nmodel = RandomForestClassifier(n_estimators=200)\nmodel.fit(X_train, y_train)",
    "from sklearn.metrics import accuracy_score\nprint(accuracy_score(y_test, model.predict(X_test)))",
  ];
  return templates.flatMap((source, i) => [
    { cell_type: "markdown", metadata: {}, source: `## Step ${i}` },
    {
      cell_type: "code",
      metadata: {},
      execution_count: i,
      outputs: [{ output_type: "stream", name: "stdout", text: ["ok\n"] }],
      source,
    },
  ]);
}

export function assemble(pool: RawCell[], codeCells: number): Uint8Array<ArrayBuffer> {
  const cells: RawCell[] = [];
  let code = 0;
  for (let i = 0; code < codeCells; i++) {
    const cell = pool[i % pool.length] as RawCell;
    cells.push(cell);
    if (cell.cell_type === "code") code++;
  }
  return new TextEncoder().encode(JSON.stringify({ cells, metadata: {}, nbformat: 4, nbformat_minor: 4 }));
}
