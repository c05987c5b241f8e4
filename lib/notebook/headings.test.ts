import { describe, expect, it } from "vitest";
import { markdownHeadings, plainText, pushHeading } from "./headings";
import { functionNameHint, headingCategory } from "./signals-text";

describe("markdownHeadings", () => {
  it("reads ATX, setext and HTML headings, not code fences", () => {
    const md =
      "# Title\ntext\n\nPart two\n--------\n\n```python\n# not a heading\n```\n<h3>Third <b>level</b></h3>\n## **Bold** [link](http://x) `code` ##";
    expect(markdownHeadings(md)).toEqual([
      { text: "Title", level: 1 },
      { text: "Part two", level: 2 },
      { text: "Third level", level: 3 },
      { text: "Bold link code", level: 2 },
    ]);
  });

  it("strips markdown from heading text", () => expect(plainText("**Save** the [`model`](x)")).toBe("Save the model"));

  it("closes headings of the same level and deeper", () => {
    const stack = [
      { text: "A", level: 1 },
      { text: "B", level: 2 },
      { text: "C", level: 3 },
    ];
    expect(pushHeading(stack, { text: "D", level: 2 })).toEqual([
      { text: "A", level: 1 },
      { text: "D", level: 2 },
    ]);
  });
});

describe("headingCategory", () => {
  it.each([
    ["Setup", "setup"],
    ["Install the SDK and authenticate", "setup"],
    ["Get the data", "data_ingestion"],
    ["Get some training data", "data_ingestion"],
    ["Discover and visualize the data", "data_exploration"],
    ["Prepare the data for Machine Learning algorithms", "data_preparation"],
    ["Feature engineering", "feature_engineering"],
    ["Select and train a model", "model_training"],
    ["Training across multiple servers", "model_training"],
    ["Hyperparameter tuning with Optuna", "hyperparameter_tuning"],
    ["Evaluate on the test set", "model_evaluation"],
    ["Model persistence using joblib", "model_export"],
    ["Build a FastAPI server", "serving"],
    ["Send predictions", "serving"],
    ["Build and push the container", "deployment"],
    ["Deploy the model endpoint", "deployment"],
    ["Cleaning up", "deployment"],
    ["Data drift dashboard", "monitoring"],
    ["3.1 Configure the endpoint", "deployment"],
    ["Configure the monitoring job", "monitoring"],
    ["Configure Azure Machine Learning", "setup"],
    ["Create a new online endpoint", "deployment"],
    ["Examine the dataset", "data_exploration"],
    ["Data for training", null],
    ["1. to 8.", null],
  ])("%s → %s", (heading, category) => {
    expect(headingCategory(heading)).toBe(category);
  });
});

describe("functionNameHint", () => {
  it.each([
    ["fetch_housing_data", ["data_ingestion"]],
    ["split_train_test", ["data_preparation"]],
    ["test_set_check", ["data_preparation"]],
    ["train_one_epoch", ["model_training"]],
    ["build_model", ["model_training"]],
    ["evaluate", ["model_evaluation"]],
    ["plot_precision_recall_curve", ["model_evaluation"]],
    ["save_fig", ["data_exploration"]],
    ["predict_sentiment", ["model_evaluation", "serving"]],
    ["objective", ["hyperparameter_tuning"]],
    ["load_model", ["model_export"]],
    ["helper", []],
  ])("%s → %j", (name, hint) => {
    expect(functionNameHint(name)).toEqual(hint);
  });
});
