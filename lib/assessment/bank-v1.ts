import { CODE_QUALITY } from "./bank-v1/code-quality";
import { DATA_MANAGEMENT } from "./bank-v1/data-management";
import { EXPERIMENTATION } from "./bank-v1/experimentation";
import { MODEL_RELEASE } from "./bank-v1/model-release";
import { MONITORING } from "./bank-v1/monitoring";
import { SERVING } from "./bank-v1/serving";
import { TEAM_PROCESS } from "./bank-v1/team-process";
import { TRAINING_PIPELINE } from "./bank-v1/training-pipeline";
import type { QuestionBank } from "./types";

// Question bank version 1, in our own words, grounded in shared/MATURITY-MODELS.md. Never edit
// a shipped version's meaning: stored assessments keep its answers and results. To change
// questions, copy it to bank-v2.ts, edit there, and add it to banks.ts.

export const BANK_V1: QuestionBank = {
  version: 1,
  dimensions: [
    {
      id: "team_process",
      label: "Team and process",
      description: "Roles, hand-offs between people, documentation and who responds when the model misbehaves.",
    },
    {
      id: "data_management",
      label: "Data management",
      description: "Where training data comes from, how it is versioned and validated, and how features are shared.",
    },
    {
      id: "experimentation",
      label: "Experimentation and reproducibility",
      description: "Experiment tracking and metadata, environments, and whether a model can be rebuilt.",
    },
    {
      id: "code_quality",
      label: "Code quality and testing",
      description: "Version control, review, automated tests and what CI runs.",
    },
    {
      id: "training_pipeline",
      label: "Training pipeline and continuous training",
      description: "How training runs: orchestration, triggers, model validation and compute.",
    },
    {
      id: "model_release",
      label: "Model release and deployment",
      description: "Model registry, release process, approval, rollback and environments.",
    },
    {
      id: "serving",
      label: "Serving and application integration",
      description: "The prediction API, packaging, scaling, caching, integration and load tests.",
    },
    {
      id: "monitoring",
      label: "Monitoring and feedback",
      description: "Service metrics, model and drift metrics, alerts and retraining on production signals.",
    },
  ],
  questions: [
    ...TEAM_PROCESS,
    ...DATA_MANAGEMENT,
    ...EXPERIMENTATION,
    ...CODE_QUALITY,
    ...TRAINING_PIPELINE,
    ...MODEL_RELEASE,
    ...SERVING,
    ...MONITORING,
  ],
};
