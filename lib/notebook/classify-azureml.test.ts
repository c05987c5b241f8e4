import { describe, expect, it } from "vitest";
import { cell } from "@/test/notebook-cells";
import { classifyNotebook } from "./classify-notebook";

// Azure ML SDK v1 run bookkeeping, scoring scripts and image environments, and two tabular
// idioms (order statistics looked at, a Kaggle submission file). The rules alone: the shipped
// learned layer must not hide a rule that is missing. The cells are written for the test.

const rulesOf = (...sources: string[]) =>
  classifyNotebook(
    sources.map((s, i) => cell(s, i)),
    { model: null },
  ).map((c) => c.category);
const rulesLastOf = (...sources: string[]) => rulesOf(...sources).at(-1);

const WORKSPACE = "from azureml.core import Experiment, Workspace\nws = Workspace.from_config()";
const RUN = 'experiment = Experiment(workspace=ws, name="demo")\nrun = experiment.start_logging()';

describe("classifyCell: Azure ML SDK v1 experiments and runs", () => {
  it("reads making an experiment and starting an interactive run as setup (the corpus's tracking convention)", () => {
    expect(rulesLastOf(WORKSPACE, 'experiment = Experiment(workspace=ws, name="demo")')).toBe("setup");
    expect(
      rulesLastOf(WORKSPACE, 'experiment = Experiment(workspace=ws, name="demo")', "run = experiment.start_logging()"),
    ).toBe("setup");
  });
  it("reads closing the run as setup and listing its files as the exported artefacts", () => {
    expect(rulesLastOf(WORKSPACE, RUN, "run.complete()")).toBe("setup");
    expect(rulesLastOf(WORKSPACE, RUN, "run.get_file_names()")).toBe("model_export");
  });
  it("reads ending an MLflow or W&B run as setup, as starting it is", () => {
    expect(rulesLastOf("import mlflow", "mlflow.end_run()")).toBe("setup");
    expect(rulesLastOf("import wandb", "wandb.finish()")).toBe("setup");
  });
  it("reads uploading a file to the run record (Run.upload_file's path_or_stream) as export", () => {
    expect(
      rulesLastOf(WORKSPACE, RUN, 'run.upload_file(name=os.path.join("outputs", fname), path_or_stream=local_path)'),
    ).toBe("model_export");
  });
  it("still reads a bucket upload of a data file as preparation", () => {
    expect(
      rulesLastOf("import boto3\ns3 = boto3.client('s3')", 's3.upload_file("train.csv", bucket, "data/train.csv")'),
    ).toBe("data_preparation");
  });
  it("reads a helper that gets or creates the workspace as setup", () => {
    expect(
      rulesLastOf(
        "from utils.azureml import get_or_create_workspace",
        "ws = get_or_create_workspace(subscription_id, resource_group, workspace_name, region)\nprint(ws.name)",
      ),
    ).toBe("setup");
  });
});

describe("classifyCell: scoring scripts and inference images", () => {
  const scoring =
    "import json\nimport joblib\nfrom azureml.core.model import Model\n\n" +
    "def init():\n    global model\n    model = joblib.load(Model.get_model_path('clf'))\n\n" +
    "def run(raw_data):\n    data = json.loads(raw_data)['data']\n    y = model.predict(data)\n    return y.tolist()\n";
  it("reads a script defining init() and run() (an Azure ML entry script) as serving", () => {
    expect(rulesLastOf("scoring_script = 'score.py'", `%%writefile $scoring_script\n${scoring}`)).toBe("serving");
    expect(rulesLastOf(scoring)).toBe("serving");
  });
  it("reads SageMaker inference handlers as serving", () => {
    expect(
      rulesLastOf(
        "import joblib, os\n\ndef model_fn(model_dir):\n    return joblib.load(os.path.join(model_dir, 'model.joblib'))\n\n" +
          "def predict_fn(input_data, model):\n    return model.predict(input_data)\n",
      ),
    ).toBe("serving");
  });
  it("still reads a lone run() helper by its body", () => {
    expect(rulesLastOf("def run(model, X):\n    preds = model.predict(X)\n    return accuracy_score(y, preds)")).toBe(
      "model_evaluation",
    );
  });
  it("reads an environment built on a Dockerfile for the inference stack as deployment", () => {
    expect(
      rulesLastOf(
        WORKSPACE,
        "from azureml.core import Environment\n" +
          'env = Environment.from_conda_specification(name="inf", file_path="myenv.yml")\n' +
          'env.inferencing_stack_version = "latest"\n' +
          'env.docker.base_dockerfile = """FROM {}\nRUN apt-get update && \\\n    apt-get install -y libgl1\n""".format(base)\n' +
          "env.docker.base_image = None\nenv.register(ws)",
      ),
    ).toBe("deployment");
  });
});

describe("classifyCell: tabular inspections and submissions", () => {
  const load = "import numpy as np\nimport pandas as pd\ndf = pd.read_csv('train.csv')";
  it("reads showing a column's percentiles amid outlier fixes as exploration", () => {
    expect(rulesLastOf(load, "df['ap_hi'] = df.ap_hi.abs()", "np.percentile(df.ap_hi, [1, 99])")).toBe(
      "data_exploration",
    );
    // Keeping the percentile to cut with is still preparation.
    expect(
      rulesLastOf(load, "df['ap_hi'] = df.ap_hi.abs()", "hi = np.percentile(df.ap_hi, 99)\ndf = df[df.ap_hi < hi]"),
    ).toBe("data_preparation");
  });
  it("reads writing the predictions to a submission file as serving (the corpus's Kaggle convention)", () => {
    expect(rulesLastOf(load, "pd.DataFrame(prediction).to_csv('submission.csv', index=False)")).toBe("serving");
    expect(rulesLastOf(load, "df.to_csv('train_clean.csv', index=False)")).toBe("data_preparation");
  });
});

describe("classifyCell: a run read by export cells", () => {
  it("keeps starting the run as setup when the cells that log to it export a model", () => {
    const categories = rulesOf(
      WORKSPACE,
      'experiment = Experiment(workspace=ws, name="demo")',
      "run = experiment.start_logging()",
      'run.upload_file(name="outputs/model.pkl", path_or_stream="outputs/model.pkl")',
      'model = run.register_model(model_name="clf", model_path="outputs/model.pkl")',
    );
    expect(categories[2]).toBe("setup");
  });
});

describe("classifyCell: names from packages no rule knows", () => {
  it("reads a learner class imported from a project package as a model being built", () => {
    expect(
      rulesLastOf(
        "from utils_cv.detection.model import DetectionLearner",
        "detector = DetectionLearner(data, im_size=500)\nprint(type(detector.model))",
      ),
    ).toBe("model_training");
  });
  it("reads plotting a model's loss or precision curves as evaluation", () => {
    expect(rulesLastOf("detector = make()", "if not quick:\n    detector.plot_precision_loss_curves()")).toBe(
      "model_evaluation",
    );
  });
});
