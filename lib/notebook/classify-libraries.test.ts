import { describe, expect, it } from "vitest";
import { categoryOf, cell, lastOf } from "@/test/notebook-cells";
import { classifyNotebook } from "./classify-notebook";

// What the classifier knows of particular libraries and their idioms: cloud SDKs, vector
// stores, image builders, recommender helpers, LLM engines, feature and deployment-config
// patterns. Each rule is general code knowledge; the cells are written for the test.

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
  it("reads resetting a Hugging Face dataset's format as preparation, like setting it (rules)", () => {
    const cells = [
      cell('from datasets import load_dataset\nemotions = load_dataset("emotion")', 0),
      cell("emotions.reset_format()", 1),
    ];
    expect(classifyNotebook(cells, { model: null })[1]?.category).toBe("data_preparation");
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
  it("reads a fitted LightFM model's user and item embeddings as a look at what it learned (rules)", () => {
    const cells = [
      cell("from lightfm import LightFM", 0),
      cell("model = LightFM(loss='warp')\nmodel.fit(train, user_features=uf)", 1),
      cell("_, user_embeddings = model.get_user_representations(features=uf)\nuser_embeddings", 2),
    ];
    expect(classifyNotebook(cells, { model: null })[2]?.category).toBe("model_evaluation");
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

describe("classifyCell: ONNX Runtime and quality plots", () => {
  const session =
    'import onnxruntime as ort\nsession = ort.InferenceSession("model.onnx", providers=["CPUExecutionProvider"])';
  it("reads an inference session over an exported model, and running it, as serving", () => {
    expect(categoryOf(session)).toBe("serving");
    expect(lastOf(session, 'outputs = session.run(None, {"input": batch})')).toBe("serving");
    expect(
      lastOf(
        session,
        "binding = session.io_binding()\nbinding.bind_cpu_input('x', x)\nsession.run_with_iobinding(binding)",
      ),
    ).toBe("serving");
  });
  it("reads ONNX Runtime's optimiser and quantiser as export", () => {
    expect(
      categoryOf(
        'from onnxruntime.quantization import quantize_dynamic, QuantType\nquantize_dynamic("model.onnx", "model.int8.onnx", weight_type=QuantType.QInt8)',
      ),
    ).toBe("model_export");
  });
  it("reads a plot named for performance as evaluation, not exploration", () => {
    const define =
      "import matplotlib.pyplot as plt\ndef plot_performance(results):\n    plt.bar(list(results), list(results.values()))\n    plt.show()";
    expect(categoryOf(define)).toBe("model_evaluation");
    expect(lastOf(define, "plot_performance(results)")).toBe("model_evaluation");
  });
});

describe("classifyCell: feature utility scores", () => {
  it("reads mutual-information scores, and using them, as feature engineering, not evaluation", () => {
    const define =
      "from sklearn.feature_selection import mutual_info_regression\nimport pandas as pd\ndef make_mi_scores(X, y):\n    scores = mutual_info_regression(X, y)\n    return pd.Series(scores, index=X.columns).sort_values()";
    expect(categoryOf(define)).toBe("feature_engineering");
    expect(lastOf(define, "mi_scores = make_mi_scores(X, y)\nmi_scores")).toBe("feature_engineering");
  });
});
