import { describe, expect, it } from "vitest";
import { ZStepsImport } from "./notebook-import";

// The import body's data-flow part: links and data nodes name steps by their position.

const steps = [
  { title: "Load", category: "data_ingestion", cellIndexes: [0] },
  { title: "Train", category: "model_training", cellIndexes: [1] },
];

describe("ZStepsImport links and data", () => {
  it("accepts a body without them (chained in order) and with them", () => {
    expect(ZStepsImport.safeParse({ baseVersion: 0, steps }).success).toBe(true);
    const body = {
      baseVersion: 0,
      steps,
      links: [{ source: 0, target: 1, label: "df" }],
      data: [{ title: "features.parquet", source: 0, targets: [1] }],
    };
    expect(ZStepsImport.parse(body)).toEqual(body);
  });

  it("names a link or data node that points at a step that is not there", () => {
    const result = ZStepsImport.safeParse({
      baseVersion: 0,
      steps,
      links: [{ source: 0, target: 2, label: null }],
      data: [{ title: "x.csv", source: 5, targets: [1] }],
    });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    expect(messages).toEqual([
      "links.0.target: step 2 does not exist: there are 2 steps.",
      "data.0.source: step 5 does not exist: there are 2 steps.",
    ]);
  });

  it("refuses a link from a step to itself and a data node nobody reads", () => {
    expect(
      ZStepsImport.safeParse({ baseVersion: 0, steps, links: [{ source: 1, target: 1, label: null }] }).success,
    ).toBe(false);
    expect(
      ZStepsImport.safeParse({ baseVersion: 0, steps, data: [{ title: "a", source: 0, targets: [] }] }).success,
    ).toBe(false);
  });
});
