import { describe, expect, it } from "vitest";
import { canonicalName, matchApi, matchBareName } from "./api-rules";
import { cellDirectives, nbdevTags } from "./directives";

describe("matchApi", () => {
  it("picks the most specific rule", () => {
    expect(matchApi("sklearn.preprocessing.StandardScaler")?.category).toBe("data_preparation");
    expect(matchApi("sklearn.preprocessing.PolynomialFeatures")?.category).toBe("feature_engineering");
    expect(matchApi("sklearn.model_selection.GridSearchCV")?.category).toBe("hyperparameter_tuning");
    expect(matchApi("sklearn.model_selection.cross_val_score")?.category).toBe("model_evaluation");
    expect(matchApi("sklearn.model_selection.StratifiedShuffleSplit")?.category).toBe("data_preparation");
    expect(matchApi("mlflow.sklearn.log_model")?.category).toBe("model_export");
    expect(matchApi("mlflow.sklearn.autolog")?.category).toBe("setup");
  });

  it("treats keras under TensorFlow as keras", () => {
    expect(canonicalName("tensorflow.keras.layers.Dense")).toBe("keras.layers.Dense");
    expect(matchApi("tensorflow.keras.callbacks.EarlyStopping")?.category).toBe("model_training");
  });

  it("knows nothing of unknown modules", () => {
    expect(matchApi("mypackage.helpers.run")).toBeNull();
  });

  it("matches distinctive names without their import", () => {
    expect(matchBareName("train_test_split")?.category).toBe("data_preparation");
    expect(matchBareName("XGBRegressor")?.category).toBe("model_training");
    expect(matchBareName("MinMaxScaler")?.category).toBe("data_preparation");
    expect(matchBareName("load")).toBeNull();
  });
});

describe("cell directives", () => {
  it("reads nbdev directives at the top of a cell only", () => {
    expect(nbdevTags("#| export\n#|hide\nx = 1\n#| not-a-directive")).toEqual(["nbdev:export", "nbdev:hide"]);
    expect(nbdevTags("#export\nx = 1")).toEqual(["nbdev:export"]);
    expect(nbdevTags("# export the data\nx = 1")).toEqual([]);
  });

  it("reads step and skip tags; Kale's block: works like step:", () => {
    expect(cellDirectives(["skip"], "", true)).toEqual({ tags: ["skip"], skipped: true, stepName: null });
    expect(cellDirectives(["block:train", "prev:load"], "", true).stepName).toBe("train");
    expect(cellDirectives(["step: evaluate "], "", true).stepName).toBe("evaluate");
    expect(cellDirectives([], "#| export", false).tags).toEqual([]);
  });
});
