import { describe, expect, it } from "vitest";
import { cellFeatures, words } from "./cell-features";
import { classifyByRules, classifyNotebook } from "./classify-notebook";
import { emptyContext, Scope } from "./classify-context";
import { LOW_CONFIDENCE_THRESHOLD, needsReview } from "./confidence";
import { LearnedModel, shippedLearnedModel, ZModelWeights } from "./learned-model";
import { DEFAULT_TRAIN_OPTIONS, trainModel, type Example } from "./learned-train";
import { parseStatements } from "./python-statements";
import { STEP_CATEGORY_IDS } from "./taxonomy";
import { cell } from "@/test/notebook-cells";

const tokens = (...names: string[]) => new Map(names.map((n) => [n, 1]));
/** The same kinds of cell in three notebooks, so their tokens pass the vocabulary's notebook count. */
const TOY: Example[] = ["a", "b", "c"].flatMap((notebook) => [
  { notebook, label: "model_training", features: tokens("meth:fit", "w:model", `only:${notebook}`) },
  { notebook, label: "model_training", features: tokens("meth:fit", "kw:epochs") },
  { notebook, label: "data_exploration", features: tokens("meth:describe", "w:df") },
  { notebook, label: "data_exploration", features: tokens("meth:head", "w:df") },
]);

describe("cellFeatures", () => {
  it("reads resolved library calls, identifier words, file extensions and the rules' verdict", () => {
    const { statements, lexed } = parseStatements('import pandas as pd\nX_train = pd.read_csv("data/train.csv")');
    const scope = new Scope(emptyContext(), 0);
    scope.bindAlias("pd", "pandas");
    const f = cellFeatures(statements, lexed, scope, {
      route: "votes",
      category: "data_ingestion",
      votes: new Map([
        ["data_ingestion", 3],
        ["setup", 1],
      ]),
      heading: "Load the data",
      previous: null,
    });
    expect([...f.keys()]).toEqual(
      expect.arrayContaining([
        "imp:pandas",
        "call:pandas.read_csv",
        "t:train",
        "ext:csv",
        "rule:data_ingestion",
        "h:load",
      ]),
    );
    expect(f.get("rv:data_ingestion")).toBe(0.75);
  });

  it("splits snake_case and camelCase names into words, without stop words or numbers", () => {
    expect(words("fetch_housingData_2024 of the")).toEqual(["fetch", "housing", "data"]);
  });
});

