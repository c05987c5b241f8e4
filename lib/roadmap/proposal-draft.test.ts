import { describe, expect, it } from "vitest";
import {
  bulkBody,
  draftFromProposal,
  draftProblem,
  editRow,
  includeAll,
  rowsByStage,
  type ProposedItem,
} from "./proposal-draft";

const owners = [
  { id: "cmember000000000000000001", name: "Grace", reason: "Knows MLflow" },
  { id: "cmember000000000000000002", name: "Alan", reason: "Knows the family" },
];

const proposal: ProposedItem[] = [
  {
    title: "Track experiments with MLflow",
    doneWhen: "Every training run logs parameters, metrics and the model to MLflow.",
    detail: "MLflow: the team knows it.",
    phase: "ML",
    componentId: "experiment_tracking",
    toolSlug: "mlflow",
    nodeIds: [],
    stage: "EXPERIMENTAL",
    source: "generated",
    sourceKey: "experiment_tracking:mlflow",
    priority: "P0",
    suggestedOwners: owners,
  },
  {
    title: "Automate Train model",
    doneWhen: "Training runs in the pipeline.",
    detail: "",
    phase: "ML",
    componentId: "pipeline_orchestration",
    toolSlug: null,
    nodeIds: ["n_train"],
    stage: "MVP",
    source: "generated",
    sourceKey: "node:n_train",
    priority: "P1",
    suggestedOwners: [],
  },
  {
    title: "Version the data",
    stage: "EXPERIMENTAL",
    source: "generated",
    sourceKey: "data_versioning:dvc",
    priority: "P2",
    suggestedOwners: [],
  },
];

describe("draftFromProposal", () => {
  it("keeps every item and presets the owner to the first suggestion", () => {
    const rows = draftFromProposal(proposal);
    expect(rows.map((r) => [r.key, r.include, r.ownerId])).toEqual([
      ["experiment_tracking:mlflow", true, owners[0]!.id],
      ["node:n_train", true, null],
      ["data_versioning:dvc", true, null],
    ]);
    expect(rows[2]!.doneWhen).toBe("");
  });
});

describe("rowsByStage", () => {
  it("groups in stage order, and a row moved to another stage goes with it", () => {
    let rows = draftFromProposal(proposal);
    expect(rowsByStage(rows).map((g) => [g.stage, g.rows.map((r) => r.key)])).toEqual([
      ["EXPERIMENTAL", ["experiment_tracking:mlflow", "data_versioning:dvc"]],
      ["MVP", ["node:n_train"]],
    ]);
    rows = editRow(rows, "data_versioning:dvc", { stage: "PRODUCTIONIZATION" });
    expect(rowsByStage(rows).map((g) => g.stage)).toEqual(["EXPERIMENTAL", "MVP", "PRODUCTIONIZATION"]);
  });
});

describe("bulkBody", () => {
  it("sends the kept rows with the lead's edits, in board order, without the suggestions", () => {
    let rows = draftFromProposal(proposal);
    rows = editRow(rows, "experiment_tracking:mlflow", {
      title: "  Track every run in MLflow ",
      priority: "P1",
      ownerId: owners[1]!.id,
    });
    rows = editRow(rows, "node:n_train", { include: false });
    rows = editRow(rows, "data_versioning:dvc", { stage: "MVP", doneWhen: "DVC tracks the training data. " });
    const body = bulkBody(rows);
    expect(body.items).toHaveLength(2);
    expect(body.items[0]).toEqual({
      title: "Track every run in MLflow",
      doneWhen: "Every training run logs parameters, metrics and the model to MLflow.",
      detail: "MLflow: the team knows it.",
      phase: "ML",
      componentId: "experiment_tracking",
      toolSlug: "mlflow",
      nodeIds: [],
      stage: "EXPERIMENTAL",
      source: "generated",
      sourceKey: "experiment_tracking:mlflow",
      priority: "P1",
      ownerId: owners[1]!.id,
    });
    expect(body.items[1]).toMatchObject({
      sourceKey: "data_versioning:dvc",
      stage: "MVP",
      doneWhen: "DVC tracks the training data.",
    });
    expect(body.items.some((i) => "suggestedOwners" in i)).toBe(false);
  });
});

describe("draftProblem", () => {
  it("needs one kept item, each with a title", () => {
    const rows = draftFromProposal(proposal);
    expect(draftProblem(rows)).toBeNull();
    expect(draftProblem(includeAll(rows, false))).toBe("Keep at least one item to save.");
    expect(draftProblem(editRow(rows, "node:n_train", { title: "   " }))).toBe("One kept item has no title.");
    // A dropped row's title does not matter.
    expect(draftProblem(editRow(rows, "node:n_train", { title: "", include: false }))).toBeNull();
  });
});
