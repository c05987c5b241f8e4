import { readFixture } from "@/test/notebook-fixtures";
import { describe, expect, it } from "vitest";
import { analyzeWithPreview } from "./analysis-job";
import { cellFlow, type CellFlow } from "./cell-flow";
import { linkLabel, stepFlow } from "./step-flow";

// Edges from data flow: the cell facts (cell-flow.ts), then the step links (step-flow.ts),
// on hand-made steps and on the synthetic time-series and Keras-course notebooks.

describe("cellFlow", () => {
  it("names what a cell binds and reads, leaving out imports and a function's own locals", () => {
    const flow = cellFlow(
      "import pandas as pd\ndef clean(frame, col='a'):\n    out = frame.dropna()\n    return out[col] * SCALE\ndf = clean(raw)\ndf = df.merge(stores)",
    );
    expect(flow.defines).toEqual(["clean", "df"]);
    expect(flow.uses.sort()).toEqual(["SCALE", "raw", "stores"]);
  });

  it("finds files written and read by name", () => {
    const flow = cellFlow(
      "df.to_parquet('features.parquet')\nmodel.save(f'{OUT}/model.keras')\ncfg = pd.read_csv('cfg.csv')",
    );
    expect(flow.writes).toEqual(["features.parquet", "{OUT}/model.keras"]);
    expect(flow.reads).toEqual(["cfg.csv"]);
    expect(cellFlow("%%writefile app.py\nprint(1)").writes).toEqual(["app.py"]);
    expect(cellFlow("with open('out.json', 'w') as fh:\n    json.dump(r, fh)").writes).toEqual(["out.json"]);
  });
});

const flows = (...cells: Partial<CellFlow>[]) =>
  new Map(cells.map((c, i) => [i, { defines: [], uses: [], writes: [], reads: [], ...c }]));
const steps = (...cells: number[][]) => cells.map((cellIndexes) => ({ cellIndexes }));

describe("stepFlow", () => {
  it("links a reader to the last step that wrote the name before it", () => {
    const f = flows({ defines: ["df"] }, { uses: ["df"], defines: ["df"] }, { uses: ["df"] });
    expect(stepFlow(steps([0], [1], [2]), f).links).toEqual([
      { source: 0, target: 1, names: ["df"] },
      { source: 1, target: 2, names: ["df"] },
    ]);
  });

  it("drops a link that another path already implies", () => {
    const f = flows({ defines: ["raw"] }, { uses: ["raw"], defines: ["X"] }, { uses: ["raw", "X"] });
    const { links } = stepFlow(steps([0], [1], [2]), f);
    expect(links.map((l) => [l.source, l.target])).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it("puts a data node between the step that writes a file and the ones that read it", () => {
    const f = flows({ writes: ["out/features.parquet"] }, { defines: ["x"] }, { reads: ["out/features.parquet"] });
    const result = stepFlow(steps([0], [1], [2]), f);
    expect(result.data).toEqual([{ title: "features.parquet", source: 0, targets: [2] }]);
    // Step 1 has no data flow at all: it is chained to the step before it rather than left floating.
    expect(result.links).toEqual([{ source: 0, target: 1, names: [] }]);
  });

  it("ignores a step's use of a name it bound itself, and labels links briefly", () => {
    const f = flows({ defines: ["a"] }, { defines: ["a"] }, { uses: ["a"] });
    // No flow from step 0 to step 1 then, which is chained to it only so as not to float.
    expect(stepFlow(steps([0], [1, 2]), f).links).toEqual([{ source: 0, target: 1, names: [] }]);
    expect(linkLabel({ source: 0, target: 1, names: ["X_train", "y_train", "X_valid"] })).toBe("X_train, y_train +1");
    expect(linkLabel({ source: 0, target: 1, names: [] })).toBeNull();
  });
});

describe.each(["store-sales-forecast.ipynb", "keras-rnn-course.ipynb"])("the default steps of %s", (name) => {
  const analysis = analyzeWithPreview({ bytes: readFixture(name), filename: name, withPreview: true });
  const cellFlows = new Map(analysis.preview!.flatMap((p) => (p.flow ? [[p.index, p.flow] as const] : [])));
  const result = stepFlow(analysis.steps, cellFlows);

  it("are linked by data flow, not only one after the other, without an edge explosion", () => {
    const named = result.links.filter((l) => l.names.length > 0);
    expect(named.length).toBeGreaterThanOrEqual(analysis.steps.length / 2);
    expect(result.links.some((l) => l.target - l.source > 1)).toBe(true);
    expect(result.links.length + result.data.length).toBeLessThanOrEqual(2 * analysis.steps.length);
    for (const l of result.links) expect(l.source).toBeLessThan(l.target);
  });
});

it("makes a data node for the features file the time-series notebook writes and reads back in a later step", () => {
  const name = "store-sales-forecast.ipynb";
  const analysis = analyzeWithPreview({ bytes: readFixture(name), filename: name, withPreview: true });
  const cellFlows = new Map(analysis.preview!.flatMap((p) => (p.flow ? [[p.index, p.flow] as const] : [])));
  // By default one step writes and reads it back; at the fine grouping they are two steps.
  const { data } = stepFlow(analysis.fineSteps!, cellFlows);
  const features = data.find((d) => d.title === "features.parquet");
  const stepOf = (cell: number) => analysis.fineSteps!.findIndex((s) => s.cellIndexes.includes(cell));
  expect(features).toEqual({ title: "features.parquet", source: stepOf(58), targets: [stepOf(60)] });
});
