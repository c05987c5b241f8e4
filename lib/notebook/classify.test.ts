import { describe, expect, it } from "vitest";
import { categoryOf, cell, lastOf } from "@/test/notebook-cells";
import { classifyCell } from "./classify";
import { classifyNotebook } from "./classify-notebook";
import type { CellCategory } from "./taxonomy";

// The classifier's rules in general: one cell per category, what does not fool them, mixed
// cells, confidence and the notebook context. Library-specific knowledge: classify-libraries.test.ts.

describe("classifyCell: one representative cell per category", () => {
  it.each<[CellCategory, string]>([
    ["setup", "import numpy as np\nimport pandas as pd\n%matplotlib inline\nnp.random.seed(42)"],
    ["setup", "!pip install -q xgboost==2.0.3"],
    ["setup", 'PROJECT_ID = "my-project"  # @param {type:"string"}\nREGION = "us-central1"'],
    ["data_ingestion", 'df = pd.read_csv("data/train.csv")'],
    ["data_ingestion", "!wget -q https://example.com/data/adult.zip\n!unzip -o adult.zip"],
    ["data_ingestion", 'ds = load_dataset("imdb")'],
    ["data_exploration", "df.describe()"],
    ["data_exploration", 'sns.pairplot(df, hue="species")\nplt.show()'],
    [
      "data_preparation",
      'df = df.dropna()\ndf["city"] = df["city"].fillna("unknown")\ndf = pd.get_dummies(df, columns=["city"])',
    ],
    ["data_preparation", "X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0)"],
    [
      "feature_engineering",
      'df["bmi"] = df["weight"] / df["height"] ** 2\ndf["age_x_income"] = df["age"] * df["income"]',
    ],
    [
      "feature_engineering",
      "from sklearn.decomposition import PCA\npca = PCA(n_components=10)\nX_reduced = pca.fit_transform(X_scaled)",
    ],
    [
      "model_training",
      "from sklearn.ensemble import RandomForestClassifier\nclf = RandomForestClassifier(n_estimators=300)\nclf.fit(X_train, y_train)",
    ],
    [
      "model_training",
      'model = keras.Sequential([keras.layers.Dense(64, activation="relu"), keras.layers.Dense(1)])\nmodel.compile(optimizer="adam", loss="mse")\nhistory = model.fit(X_train, y_train, epochs=20)',
    ],
    [
      "model_training",
      "class Net(nn.Module):\n    def __init__(self):\n        super().__init__()\n        self.fc = nn.Linear(10, 2)\n\n    def forward(self, x):\n        return self.fc(x)",
    ],
    ["hyperparameter_tuning", 'grid = GridSearchCV(SVC(), {"C": [0.1, 1, 10]}, cv=5)\ngrid.fit(X_train, y_train)'],
    [
      "hyperparameter_tuning",
      'def objective(trial):\n    depth = trial.suggest_int("max_depth", 2, 12)\n    return cross_val_score(DecisionTreeClassifier(max_depth=depth), X, y).mean()\n\nstudy = optuna.create_study(direction="maximize")\nstudy.optimize(objective, n_trials=50)',
    ],
    [
      "model_evaluation",
      "from sklearn.metrics import classification_report\nprint(classification_report(y_test, y_pred))",
    ],
    ["model_evaluation", "scores = cross_val_score(model, X, y, cv=10)\nscores.mean()"],
    ["model_export", 'joblib.dump(model, "model.joblib")'],
    ["model_export", 'torch.save(model.state_dict(), "weights.pt")'],
    ["model_export", 'mlflow.sklearn.log_model(model, "model", registered_model_name="churn")'],
    [
      "serving",
      '%%writefile app.py\nfrom fastapi import FastAPI\napp = FastAPI()\n\n@app.post("/predict")\ndef predict(x: dict):\n    return {"y": model.predict([x["features"]]).tolist()}',
    ],
    ["serving", '!curl -X POST -H "Content-Type: application/json" -d @request.json localhost:8080/predict'],
    ["serving", 'import gradio as gr\ngr.Interface(fn=classify, inputs="text", outputs="label").launch()'],
    ["testing", "def test_no_missing_values():\n    assert df.isna().sum().sum() == 0\n\ntest_no_missing_values()"],
    ["testing", "!pytest -q tests/"],
    [
      "deployment",
      '%%writefile Dockerfile\nFROM python:3.11-slim\nCOPY . /app\nRUN pip install -r requirements.txt\nCMD ["python", "app.py"]',
    ],
    ["deployment", "!docker build -t model-api .\n!docker push gcr.io/my-project/model-api"],
    ["deployment", "!kubectl apply -f deployment.yaml\n!helm upgrade --install api ./chart"],
    [
      "monitoring",
      "report = Report(metrics=[DataDriftPreset()])\nreport.run(reference_data=ref, current_data=cur)"
        .replace("Report(", "evidently.Report(")
        .replace("DataDriftPreset(", "evidently.presets.DataDriftPreset("),
    ],
    [
      "monitoring",
      'from prometheus_client import Histogram\nLATENCY = Histogram("latency_seconds", "Prediction latency")',
    ],
    ["other", ""],
    ["other", "# Copyright 2024 Example Inc.\n# Licensed under the Apache License, Version 2.0"],
    ["other", "# df.plot()\n# model.fit(X)"],
  ])("%s: %s", (expected, source) => {
    expect(categoryOf(source)).toBe(expected);
  });

  it("calls markdown and raw cells documentation, with full confidence", () => {
    expect(classifyCell(cell("# Title", 0, "markdown"))).toEqual({
      category: "documentation",
      confidence: 1,
      signals: ["markdown cell"],
    });
    expect(classifyCell(cell("raw", 0, "raw")).category).toBe("documentation");
  });
});

