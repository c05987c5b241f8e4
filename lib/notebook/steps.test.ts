import { readFixture } from "@/test/notebook-fixtures";
import { describe, expect, it } from "vitest";
import { analyzeNotebook } from "./analyze";
import type { ClassifiedCell } from "./classify-notebook";
import { groupSteps } from "./steps";
import type { CellCategory } from "./taxonomy";
import type { ParsedCell } from "./types";

type Spec = { md?: string; code?: CellCategory; step?: string; skip?: boolean; trivial?: boolean; title?: string };

/** Builds cells and their (given) classification, so grouping is tested on its own. */
function build(specs: Spec[]): { cells: ParsedCell[]; classified: ClassifiedCell[] } {
  let section: string | null = null;
  const cells: ParsedCell[] = [];
  const classified: ClassifiedCell[] = [];
  specs.forEach((spec, index) => {
    if (spec.md !== undefined) section = spec.md.replace(/^#+\s*/, "");
    if (spec.title) section = spec.title;
    const type = spec.md !== undefined ? "markdown" : "code";
    cells.push({
      index,
      type,
      source: spec.md ?? "x = 1",
      tags: [],
      skipped: spec.skip ?? false,
      stepName: spec.step ?? null,
      title: spec.title ?? null,
    });
    classified.push({
      category: spec.code ?? "documentation",
      confidence: 0.9,
      signals: [],
      section,
      trivial: spec.trivial,
    });
  });
  return { cells, classified };
}
const stepsOf = (specs: Spec[]) => {
  const { cells, classified } = build(specs);
  return groupSteps(cells, classified);
};

describe("groupSteps", () => {
  it("keeps consecutive cells of one category together and starts a step at a new category", () => {
    const steps = stepsOf([
      { md: "# Data" },
      { code: "data_ingestion" },
      { code: "data_ingestion" },
      { code: "data_exploration" },
    ]);
    expect(steps.map((s) => [s.category, s.cellIndexes])).toEqual([
      ["data_ingestion", [1, 2]],
      ["data_exploration", [3]],
    ]);
  });

  it("starts a step at each markdown heading, titled by it", () => {
    const steps = stepsOf([
      { md: "## Clean" },
      { code: "data_preparation" },
      { md: "## Encode" },
      { code: "data_preparation" },
    ]);
    expect(steps.map((s) => [s.title, s.cellIndexes])).toEqual([
      ["Clean", [1]],
      ["Encode", [3]],
    ]);
  });

  it("does not split at markdown without a heading", () => {
    const steps = stepsOf([{ code: "model_training" }, { md: "Some words about it." }, { code: "model_training" }]);
    expect(steps.map((s) => s.cellIndexes)).toEqual([[0, 2]]);
  });

  it("lets a `step:` tag force and name a step that goes on until the next tag", () => {
    const steps = stepsOf([
      { code: "data_ingestion", step: "load" },
      { code: "data_preparation" },
      { code: "data_preparation" },
      { code: "model_training", step: "train" },
    ]);
    expect(steps.map((s) => [s.title, s.category, s.cellIndexes])).toEqual([
      ["load", "data_preparation", [0, 1, 2]],
      ["train", "model_training", [3]],
    ]);
  });

  it("leaves skipped cells out of every step", () => {
    const steps = stepsOf([{ code: "setup" }, { code: "data_exploration", skip: true }, { code: "setup" }]);
    expect(steps.map((s) => s.cellIndexes)).toEqual([[0, 2]]);
  });

  it("keeps `other` and empty cells inside the step they sit in, and never starts a step with an empty one", () => {
    const steps = stepsOf([
      { code: "other", trivial: true },
      { code: "setup" },
      { code: "other" },
      { code: "setup" },
      { code: "other", trivial: true },
    ]);
    expect(steps.map((s) => [s.category, s.cellIndexes])).toEqual([["setup", [1, 2, 3, 4]]]);
  });

  it("titles a step by its category when there is no heading, and gives its phase", () => {
    const steps = stepsOf([
      { code: "serving" },
      { code: "deployment" },
      { code: "monitoring" },
      { code: "data_preparation" },
    ]);
    expect(steps.map((s) => [s.title, s.phase])).toEqual([
      ["Serving", "DEV"],
      ["Deployment", "PROD"],
      ["Monitoring", "PROD"],
      ["Data preparation", "ML"],
    ]);
  });

  it("gives a step the category most of its cells have (a tie goes to the later stage)", () => {
    const steps = stepsOf([
      { code: "data_ingestion", step: "s" },
      { code: "data_preparation" },
      { code: "data_preparation" },
      { code: "model_training" },
      { code: "model_training" },
    ]);
    expect(steps[0]?.category).toBe("model_training");
  });

  it("treats a percent-format title as a section", () => {
    const steps = stepsOf([{ code: "setup" }, { code: "data_ingestion", title: "Load" }]);
    expect(steps.map((s) => s.title)).toEqual(["Setup", "Load"]);
  });
});

describe("steps of real-shaped notebooks", () => {
  it("make one step of a script without cells", () => {
    const analysis = analyzeNotebook(readFixture("plain-script.py"), "plain-script.py");
    expect(analysis.steps).toEqual([
      { title: "Model training", category: "model_training", phase: "ML", cellIndexes: [0] },
    ]);
  });

  it("follow Kale tags", () => {
    const analysis = analyzeNotebook(readFixture("tagged-steps.ipynb"), "tagged-steps.ipynb");
    // A tagged notebook's default grouping is its own, by the tags.
    expect(analysis.steps).toEqual(analysis.fineSteps);
    const steps = analysis.steps;
    expect(steps.map((s) => [s.title, s.cellIndexes])).toEqual([
      ["Tagged pipeline", [2]],
      ["load", [4, 5]],
      ["train", [6, 7]],
    ]);
  });

  it("put the deployment notebook's steps in the DEV and PROD lanes", () => {
    const steps = analyzeNotebook(readFixture("fastapi-docker-deploy.ipynb"), "deploy.ipynb").fineSteps!;
    expect(steps.map((s) => `${s.phase} ${s.category}`)).toEqual([
      "ML setup",
      "DEV serving",
      "ML setup",
      "PROD deployment",
      "DEV serving",
      "DEV testing",
      "PROD deployment",
      "PROD monitoring",
      "PROD deployment",
    ]);
  });
});
