import { describe, expect, it } from "vitest";
import { BANK_V1 } from "./bank-v1";
import { scoreAssessment } from "./score";
import type { Answers, AssessmentResult, DimensionId } from "./types";

// Five teams described in prose, each answering the whole questionnaire as we read the
// description, and where the public models (shared/MATURITY-MODELS.md) would put them.

const bank = BANK_V1;
const levels = (r: AssessmentResult) =>
  Object.fromEntries(r.dimensions.map((d) => [d.id, d.level])) as Record<DimensionId, number>;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];

describe("five teams, from a pickle in an e-mail to drift-triggered retraining", () => {
  it("1. One data scientist, a notebook, a pickle e-mailed to an engineer: Google 0, Microsoft mostly 0", () => {
    // She pulls a CSV export by hand, trains in a notebook on her laptop, glances at a plot,
    // prints the accuracy, and e-mails model.pkl to the engineer, who loads it into the app
    // and copies it onto the server. Nobody has retrained since; users report problems.
    const answers: Answers = {
      "team.roles": "solo",
      "team.handoff": "file",
      "team.documentation": "none",
      "team.incidents": "users",
      "data.sources": "by_hand",
      "data.versioning": "no",
      "data.validation": "eyeball",
      "data.features": "rewritten",
      "exp.tracking": "nowhere",
      "exp.environment": "no",
      "exp.reproduce": "author_only",
      "exp.code_home": "local_notebook",
      "exp.comparison": "one_metric",
      "code.version_control": "partly",
      "code.unit_tests": "none",
      "code.ci": "nothing",
      "code.static_checks": "no",
      "train.orchestration": "notebook",
      "train.triggers": "never",
      "train.model_validation": "person",
      "train.compute": "laptop",
      "train.failures": "noticed",
      "release.registry": "files",
      "release.process": "by_hand",
      "release.approval": "deployer",
      "release.rollback": "no",
      "release.environments": "none",
      "serve.api": "embedded",
      "serve.packaging": "by_hand",
      "serve.scaling": "single",
      "serve.integration_tests": "nothing",
      "serve.performance": "no",
      "mon.service": "logs",
      "mon.model": "nothing",
      "mon.feedback": "no",
      "mon.response": "unseen",
    };
    const result = scoreAssessment(bank, answers);
    expect(result.confidence).toBe(1);
    expect(result.google.level).toBe(0);
    expect(result.google.missing).toEqual([
      "orchestrated_pipeline",
      "data_validation",
      "model_validation",
      "metadata_store",
      "pipeline_triggers",
    ]);
    expect(result.google.explanation).toContain("Training, validation and release are still done by hand.");
    const l = Object.values(levels(result));
    expect(l.every((x) => x <= 1)).toBe(true);
    expect(l.filter((x) => x === 0).length).toBeGreaterThanOrEqual(6);
    // Her first steps are about her own work, not about Kubernetes.
    const training = result.weakest.find((w) => w.dimension === "training_pipeline");
    expect(training?.practices[0]?.title).toBe("Put the training notebook's code into a versioned script");
  });

  it("2. A DevOps-strong software team with manual ML: Google 0, Microsoft about 1", () => {
    // The app has reviewed code, CI, containers and dashboards. The data scientist gets data
    // from a nightly job, trains from a script when asked, keeps results in a spreadsheet,
    // and hands the model and its committed scoring script to the engineers for a release.
    const answers: Answers = {
      "team.roles": "silos",
      "team.handoff": "repo",
      "team.documentation": "readme",
      "team.incidents": "ad_hoc",
      "data.sources": "scheduled",
      "data.versioning": "copies",
      "data.validation": "eyeball",
      "data.features": "rewritten",
      "exp.tracking": "sheet",
      "exp.environment": "requirements",
      "exp.reproduce": "author_only",
      "exp.code_home": "repo_notebook",
      "exp.comparison": "fixed_test",
      "code.version_control": "reviewed",
      "code.unit_tests": "app",
      "code.ci": "app_ci",
      "code.static_checks": "ci_lint",
      "train.orchestration": "script",
      "train.triggers": "decision",
      "train.model_validation": "person",
      "train.compute": "shared_server",
      "train.failures": "logs",
      "release.registry": "storage",
      "release.process": "engineers",
      "release.approval": "informal",
      "release.rollback": "by_hand",
      "release.environments": "test_by_hand",
      "serve.api": "api",
      "serve.packaging": "container",
      "serve.scaling": "manual",
      "serve.integration_tests": "basic",
      "serve.performance": "once",
      "mon.service": "dashboards",
      "mon.model": "nothing",
      "mon.feedback": "no",
      "mon.response": "told",
    };
    const result = scoreAssessment(bank, answers);
    const l = levels(result);
    expect(result.google.level).toBe(0);
    expect(median(Object.values(l))).toBe(1);
    for (const d of ["data_management", "experimentation", "training_pipeline", "model_release"] as const)
      expect(l[d], d).toBe(1);
    expect(l.code_quality).toBeGreaterThanOrEqual(1);
    expect(l.serving).toBeGreaterThanOrEqual(1);
  });

  it("3. Automated training with tracking, manual release: Microsoft 2, Google still 0", () => {
    // Data scientists and data engineers turned the notebook into a scheduled training job on
    // managed compute; runs are logged to MLflow, data is versioned, code is reviewed and its
    // feature tests run in CI. Release is a checklist the software team runs by hand.
    const answers: Answers = {
      "team.roles": "ds_de",
      "team.handoff": "registry",
      "team.documentation": "goals",
      "team.incidents": "owner",
      "data.sources": "maintained",
      "data.versioning": "versioned",
      "data.validation": "script",
      "data.features": "shared_code",
      "exp.tracking": "tracker",
      "exp.environment": "pinned",
      "exp.reproduce": "anyone",
      "exp.code_home": "scripts",
      "exp.comparison": "tracked",
      "code.version_control": "reviewed",
      "code.unit_tests": "features",
      "code.ci": "ml_ci",
      "code.static_checks": "ci_lint",
      "train.orchestration": "scheduled",
      "train.triggers": "schedule",
      "train.model_validation": "script",
      "train.compute": "managed",
      "train.failures": "notified",
      "release.registry": "registry",
      "release.process": "checklist",
      "release.approval": "recorded",
      "release.rollback": "registry",
      "release.environments": "test_by_hand",
      "serve.api": "api",
      "serve.packaging": "container",
      "serve.scaling": "manual",
      "serve.integration_tests": "api_tests",
      "serve.performance": "once",
      "mon.service": "dashboards",
      "mon.model": "spot_checks",
      "mon.feedback": "ad_hoc",
      "mon.response": "told",
    };
    const result = scoreAssessment(bank, answers);
    const l = levels(result);
    for (const d of [
      "team_process",
      "data_management",
      "experimentation",
      "code_quality",
      "training_pipeline",
      "model_release",
    ] as const)
      expect(l[d], d).toBe(2);
    expect(l.monitoring).toBeLessThan(2);
    // A scheduled script is not Google's orchestrated pipeline with validation.
    expect(result.google.level).toBe(0);
    expect(result.google.missing).toEqual([
      "orchestrated_pipeline",
      "data_validation",
      "model_validation",
      "metadata_store",
    ]);
    expect(result.google.explanation).toContain("Already in place: retraining triggers and a model registry.");
  });

  it("4. Automated model deployment through CI/CD, with a registry: Microsoft 3, Google 2", () => {
    // An orchestrated pipeline validates data and models, records metadata and retrains when
    // new data lands; the pipeline's code goes through CI/CD; approved registry versions are
    // released by CI/CD with integration and load tests. Retraining on drift is still manual.
    const answers: Answers = {
      "team.roles": "cross",
      "team.handoff": "pipeline",
      "team.documentation": "model_cards",
      "team.incidents": "on_call",
      "data.sources": "contracts",
      "data.versioning": "lineage",
      "data.validation": "pipeline",
      "data.features": "store",
      "exp.tracking": "metadata",
      "exp.environment": "container",
      "exp.reproduce": "one_command",
      "exp.code_home": "components",
      "exp.comparison": "online",
      "code.version_control": "protected",
      "code.unit_tests": "training",
      "code.ci": "pipeline_cicd",
      "code.static_checks": "ci_full",
      "train.orchestration": "orchestrated",
      "train.triggers": "new_data",
      "train.model_validation": "pipeline",
      "train.compute": "as_code",
      "train.failures": "alerted",
      "release.registry": "stages",
      "release.process": "cicd",
      "release.approval": "gated",
      "release.rollback": "one_action",
      "release.environments": "promoted",
      "serve.api": "contract",
      "serve.packaging": "as_code",
      "serve.scaling": "autoscale",
      "serve.integration_tests": "per_release",
      "serve.performance": "in_pipeline",
      "mon.service": "targets",
      "mon.model": "drift",
      "mon.feedback": "joined",
      "mon.response": "procedure",
    };
    const result = scoreAssessment(bank, answers);
    expect(Object.values(levels(result)).every((x) => x === 3)).toBe(true);
    expect(result.google).toMatchObject({ level: 2, missing: [], undetermined: [] });
  });

  it("5. Pipeline code under CI/CD, drift-triggered retraining, a feature store: Google 2, Microsoft 4 in training and monitoring", () => {
    const answers: Answers = {
      "team.roles": "owned",
      "team.handoff": "pipeline",
      "team.documentation": "model_cards",
      "team.incidents": "automated",
      "data.sources": "contracts",
      "data.versioning": "lineage",
      "data.validation": "skew",
      "data.features": "store_monitored",
      "exp.tracking": "lineage",
      "exp.environment": "same_image",
      "exp.reproduce": "one_command",
      "exp.code_home": "components",
      "exp.comparison": "online",
      "code.version_control": "protected",
      "code.unit_tests": "pipeline",
      "code.ci": "pipeline_promoted",
      "code.static_checks": "ci_full",
      "train.orchestration": "continuous",
      "train.triggers": "production_signals",
      "train.model_validation": "pipeline_infra",
      "train.compute": "as_code",
      "train.failures": "alerted",
      "release.registry": "stages",
      "release.process": "policy",
      "release.approval": "policy",
      "release.rollback": "automatic",
      "release.environments": "promoted",
      "serve.api": "contract",
      "serve.packaging": "gitops",
      "serve.scaling": "autoscale_cached",
      "serve.integration_tests": "per_release",
      "serve.performance": "in_pipeline",
      "mon.service": "targets",
      "mon.model": "drift_alerts",
      "mon.feedback": "loop",
      "mon.response": "automatic",
    };
    const result = scoreAssessment(bank, answers);
    const l = levels(result);
    expect(result.google.level).toBe(2);
    expect(l.training_pipeline).toBe(4);
    expect(l.monitoring).toBe(4);
    expect(Object.values(l).every((x) => x >= 3)).toBe(true);
  });
});
