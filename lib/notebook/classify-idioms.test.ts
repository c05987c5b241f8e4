import { describe, expect, it } from "vitest";
import { categoryOf, cell, lastOf } from "@/test/notebook-cells";
import { classifyNotebook } from "./classify-notebook";
import { parseStatements } from "./python-statements";

// Idioms of textbook, Kaggle and monitoring notebooks: popmon's stability reports, figures shown
// from files, label-encoding tables, accuracy computed by hand, pipelines that hold a model,
// a title under a badge cell, Kaggle submission headings, notebook styling. Each rule is general
// code knowledge; the cells are written for the test.

const rules = { model: null } as const;

describe("classifyCell: popmon stability reports", () => {
  it("reads popmon's DataFrame accessors and settings as monitoring", () => {
    expect(categoryOf('df.pm_stability_report(time_axis="date", time_width="1w")')).toBe("monitoring");
    expect(categoryOf('hists = df.pm_make_histograms(features=["age"], time_axis="date")')).toBe("monitoring");
    expect(
      categoryOf(
        'from popmon.config import Settings\nsettings = Settings(time_axis="date")\nsettings.comparison.window = 5',
      ),
    ).toBe("monitoring");
  });
  it("reads popmon's bundled example data as data to load", () => {
    expect(
      categoryOf('import popmon\nfrom popmon import resources\ndf = pd.read_csv(resources.data("test.csv.gz"))'),
    ).toBe("data_ingestion");
  });
  it("reads a report's own table as part of the report", () => {
    const cells = [
      cell("report = df.pm_stability_report(time_axis='date')", 0),
      cell('split = report.datastore["split_hists"]["age"]', 1),
      cell("week = split.query(\"date == '2015-07-05'\")", 2),
    ];
    expect(classifyNotebook(cells, rules)[2]?.category).toBe("monitoring");
  });
  it("takes a method named for stability as monitoring", () => {
    expect(categoryOf("result = checker.population_stability(reference, current)")).toBe("monitoring");
  });
});

describe("classifyCell: figures, styling, encoding tables", () => {
  it("counts a figure shown from a file as other, whatever section it is in", () => {
    expect(
      lastOf("## Evaluate the model", "from IPython.display import Image", "Image(filename='images/roc.png')"),
    ).toBe("other");
    expect(categoryOf("from IPython.core.display import Image\nImage(filename='figures/cv.png', width=500)")).toBe(
      "other",
    );
  });
  it("counts restyling the notebook page as setup, not a display", () => {
    expect(
      categoryOf(
        'from IPython.core.display import HTML\nfrom IPython.display import display\ndisplay(HTML("<style>.container { width:80% !important; }</style>"))',
      ),
    ).toBe("setup");
  });
  it("reads a table numbering a column's values as label encoding", () => {
    expect(
      lastOf(
        'df = pd.read_csv("train.csv")',
        "sexes = sorted(df['Sex'].unique())\nsex_mapping = dict(zip(sexes, range(0, len(sexes) + 1)))\nsex_mapping",
      ),
    ).toBe("data_preparation");
    expect(
      categoryOf(
        "id2label = {idx: label for idx, label in enumerate(labels)}\nlabel2id = {label: idx for idx, label in enumerate(labels)}",
      ),
    ).toBe("data_preparation");
  });
  it("does not take every enumerate for an encoding table", () => {
    expect(categoryOf("for i, row in enumerate(rows):\n    print(i, row)")).not.toBe("data_preparation");
  });
});

describe("classifyCell: hand-written evaluation and model pipelines", () => {
  it("reads predictions compared with the truth as evaluation", () => {
    expect(categoryOf("y_pred = np.zeros(y.shape[0])\nnp.mean(y_pred == y) * 100")).toBe("model_evaluation");
    expect(categoryOf("accuracy = (preds == labels).sum() / len(labels)")).toBe("model_evaluation");
  });
  it("reads a pipeline that holds a model as training, not preparation", () => {
    expect(
      categoryOf(
        "from sklearn.pipeline import make_pipeline\nfrom sklearn.preprocessing import StandardScaler\nfrom sklearn.decomposition import PCA\nfrom sklearn.linear_model import LogisticRegression\npipe = make_pipeline(StandardScaler(),\n                     PCA(n_components=2),\n                     LogisticRegression())\npipe.fit(X_train, y_train)",
      ),
    ).toBe("model_training");
  });
  it("keeps a pipeline of transformers alone as preparation", () => {
    expect(
      categoryOf(
        "from sklearn.pipeline import Pipeline\nfrom sklearn.impute import SimpleImputer\nfrom sklearn.preprocessing import StandardScaler\nnum_pipeline = Pipeline([\n    ('imputer', SimpleImputer(strategy='median')),\n    ('scaler', StandardScaler()),\n])\nX_prepared = num_pipeline.fit_transform(X)",
      ),
    ).toBe("data_preparation");
  });
  it("keeps a chain only shown to the reader as a look at the data", () => {
    expect(
      lastOf(
        'ds = load_dataset("emotion")',
        '(ds.to_pandas().astype(str)["label"].map(names).value_counts().plot(kind="barh"))',
      ),
    ).toBe("data_exploration");
  });
});

describe("classifyNotebook: title and submission headings", () => {
  it("takes the first level-1 heading under a badge or credits cell as the title", () => {
    const cells = [
      cell("This notebook was prepared by someone. Source and license on GitHub.", 0, "markdown"),
      cell("# Predicting survivors", 1, "markdown"),
      cell("## Family size", 2, "markdown"),
      cell("df['FamilySize'] = df['SibSp'] + df['Parch']\ndf.head()", 3),
    ];
    const out = classifyNotebook(cells, rules);
    expect(out[3]?.category).toBe("feature_engineering");
  });
  it("does not take a level-1 heading after the first code cell as the title", () => {
    const cells = [
      cell("import pandas as pd", 0),
      cell("# Evaluate the model", 1, "markdown"),
      cell("model_path = 'm.pkl'", 2),
    ];
    expect(classifyNotebook(cells, rules)[2]?.section).toBe("Evaluate the model");
  });
  it("reads a Kaggle submission heading as serving, before the preparation it names", () => {
    expect(lastOf("## Prepare for Kaggle submission", "out = test[['PassengerId']]\nout['Survived'] = test_pred")).toBe(
      "serving",
    );
  });
});

describe("python statements: names compared for equality", () => {
  it("records the names on either side of == and !=", () => {
    const [s] = parseStatements("acc = np.mean(y_pred == y_true)").statements;
    expect(s?.equated).toEqual(["y_pred", "y_true"]);
    const [t] = parseStatements("if a != b: pass").statements;
    expect(t?.equated).toEqual(["a", "b"]);
  });
});