describe("classifyCell: not fooled", () => {
  it("by a comment about training", () => expect(categoryOf("# train the model\nx = 1")).not.toBe("model_training"));
  it("by code inside a string", () =>
    expect(categoryOf('note = "model.fit(X); docker build"')).not.toMatch(/training|deployment/));
  it("by a name that contains a keyword", () => {
    expect(categoryOf("my_docker_notes = load_notes()")).not.toBe("deployment");
    expect(categoryOf("fit_count = 3")).not.toBe("model_training");
  });
  it("by a string's join, which is not a DataFrame's", () => {
    expect(categoryOf('context = "\\n".join(doc for doc in docs)')).not.toBe("data_preparation");
    expect(
      lastOf(
        "from qdrant_client import QdrantClient\nclient = QdrantClient(':memory:')",
        'results = client.query_points(collection_name="docs", query=vector, limit=3)',
        'context = "\\n".join(r.payload["document"] for r in results.points)',
      ),
    ).toBe("serving");
  });
  it("by `.fit` on a preprocessing object", () => {
    expect(
      lastOf("from sklearn.preprocessing import StandardScaler\nscaler = StandardScaler()", "scaler.fit(X_train)"),
    ).toBe("data_preparation");
  });
  it("by `.predict` on a deployed endpoint (serving) versus a model (evaluation)", () => {
    expect(
      lastOf("endpoint = model.deploy(machine_type='n1-standard-4')", "endpoint.predict(instances=[[1, 2, 3]])"),
    ).toBe("serving");
    expect(lastOf("clf = LogisticRegression().fit(X, y)", "clf.predict(X_test)")).toBe("model_evaluation");
  });
  it("by a version check written as an assert", () =>
    expect(categoryOf('import sklearn\nassert sklearn.__version__ >= "0.20"')).toBe("setup"));
});

describe("classifyCell: mixed cells", () => {
  it("go with what most lines do", () => {
    const source =
      "clf = RandomForestClassifier()\nclf.fit(X_train, y_train)\nprint(accuracy_score(y_test, clf.predict(X_test)))";
    expect(categoryOf(source)).toBe("model_training");
  });
  it("go to the later stage on a tie", () => {
    expect(categoryOf("clf.fit(X_train, y_train)\nprint(accuracy_score(y_test, clf.predict(X_test)))")).toBe(
      "model_evaluation",
    );
  });
});

describe("classifyCell: confidence and signals", () => {
  it("gives a confidence in [0, 1] that grows with the evidence margin", () => {
    const clear = classifyCell(
      cell('df = pd.read_csv("a.csv")\nextra = pd.read_parquet("b.parquet")\nmore = pd.read_json("c.json")'),
    );
    const mixed = classifyCell(cell("clf.fit(X_train, y_train)\nprint(accuracy_score(y_test, clf.predict(X_test)))"));
    for (const c of [clear, mixed]) expect(c.confidence).toBeGreaterThanOrEqual(0);
    expect(clear.confidence).toBeLessThanOrEqual(1);
    expect(clear.confidence).toBeGreaterThan(mixed.confidence);
  });
  it("names its signals as `code` → category", () => {
    expect(classifyCell(cell('df = pd.read_csv("a.csv")')).signals).toContain("`pd.read_csv` → data_ingestion");
  });
  it("is deterministic", () => {
    const source = "import torch\nmodel = Net()\nloss.backward()\noptimizer.step()";
    expect(classifyCell(cell(source))).toEqual(classifyCell(cell(source)));
  });
});

