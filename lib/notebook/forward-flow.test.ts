import { describe, expect, it } from "vitest";
import { cell } from "@/test/notebook-cells";
import { classifyNotebook } from "./classify-notebook";
import type { CellCategory } from "./taxonomy";

// Forward data flow (forward-flow.ts): constants take the step of the cells that read them.
// The rules alone (model: null), so the shipped weights cannot hide a missing rule.

const rulesOf = (...sources: string[]): CellCategory[] =>
  classifyNotebook(
    sources.map((s, i) => cell(s, i, /^#+ /.test(s) ? "markdown" : "code")),
    { model: null },
  ).map((c) => c.category);

describe("constants by their readers", () => {
  it("a step's parameter takes the step that reads it", () => {
    const [k] = rulesOf("k = 5", 'df["weight_k"] = df["weight"] / df["height"] ** k');
    expect(k).toBe("feature_engineering");
  });

  it("a payload takes the step that sends it", () => {
    const [prompt] = rulesOf(
      'prompt = """What tools should I use?"""',
      "from openai import OpenAI\nclient = OpenAI()\nreply = client.chat.completions.create(model='gpt-4o', messages=[{'role': 'user', 'content': prompt}])",
    );
    expect(prompt).toBe("serving");
  });

  it("resource names and paths stay setup whoever reads them", () => {
    const [bucket] = rulesOf(
      'BUCKET_NAME = "gs://my-bucket"',
      "from google.cloud import aiplatform\nendpoint = aiplatform.Endpoint.create(display_name=BUCKET_NAME)\nendpoint.deploy(model)",
    );
    expect(bucket).toBe("setup");
  });

  it("a container that training cells fill is theirs as much as the plots' that read it", () => {
    const [models] = rulesOf(
      "models = {}",
      "from prophet import Prophet\nm = Prophet()\nm.fit(series)\nmodels['a'] = m",
      "models['a'].plot(forecast)\nplt.show()",
    );
    expect(models).toBe("setup");
  });

  it("constants read by several steps alike, or by none, stay setup", () => {
    const shared = rulesOf(
      "SEED = 7\nN = 100",
      'df = pd.read_csv("data.csv", nrows=N)',
      "from sklearn.ensemble import RandomForestClassifier\nclf = RandomForestClassifier(random_state=SEED, n_estimators=N)\nclf.fit(X, y)",
    );
    expect(shared[0]).toBe("setup");
    expect(rulesOf("threshold = 0.5")[0]).toBe("setup");
  });
});

describe("objects by their users", () => {
  it("a setup cell that only makes an object takes the step that uses it", () => {
    const [, target] = rulesOf(
      "from azureml.core.compute import AksCompute, ComputeTarget\nfrom azureml.core.webservice import AksWebservice",
      'prov_config = AksCompute.provisioning_configuration()\naks_target = ComputeTarget.create(workspace=ws, name="aks", provisioning_configuration=prov_config)',
      "aks_config = AksWebservice.deploy_configuration()\nservice = Model.deploy(ws, 'svc', [model], deployment_config=aks_config, deployment_target=aks_target)",
    );
    expect(target).toBe("deployment");
  });

  it("not when it also imports, or sets a device or an environment variable", () => {
    const [imports] = rulesOf(
      "import torch\ndevice = torch.device('cpu')",
      "from sklearn.metrics import accuracy_score\npreds = model(x.to(device))\naccuracy_score(y, preds)",
    );
    expect(imports).toBe("setup");
  });
});

describe("headings that configure a step", () => {
  it("configuring an endpoint or a deployment is deployment work", () => {
    const cells = rulesOf(
      "import json",
      'endpoint_config = {"auth_mode": "key"}',
      "### 3.1 Configure the endpoint",
      'endpoint_config_path = "endpoint_config.json"\nwith open(endpoint_config_path, "w") as f:\n    f.write(json.dumps(endpoint_config))',
    );
    expect(cells.at(-1)).toBe("deployment");
  });
});

describe("data by its readers", () => {
  const load = 'import pandas as pd\ndf = pd.read_csv("data/heart.csv")';
  const endpoint = "from mlflow.deployments import get_deploy_client\nclient = get_deploy_client('azureml')";
  it("rows taken out only to be sent to a served model are the request, part of serving", () => {
    const [, , samples, sent] = rulesOf(
      load,
      endpoint,
      'samples = df.sample(n=5).drop(columns=["target"])',
      'client.predict(endpoint="heart", df=samples)',
    );
    expect(sent).toBe("serving");
    expect(samples).toBe("serving");
  });
  it("data that anything else reads stays preparation", () => {
    const [, , samples] = rulesOf(
      load,
      endpoint,
      'samples = df.sample(n=5).drop(columns=["target"])',
      'client.predict(endpoint="heart", df=samples)',
      "samples.describe()",
    );
    expect(samples).not.toBe("serving");
  });
});
