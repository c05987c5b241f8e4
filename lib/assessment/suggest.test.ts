import { describe, expect, it } from "vitest";
import { makeNode, type NodeSeed } from "../pipeline/make-node";
import type { PipelineDiagram, PipelineEdge, PipelineNode } from "../pipeline/types";
import { BANK_V1 } from "./bank-v1";
import { suggestAnswers } from "./suggest";
import type { QuestionBank } from "./types";

const bank = BANK_V1;
const diagram = (nodes: PipelineNode[], edges: [string, string][] = []): PipelineDiagram => ({
  version: 1,
  viewport: { x: 0, y: 0, zoom: 1 },
  nodes,
  edges: edges.map(([source, target], i): PipelineEdge => ({ id: `e${i}`, source, target, label: null })),
});
const base = { phase: "ML", stage: "PRODUCTIONIZATION" } as const;
const component = (id: string, category: string, title: string, extra: Partial<NodeSeed> = {}) =>
  makeNode({ ...base, id, kind: "component", category, title, ...extra });
const step = (id: string, category: string, title: string, extra: Partial<NodeSeed> = {}) =>
  makeNode({ ...base, id, kind: "step", category, title, ...extra });

describe("suggestAnswers", () => {
  it("suggests nothing for an empty diagram", () => {
    expect(suggestAnswers(bank, diagram([]))).toEqual({});
  });

  it("an AUTOMATED ci_cd component suggests CI, naming the node", () => {
    const ci = component("n1", "ci_cd", "GitHub Actions", { automation: "AUTOMATED", phase: "DEV" });
    expect(suggestAnswers(bank, diagram([ci]))).toEqual({
      "code.ci": {
        optionId: "app_ci",
        reason: "Your pipeline has an automated CI/CD component: 'GitHub Actions'",
        nodeIds: ["n1"],
      },
    });
  });

  it("a MANUAL ci_cd component implies nothing about automation", () => {
    expect(suggestAnswers(bank, diagram([component("n1", "ci_cd", "Jenkins")]))).toEqual({});
  });

  it("CI/CD connected to an automated training pipeline suggests CI/CD of the pipeline's code", () => {
    const ci = component("ci", "ci_cd", "GitHub Actions", { automation: "AUTOMATED" });
    const kfp = component("kfp", "pipeline_orchestration", "Kubeflow Pipelines", { automation: "AUTOMATED" });
    const s = suggestAnswers(bank, diagram([ci, kfp], [["ci", "kfp"]]));
    expect(s["code.ci"]).toEqual({
      optionId: "pipeline_cicd",
      reason:
        "Your pipeline's automated CI/CD component 'GitHub Actions' is connected to the training pipeline 'Kubeflow Pipelines'",
      nodeIds: ["ci", "kfp"],
    });
    expect(s["train.orchestration"]).toMatchObject({ optionId: "orchestrated", nodeIds: ["kfp"] });
  });

  it("a model_registry node, or an automated export step, suggests a registry in use", () => {
    const registry = component("r", "model_registry", "MLflow Model Registry");
    expect(suggestAnswers(bank, diagram([registry]))["release.registry"]).toEqual({
      optionId: "registry",
      reason: "Your pipeline has a model registry: 'MLflow Model Registry'",
      nodeIds: ["r"],
    });
    const exportStep = step("x", "model_export", "Register model", { automation: "AUTOMATED" });
    expect(suggestAnswers(bank, diagram([exportStep]))["release.registry"]?.nodeIds).toEqual(["x"]);
    const manualExport = step("x", "model_export", "Save pickle");
    expect(suggestAnswers(bank, diagram([manualExport]))["release.registry"]).toBeUndefined();
  });

  it('training only in MANUAL notebook steps suggests "a notebook run by hand"', () => {
    const nodes = [
      step("a", "data_preparation", "Clean data", { sourceCells: [1, 2] }),
      step("b", "model_training", "Train model", { sourceCells: [3] }),
      step("c", "model_training", "Train again", { sourceCells: [4] }),
    ];
    expect(suggestAnswers(bank, diagram(nodes))["train.orchestration"]).toEqual({
      optionId: "notebook",
      reason:
        "Training appears only in notebook steps run by hand ('Train model', 'Train again'), and no training pipeline is drawn",
      nodeIds: ["b", "c"],
    });
  });

  it("does not say 'notebook' when a training step was drawn by hand, is partly automated, or an orchestrator exists", () => {
    const fromNotebook = step("b", "model_training", "Train model", { sourceCells: [3] });
    const drawn = step("d", "model_training", "Train script");
    const partial = step("p", "model_training", "Train job", { sourceCells: [5], automation: "PARTIAL" });
    const airflow = component("af", "pipeline_orchestration", "Airflow");
    for (const nodes of [
      [fromNotebook, drawn],
      [fromNotebook, partial],
      [fromNotebook, airflow],
    ])
      expect(suggestAnswers(bank, diagram(nodes))["train.orchestration"]).toBeUndefined();
  });

  it("an AUTOMATED training step is an orchestrated pipeline", () => {
    const s = suggestAnswers(
      bank,
      diagram([step("t", "model_training", "Nightly training", { automation: "AUTOMATED" })]),
    );
    expect(s["train.orchestration"]).toMatchObject({ optionId: "orchestrated", nodeIds: ["t"] });
  });

  it("takes the highest option a question's matches support", () => {
    const manualChecks = component("v1", "data_validation", "Great Expectations");
    const pipelineChecks = component("v2", "data_validation", "TFDV", { automation: "AUTOMATED" });
    expect(suggestAnswers(bank, diagram([manualChecks]))["data.validation"]?.optionId).toBe("script");
    expect(suggestAnswers(bank, diagram([manualChecks, pipelineChecks]))["data.validation"]).toMatchObject({
      optionId: "pipeline",
      nodeIds: ["v2"],
    });
    const docker = component("d", "containerization", "Docker", { phase: "DEV" });
    const helm = component("h", "infrastructure_as_code", "Helm", { phase: "PROD" });
    expect(suggestAnswers(bank, diagram([docker]))["serve.packaging"]?.optionId).toBe("container");
    expect(suggestAnswers(bank, diagram([docker, helm]))["serve.packaging"]).toMatchObject({
      optionId: "as_code",
      nodeIds: ["d", "h"],
    });
    expect(suggestAnswers(bank, diagram([helm]))["serve.packaging"]).toBeUndefined();
  });

  it("drift monitoring feeding the training pipeline suggests retraining on production signals", () => {
    const evidently = component("m", "model_monitoring", "Evidently", { automation: "AUTOMATED", phase: "PROD" });
    const kfp = component("k", "pipeline_orchestration", "Kubeflow Pipelines", { automation: "AUTOMATED" });
    expect(suggestAnswers(bank, diagram([evidently, kfp], [["m", "k"]]))["train.triggers"]).toMatchObject({
      optionId: "production_signals",
      nodeIds: ["m", "k"],
    });
    // The other way round is the pipeline deploying into monitoring, not a trigger.
    expect(suggestAnswers(bank, diagram([evidently, kfp], [["k", "m"]]))["train.triggers"]).toBeUndefined();
  });

  it("never reads a missing node as a missing practice", () => {
    const s = suggestAnswers(bank, diagram([component("api", "model_api", "FastAPI", { phase: "DEV" })]));
    expect(Object.keys(s)).toEqual(["serve.api"]);
  });

  it("ignores data and external nodes, and suggests only options the bank has, in bank order", () => {
    const nodes = [
      makeNode({ ...base, id: "d", kind: "data", title: "Sales table" }),
      component("fs", "feature_store", "Feast"),
      component("tr", "experiment_tracking", "MLflow"),
    ];
    expect(Object.keys(suggestAnswers(bank, diagram(nodes)))).toEqual(["data.features", "exp.tracking"]);
    const smaller: QuestionBank = { ...bank, questions: bank.questions.filter((q) => q.id !== "data.features") };
    expect(Object.keys(suggestAnswers(smaller, diagram(nodes)))).toEqual(["exp.tracking"]);
  });

  it("every suggestion names an option of its question and nodes of the diagram", () => {
    const nodes = [
      component("c1", "ci_cd", "GitLab CI", { automation: "AUTOMATED" }),
      component("c2", "pipeline_orchestration", "Prefect", { automation: "AUTOMATED" }),
      component("c3", "autoscaling", "KServe"),
      component("c4", "caching", "Redis"),
      component("c5", "load_testing", "k6"),
      component("c6", "monitoring", "Grafana"),
      component("c7", "data_versioning", "DVC"),
      step("s1", "data_ingestion", "Load", { automation: "AUTOMATED" }),
    ];
    const s = suggestAnswers(bank, diagram(nodes, [["c1", "c2"]]));
    expect(Object.keys(s)).toEqual([
      "data.sources",
      "data.versioning",
      "code.ci",
      "train.orchestration",
      "serve.scaling",
      "serve.performance",
      "mon.service",
    ]);
    expect(s["serve.scaling"]?.optionId).toBe("autoscale_cached");
    for (const [questionId, suggestion] of Object.entries(s)) {
      const q = bank.questions.find((x) => x.id === questionId)!;
      expect(q.options.map((o) => o.id)).toContain(suggestion.optionId);
      for (const id of suggestion.nodeIds) expect(nodes.map((n) => n.id)).toContain(id);
      expect(suggestion.reason.length).toBeGreaterThan(10);
    }
  });
});
