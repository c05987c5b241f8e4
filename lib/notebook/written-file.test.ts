import { describe, expect, it } from "vitest";
import { scoreBlock } from "./block-scoring";
import { emptyContext, Scope } from "./classify-context";
import { parseStatements } from "./python-statements";
import { classifyWrittenFile, writefileTarget } from "./written-file";

const score = (source: string) =>
  scoreBlock(parseStatements(source).statements, new Scope(emptyContext(), 0), new Map());
const written = (path: string, content: string, dirs = new Map()) =>
  classifyWrittenFile(path, content, score, dirs).category;

describe("classifyWrittenFile", () => {
  it("reads container, dependency and cluster files", () => {
    expect(written("Dockerfile", "FROM python:3.11\nRUN pip install x\n")).toBe("deployment");
    expect(written("serving/Containerfile", "FROM x\nCOPY . /app\n")).toBe("deployment");
    expect(written("requirements.txt", "pandas==2.2\n")).toBe("setup");
    expect(written("k8s/service.yaml", "apiVersion: v1\nkind: Service\n")).toBe("deployment");
    expect(written("cloudbuild.yaml", "steps:\n- name: gcr.io/cloud-builders/docker\n")).toBe("deployment");
    expect(written("rules/alerts.yml", "groups:\n- name: model\n  rules:\n  - alert: HighLatency\n")).toBe(
      "monitoring",
    );
    expect(written("instances.json", '{"instances": [[1, 2, 3]]}')).toBe("serving");
  });

  it("reads a Python file as the program it is", () => {
    expect(
      written(
        "app/main.py",
        'from flask import Flask\napp = Flask(__name__)\n\n@app.route("/predict", methods=["POST"])\ndef predict():\n    return "ok"\n',
      ),
    ).toBe("serving");
    expect(
      written(
        "trainer/task.py",
        "import xgboost as xgb\nmodel = xgb.XGBClassifier()\nmodel.fit(X, y)\nmodel.save_model('m.json')\n",
      ),
    ).toBe("model_training");
    expect(
      written(
        "scripts/prep.py",
        "import pandas as pd\ndf = pd.read_csv('raw.csv')\ndf = df.dropna()\ndf.to_csv('clean.csv')\n",
      ),
    ).toBe("data_preparation");
  });

  it("files a helper script with the files written next to it", () => {
    expect(written("app/prestart.sh", "export PORT=$AIP_HTTP_PORT\n", new Map([["app", "serving"]]))).toBe("serving");
  });

  it("finds the path after the flags", () => {
    expect(writefileTarget("-a app/main.py")).toBe("app/main.py");
  });
});
