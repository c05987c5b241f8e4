import { describe, expect, it } from "vitest";
import { classifyCell } from "./classify";
import { classifyNotebook } from "./classify-notebook";
import type { CellCategory } from "./taxonomy";
import type { ParsedCell } from "./types";

const cell = (source: string, index = 0, type: ParsedCell["type"] = "code"): ParsedCell => ({
  index,
  type,
  source,
  tags: [],
  skipped: false,
  stepName: null,
  title: null,
});
const categoryOf = (source: string) => classifyCell(cell(source)).category;
/** Classifies a list of cells as a notebook (markdown cells start with "#") and returns the last one's category. */
function lastOf(...sources: string[]): CellCategory {
  const cells = sources.map((s, i) =>
    cell(s, i, s.startsWith("#") && !s.startsWith("#|") && /^#+ /.test(s) ? "markdown" : "code"),
  );
  return classifyNotebook(cells).at(-1)?.category ?? "other";
}

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

describe("classifyCell: cloud SDKs and vector stores", () => {
  it("reads SageMaker SDK v3 processing and training jobs", () => {
    expect(
      categoryOf(
        'from sagemaker.core import FrameworkProcessor\nprocessor = FrameworkProcessor(role=role, instance_type="ml.m5.xlarge")',
      ),
    ).toBe("data_preparation");
    expect(
      categoryOf("from sagemaker.train import ModelTrainer\ntrainer = ModelTrainer(training_image=image, role=role)"),
    ).toBe("model_training");
  });
  it("reads an Azure ML client's operation group when the verb says nothing", () => {
    const client = "from azure.ai.ml import MLClient\nml_client = MLClient(credential, sub, group, workspace)";
    expect(lastOf(client, "ml_client.online_endpoints.begin_delete(name=endpoint_name)")).toBe("deployment");
    expect(lastOf(client, "endpoint = ml_client.online_endpoints.get(name=endpoint_name)")).toBe("deployment");
    expect(lastOf(client, "keys = ml_client.online_endpoints.get_keys(name=endpoint_name).primary_key")).toBe(
      "serving",
    );
  });
  it("counts building a vector collection as preparing the data it will search", () => {
    expect(
      lastOf(
        "from qdrant_client import QdrantClient, models\nclient = QdrantClient(':memory:')",
        'client.create_collection(\n    collection_name="docs",\n    vectors_config=models.VectorParams(size=384, distance=models.Distance.COSINE),\n)',
      ),
    ).toBe("data_preparation");
  });
});

describe("classifyCell: image builders and recommender helpers", () => {
  it("reads a Kubeflow Fairing image builder as deployment, not as setup for its imports", () => {
    expect(
      categoryOf(
        "from kubeflow.fairing.builders import cluster\nfrom kubeflow.fairing import constants\n" +
          'cluster_builder = cluster.cluster.ClusterBuilder(registry=DOCKER_REGISTRY, preprocessor=preprocessor, dockerfile_path="Dockerfile")\n' +
          "print(cluster_builder.build())",
      ),
    ).toBe("deployment");
  });
  it("reads a segmentation_models_pytorch architecture as a model being built, not as setup", () => {
    expect(
      categoryOf(
        "import segmentation_models_pytorch as smp\nENCODER = 'resnet34'\nCLASSES = ['car']\n" +
          "model = smp.Unet(encoder_name=ENCODER, classes=len(CLASSES), activation='sigmoid')",
      ),
    ).toBe("model_training");
  });
  it("reads turning a Hugging Face dataset into tf.data batches as preparation", () => {
    expect(
      lastOf(
        "batch_size = 64\ntraining_args = TrainingArguments(output_dir='out', per_device_train_batch_size=batch_size)",
        'tf_train = ds["train"].to_tf_dataset(columns=cols, label_cols=["label"], shuffle=True, batch_size=batch_size)',
      ),
    ).toBe("data_preparation");
  });
  it("reads recommenders' LightFM helpers as evaluation of the fitted model", () => {
    const imports =
      "from recommenders.models.lightfm.lightfm_utils import prepare_all_predictions, similar_users\nfrom lightfm import LightFM";
    expect(
      lastOf(
        imports,
        "model = LightFM(loss='warp')\nmodel.fit(train)",
        "similar_users(user_id=1, user_features=uf, model=model)",
      ),
    ).toBe("model_evaluation");
    expect(
      lastOf(
        imports,
        "model = LightFM(loss='warp')\nmodel.fit(train)",
        "preds = prepare_all_predictions(data, uid_map, iid_map, model=model)",
      ),
    ).toBe("model_evaluation");
  });
});

describe("classifyCell: LLM engines, experiment metrics, tuning headings", () => {
  it("reads a vLLM engine as serving", () => {
    expect(categoryOf('from vllm import LLM, SamplingParams\nllm = LLM(model="org/merged-model")')).toBe("serving");
  });
  it("reads a transformer's hidden states as embedding features", () => {
    expect(categoryOf("embeddings = outputs.last_hidden_state[:, 0].cpu().numpy()")).toBe("feature_engineering");
  });
  it("reads a Vertex AI TensorBoard instance for an experiment as setup", () => {
    expect(
      lastOf(
        "from google.cloud import aiplatform as vertex_ai",
        'tb = vertex_ai.Tensorboard.create(display_name="runs")',
      ),
    ).toBe("setup");
  });
  it("reads Vertex AI metric logging as evaluation", () => {
    expect(
      categoryOf('from google.cloud import aiplatform as vertex_ai\nvertex_ai.log_metrics({"val_loss": val_loss})'),
    ).toBe("model_evaluation");
  });
  it("takes a search heading as tuning, not a heading that only names the hyper-parameters", () => {
    expect(lastOf("## Hyperparameter search", 'hyperparams = {"hidden_units": [64, 32]}\nhyperparams')).toBe(
      "hyperparameter_tuning",
    );
    expect(lastOf("## Create hyperparameters", 'hyperparams = {"hidden_units": [64, 32]}\nhyperparams')).not.toBe(
      "hyperparameter_tuning",
    );
  });
});

describe("classifyCell: per-cell evidence for features and deployment configs", () => {
  // The rules alone: the shipped learned layer must not hide a rule that is missing.
  const rulesLastOf = (...sources: string[]) =>
    classifyNotebook(
      sources.map((s, i) => cell(s, i)),
      { model: null },
    ).at(-1)?.category;
  it("reads a new column that is a condition on other columns as an indicator feature", () => {
    expect(
      categoryOf(
        'def indicate_outliers(df):\n    X_new = pd.DataFrame()\n    X_new["Outlier"] = (df.Neighborhood == "Edwards") & (df.SaleCondition == "Partial")\n    return X_new',
      ),
    ).toBe("feature_engineering");
  });
  it("reads columns written into an empty table from another table's columns as new features", () => {
    const source =
      'import pandas as pd\ndef break_down(df):\n    X = pd.DataFrame()\n    X["MSClass"] = df.MSSubClass.str.split("_", n=1, expand=True)[0]\n    return X';
    expect(rulesLastOf(source)).toBe("feature_engineering");
  });
  it("reads a darts covariate-encoder spec as feature engineering", () => {
    expect(
      rulesLastOf(
        "from darts.dataprocessing.transformers import Scaler",
        'encoders = {"datetime_attribute": {"past": ["month", "year"]}, "transformer": Scaler()}',
      ),
    ).toBe("feature_engineering");
  });
  it("reads a dict with an endpoint's traffic split or instance counts as the deployment's config", () => {
    expect(rulesLastOf('traffic_config = {"traffic": {blue_name: 90, green_name: 10}}')).toBe("deployment");
    expect(rulesLastOf('deploy_config = {"instance_type": "Standard_DS3_v2", "instance_count": 1}')).toBe("deployment");
  });
  it("reads merging a table of group statistics back onto the rows as target/mean encoding", () => {
    const load = "import pandas as pd\ndf = pd.read_csv('train.csv')\nusers = pd.read_csv('users.csv')";
    expect(
      rulesLastOf(
        load,
        "te = df[['brand', 'target']].groupby('brand').mean()",
        "print(df.shape)",
        "te = te.reset_index()\nte.columns = ['brand', 'TE_brand']\ndf = df.merge(te, how='left', on='brand')",
      ),
    ).toBe("feature_engineering");
    // Joining another loaded table is still preparation.
    expect(rulesLastOf(load, "print(df.shape)", "df = df.merge(users, how='left', on='user_id')")).toBe(
      "data_preparation",
    );
  });
  it("reads a groupby summary laid out with reset_index and shown as exploration, not preparation", () => {
    expect(
      rulesLastOf(
        "import pandas as pd\ndf = pd.read_csv('prices.csv')",
        "df.sort_values(by=['Date'], inplace=True)",
        "idcount = df.groupby('Date')['SecuritiesCode'].count().reset_index()\nidcount",
      ),
    ).toBe("data_exploration");
  });
  it("reads writing out a deployment's config as deployment", () => {
    expect(
      rulesLastOf(
        "import json",
        'traffic_config = {"traffic": {blue_name: 0, green_name: 100}}',
        "print(blue_name)",
        'traffic_config_path = "traffic_config.json"\nwith open(traffic_config_path, "w") as outfile:\n    outfile.write(json.dumps(traffic_config))',
      ),
    ).toBe("deployment");
  });
});
