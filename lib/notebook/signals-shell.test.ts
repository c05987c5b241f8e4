import { describe, expect, it } from "vitest";
import { magicSignal, shellSignal, sqlSignal } from "./signals-shell";

const shell = (command: string) => shellSignal(command)?.category ?? null;

describe("shellSignal", () => {
  it.each([
    ["pip install -q pandas", "setup"],
    ["sudo apt-get install -y graphviz", "setup"],
    ["mkdir -p data", "setup"],
    ["wget -q https://example.com/train.csv", "data_ingestion"],
    ["curl -L -o data.zip https://example.com/data.zip", "data_ingestion"],
    ["wget https://raw.githubusercontent.com/org/repo/main/requirements-gpu.txt", "setup"],
    ["curl -fsSL -O https://example.com/tools/install.sh", "setup"],
    ["wget -q https://example.com/data/requirements_survey.csv", "data_ingestion"],
    ["kaggle competitions download -c titanic", "data_ingestion"],
    ["dvc pull data/raw.dvc", "data_ingestion"],
    ["gsutil cp gs://bucket/raw/*.csv data/", "data_ingestion"],
    ["gsutil cp model.joblib gs://my-bucket/models/", "model_export"],
    ["aws s3 cp train.csv s3://bucket/train/", "data_preparation"],
    ["gsutil mb -l us-central1 gs://my-bucket", "setup"],
    ["python train.py --epochs 10", "model_training"],
    ["python -m pytest tests", "testing"],
    ["tensorboard --logdir runs", "model_evaluation"],
    ["curl -X POST -d @req.json localhost:8080/predict", "serving"],
    ["curl localhost/health", "serving"],
    ["nohup tensorflow_model_server --rest_api_port=8501 --model_base_path=/models", "serving"],
    ["uvicorn app.main:app --port 8000", "serving"],
    ["docker build -t api .", "deployment"],
    ["sudo docker run -d -p 80:8080 api", "deployment"],
    ["kubectl apply -f k8s/", "deployment"],
    ["helm install api ./chart", "deployment"],
    ["bentoml serve service:svc", "serving"],
    ["bentoml run IrisClassifier:latest predict --input '[[5.1, 3.5, 1.4, 0.2]]'", "serving"],
    ["bentoml get IrisClassifier:latest", "model_export"],
    ["bentoml containerize IrisClassifier:latest", "deployment"],
    ["feast --chdir ./feature_repo apply", "deployment"],
    ["feast serve_offline", "deployment"],
    ["feast materialize-incremental 2024-01-01T00:00:00", "data_preparation"],
    ["terraform apply -auto-approve", "deployment"],
    ["gcloud auth configure-docker us-docker.pkg.dev", "deployment"],
    ["gcloud run deploy api --image gcr.io/p/api", "deployment"],
    ["gcloud beta ai endpoints predict 123 --json-request=req.json", "serving"],
    ["gcloud ai custom-jobs create --region=us-central1", "model_training"],
    ["gcloud config set project demo", "setup"],
    ["az ml online-endpoint create -f endpoint.yml", "deployment"],
    ["aws sagemaker-runtime invoke-endpoint --endpoint-name e out.json", "serving"],
    ["saved_model_cli show --dir model/1 --all", "model_export"],
    ["apt update && apt-get install -y tensorflow-model-server", "setup"],
  ])("%s → %s", (command, category) => {
    expect(shell(command)).toBe(category);
  });

  it("ignores commands that only look around", () => {
    for (const command of ["ls -la", "cat server.log", "cd app", "echo done", "pwd"]) expect(shell(command)).toBeNull();
  });
});

describe("magicSignal", () => {
  it("reads installs, settings and TensorBoard", () => {
    expect(magicSignal("pip", "install x")?.category).toBe("setup");
    expect(magicSignal("matplotlib", "inline")?.category).toBe("setup");
    expect(magicSignal("tensorboard", "--logdir logs")?.category).toBe("model_evaluation");
    expect(magicSignal("store", "-r")?.category).toBe("setup");
    expect(magicSignal("store", "df")).toBeNull();
    expect(magicSignal("cd", "app")).toBeNull();
    expect(magicSignal("run", "train.py")?.category).toBe("model_training");
  });
});

describe("sqlSignal", () => {
  it("tells BigQuery ML from a plain query", () => {
    expect(
      sqlSignal("CREATE OR REPLACE MODEL ds.m OPTIONS(model_type='logistic_reg') AS SELECT * FROM t")?.category,
    ).toBe("model_training");
    expect(sqlSignal("SELECT * FROM ML.EVALUATE(MODEL ds.m)")?.category).toBe("model_evaluation");
    expect(sqlSignal("SELECT a, b FROM `project.dataset.table` WHERE a > 1")?.category).toBe("data_ingestion");
    expect(sqlSignal("no sql here")).toBeNull();
  });
});