describe("trainModel / LearnedModel", () => {
  it("learns which tokens go with which category, with probabilities that sum to 1", () => {
    const model = new LearnedModel(trainModel(TOY));
    const training = model.predict(tokens("meth:fit"));
    expect(training.category).toBe("model_training");
    expect(model.predict(tokens("meth:describe")).category).toBe("data_exploration");
    expect([...training.probabilities.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });

  it("is deterministic and leaves out tokens only one notebook uses", () => {
    const once = trainModel(TOY);
    expect(JSON.stringify(trainModel(TOY))).toBe(JSON.stringify(once));
    expect(Object.keys(once.weights)).not.toContain("only:a");
    expect(Object.keys(once.weights)).toContain("meth:fit");
    expect(once.classes).toEqual(["data_exploration", "model_training"]);
    expect(once.trainedOn).toMatchObject({ notebooks: ["a", "b", "c"], cells: 12 });
  });

  it("refuses weights whose rows do not match the classes", () => {
    const spec = trainModel(TOY);
    expect(() => new LearnedModel({ ...spec, bias: [0] })).toThrow(/bias/);
    expect(() => new LearnedModel({ ...spec, weights: { x: [1, 2, 3] } })).toThrow(/feature x/);
  });
});

describe("the shipped weights", () => {
  it("are valid, small, and cover the categories of the labelled corpus", () => {
    const model = shippedLearnedModel();
    expect(ZModelWeights.safeParse(model.spec).success).toBe(true);
    expect(JSON.stringify(model.spec).length).toBeLessThan(300 * 1024);
    expect(model.spec.classes.length).toBeGreaterThanOrEqual(12);
    for (const c of model.spec.classes) expect(STEP_CATEGORY_IDS).toContain(c);
    expect(model.spec.trainedOn.notebooks.length).toBeGreaterThanOrEqual(12);
  });
});

describe("rules + learned layer", () => {
  const notebook = [
    cell("# Train", 0, "markdown"),
    cell("import pandas as pd\nfrom sklearn.linear_model import LogisticRegression", 1),
    cell('df = pd.read_csv("train.csv")', 2),
    cell("model = LogisticRegression()\nmodel.fit(df[['a']], df['y'])", 3),
    cell("", 4),
  ];

  it("keeps what the rules alone decide for markdown and empty cells, and gives every cell a 0–1 confidence", () => {
    const combined = classifyNotebook(notebook);
    const rules = classifyNotebook(notebook, { model: null });
    expect(combined[0]).toEqual(rules[0]);
    expect(combined[4]).toEqual(rules[4]);
    for (const c of combined) expect(c.confidence).toBeGreaterThanOrEqual(0);
    for (const c of combined) expect(c.confidence).toBeLessThanOrEqual(1);
    expect(combined.map((c) => c.category)).toEqual([
      "documentation",
      "setup",
      "data_ingestion",
      "model_training",
      "other",
    ]);
  });

  it("gives the learned layer features only for code cells with something to classify", () => {
    const { features } = classifyByRules(notebook);
    expect(features.map((f) => f !== null)).toEqual([false, true, true, true, false]);
  });

  it("follows a confident model where the rules had little to go on", () => {
    // A model trained to call `frobnicate` training: the rules do not know the word.
    const spec = trainModel(
      ["a", "b", "c"].flatMap((notebook) => [
        { notebook, label: "model_training" as const, features: tokens("meth:frobnicate") },
        { notebook, label: "other" as const, features: tokens("meth:print") },
        { notebook, label: "setup" as const, features: tokens("v:literal") },
      ]),
      { ...DEFAULT_TRAIN_OPTIONS, iterations: 400 },
    );
    const cells = [cell("x = 1", 0), cell("x.frobnicate()", 1)];
    const out = classifyNotebook(cells, { model: new LearnedModel(spec) });
    expect(classifyNotebook(cells, { model: null })[1]?.category).not.toBe("model_training");
    expect(out[1]?.category).toBe("model_training");
    expect(out[1]?.signals[0]).toMatch(/learned layer → model_training/);
  });

  it("leaves a bare display with the step that made what it shows, at the model's confidence", () => {
    // A model sure that every shown `.shape` is preparation: the display rule still decides.
    const shown = tokens("attr:shape", "route:display", "rule:data_exploration", "rv:data_exploration");
    const spec = trainModel(
      ["a", "b", "c", "d", "e", "f"].flatMap((notebook) => [
        { notebook, label: "data_preparation" as const, features: shown },
        { notebook, label: "data_exploration" as const, features: tokens("meth:describe") },
        { notebook, label: "data_ingestion" as const, features: tokens("call:pandas.read_csv") },
      ]),
      { ...DEFAULT_TRAIN_OPTIONS, iterations: 400 },
    );
    const cells = [cell('import pandas as pd\ndf = pd.read_csv("a.csv")', 0), cell("df.shape", 1)];
    const out = classifyNotebook(cells, { model: new LearnedModel(spec) });
    expect(classifyNotebook(cells, { model: null })[1]?.category).toBe("data_exploration");
    expect(out[1]?.category).toBe("data_exploration");
    expect(out[1]?.confidence).toBeLessThan(LOW_CONFIDENCE_THRESHOLD);
  });
});

describe("confidence threshold", () => {
  it("flags cells below LOW_CONFIDENCE_THRESHOLD", () => {
    expect(LOW_CONFIDENCE_THRESHOLD).toBeGreaterThan(0);
    expect(LOW_CONFIDENCE_THRESHOLD).toBeLessThan(1);
    expect(needsReview(LOW_CONFIDENCE_THRESHOLD - 0.01)).toBe(true);
    expect(needsReview(LOW_CONFIDENCE_THRESHOLD)).toBe(false);
  });
});