describe("classifyNotebook: context", () => {
  it("gives a cell that only shows the previous result that step's category", () => {
    expect(lastOf("housing_prepared = full_pipeline.fit_transform(housing)", "housing_prepared")).toBe(
      "data_preparation",
    );
    expect(lastOf("scores = cross_val_score(m, X, y, cv=5)", "scores")).toBe("model_evaluation");
  });
  it("calls a look at freshly loaded data exploration", () => {
    expect(lastOf('df = pd.read_csv("a.csv")', "df.shape")).toBe("data_exploration");
  });
  it("calls .head()/.columns on data the previous cell prepared exploration, a bare display its step (rules)", () => {
    const prepared = 'feats = df.merge(counts, on="id", how="left").fillna(0)';
    const byRules = (display: string) =>
      classifyNotebook([cell(prepared, 0), cell(display, 1)], { model: null })[1]?.category;
    expect(byRules("feats.head(7)")).toBe("data_exploration");
    expect(byRules("feats.columns")).toBe("data_exploration");
    expect(byRules("feats")).toBe("data_preparation");
  });
  it("keeps a cell of imports setup under any heading (rules)", () => {
    const cells = [
      cell("## 3. Feature Engineering - Categorical", 0, "markdown"),
      cell("from sklearn.metrics import roc_auc_score", 1),
    ];
    expect(classifyNotebook(cells, { model: null })[1]?.category).toBe("setup");
  });
  it("reads printing a library's version as setup", () => {
    const cells = [cell("import peft", 0), cell('print(f"PEFT version: {peft.__version__}")', 1)];
    expect(classifyNotebook(cells, { model: null })[1]?.category).toBe("setup");
  });
  it("reads a function that picks a search's best parameters as tuning", () => {
    expect(categoryOf("def best_param(model, is_larger_better=True):\n    return model.results[0]")).toBe(
      "hyperparameter_tuning",
    );
  });
  it("reads a loop that fits, scores and keeps the best as a search", () => {
    const source = [
      "from sklearn.linear_model import Ridge",
      "from sklearn.metrics import mean_absolute_error",
      'best_mae = float("inf")',
      "for alpha in [0.1, 1, 10]:",
      "    model = Ridge(alpha=alpha)",
      "    model.fit(X_train, y_train)",
      "    mae = mean_absolute_error(y_val, model.predict(X_val))",
      "    if mae < best_mae:",
      "        best_mae, best_alpha = mae, alpha",
    ].join("\n");
    expect(categoryOf(source)).toBe("hyperparameter_tuning");
  });
  it("reads a loss computed without gradients as evaluation", () => {
    const model = [
      "import torch",
      "from transformers import AutoModelForSequenceClassification",
      "model = AutoModelForSequenceClassification.from_pretrained(checkpoint)",
    ].join("\n");
    const forward = [
      "from torch.nn.functional import cross_entropy",
      "",
      "def forward_pass(batch):",
      "    inputs = {k: v.to(device) for k, v in batch.items()}",
      "    with torch.no_grad():",
      "        output = model(**inputs)",
      '        loss = cross_entropy(output.logits, batch["label"], reduction="none")',
      '    return {"loss": loss.cpu().numpy()}',
    ].join("\n");
    expect(classifyNotebook([cell(model, 0), cell(forward, 1)], { model: null })[1]?.category).toBe("model_evaluation");
  });
  it("reads a forward pass through a bare encoder without gradients as extracting features (hidden states)", () => {
    const encoder =
      'from transformers import AutoModel\nmodel = AutoModel.from_pretrained("distilbert-base-uncased").to(device)';
    const forward = "with torch.no_grad():\n    outputs = model(**inputs)\nprint(outputs)";
    const head = encoder.replace(/AutoModel/g, "AutoModelForSequenceClassification");
    const categoryAfter = (made: string) =>
      classifyNotebook([cell("import torch", 0), cell(made, 1), cell(forward, 2)], { model: null })[2]?.category;
    expect(categoryAfter(encoder)).toBe("feature_engineering");
    expect(categoryAfter(head)).toBe("model_evaluation");
  });
  it("resolves names a star import brought in", () => {
    const cells = [cell("from pycaret.anomaly import *", 0), cell("plot_model(iforest, plot='tsne')", 1)];
    expect(classifyNotebook(cells, { model: null })[1]?.category).toBe("model_evaluation");
  });
  it("reads an in-place change of the data as preparation, not a display", () => {
    const loaded = 'df = pd.read_csv("prices.csv")';
    expect(
      classifyNotebook([cell(loaded, 0), cell('df.sort_values(by=["Date"], inplace=True)', 1)], { model: null })[1]
        ?.category,
    ).toBe("data_preparation");
  });
  it("uses the heading when a cell has nothing else to go on", () => {
    expect(lastOf("## Save the model", 'model_path = os.path.join(root, "model", "1")')).toBe("model_export");
  });
  it("ignores the notebook title", () => {
    const cells = [
      cell("# Drift monitoring demo", 0, "markdown"),
      cell("from sklearn.linear_model import LinearRegression\nmodel = LinearRegression()", 1),
    ];
    expect(classifyNotebook(cells)[1]?.category).toBe("model_training");
  });
  it("follows user functions to what they do", () => {
    expect(
      lastOf("def fetch_data(url):\n    return pd.read_csv(url)", 'raw = fetch_data("https://example.com/a.csv")'),
    ).toBe("data_ingestion");
  });
  it("treats loss curves as evaluation, not exploration", () => {
    expect(
      lastOf("history = model.fit(X, y, epochs=5)", 'plt.plot(history.history["loss"], label="loss")\nplt.legend()'),
    ).toBe("model_evaluation");
  });
  it("reports the nearest heading as the section", () => {
    const cells = [
      cell("# Title", 0, "markdown"),
      cell("x = 1", 1),
      cell("## Part\ntext", 2, "markdown"),
      cell("y = 2", 3),
    ];
    expect(classifyNotebook(cells).map((c) => c.section)).toEqual(["Title", "Title", "Part", "Part"]);
  });
});
