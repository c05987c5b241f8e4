import type { Question } from "../types";

// Model release and deployment: Microsoft's "Model release" column (manual → automatic
// release by CI/CD), Google's level-2 model registry and staged CD (automatic to test,
// semi-automatic to pre-production, manual to production), AWS's registry and staging phases.

export const MODEL_RELEASE: Question[] = [
  {
    id: "release.registry",
    dimension: "model_release",
    text: "Where are released models kept?",
    components: ["model_registry"],
    options: [
      { id: "files", label: "As files on a laptop, a drive or attached to messages", level: 0 },
      {
        id: "storage",
        label: "In a storage bucket or repository, named by hand",
        level: 1,
        practice: {
          title: "Store every released model file in one versioned bucket",
          detail: "One bucket or artefact store, a new path per version, never overwritten.",
          components: ["model_registry"],
        },
      },
      {
        id: "registry",
        label: "In a model registry, with versions",
        level: 2,
        establishes: ["model_registry"],
        practice: {
          title: "Register models in a model registry",
          detail:
            "Use MLflow Model Registry or Vertex AI Model Registry so each model has a version, metrics and an owner.",
          components: ["model_registry"],
        },
      },
      {
        id: "stages",
        label: "In a registry with versions, stages (staging, production) and links to their training runs",
        level: 3,
        establishes: ["model_registry"],
        practice: {
          title: "Mark staging and production versions in the registry",
          detail:
            "Use the registry's stages or aliases so what runs where is read from the registry, with the training run linked.",
          components: ["model_registry", "experiment_tracking"],
        },
      },
    ],
  },
  {
    id: "release.process",
    dimension: "model_release",
    text: "How does a new model version get into production?",
    components: ["ci_cd", "hosting", "model_registry"],
    options: [
      { id: "by_hand", label: "A data scientist or engineer copies it onto the server by hand", level: 0 },
      {
        id: "engineers",
        label: "Software engineers integrate it by hand in a planned release",
        level: 1,
        practice: {
          title: "Release models as part of the application's planned release",
          detail: "Hand the model to the software engineers' release process instead of copying it onto servers.",
          components: ["hosting"],
        },
      },
      {
        id: "checklist",
        label: "The software team runs a release with a checklist; the scoring script is versioned and tested",
        level: 2,
        practice: {
          title: "Write a release checklist and test the scoring script",
          detail: "Version the scoring script with tests, and release with a checklist the software team owns.",
          components: ["testing", "hosting"],
        },
      },
      {
        id: "cicd",
        label: "A CI/CD pipeline releases it automatically once it is approved",
        level: 3,
        practice: {
          title: "Release approved model versions with a CI/CD pipeline",
          detail: "When a registry version is approved, a CI/CD job builds, tests and deploys the service with it.",
          components: ["ci_cd", "model_registry"],
        },
      },
      {
        id: "policy",
        label: "The CI/CD pipeline promotes it by policy (validation passed, canary healthy) and rolls back by itself",
        level: 4,
        practice: {
          title: "Promote by policy with a canary and automatic rollback",
          detail:
            "Send a small share of traffic to the new version first and roll back automatically when its metrics fall.",
          components: ["ci_cd", "model_monitoring"],
        },
      },
    ],
  },
  {
    id: "release.approval",
    dimension: "model_release",
    text: "Who decides that a model goes live, and is the decision recorded?",
    components: ["ci_cd", "model_registry"],
    options: [
      { id: "deployer", label: "Whoever deploys it, without a record", level: 0 },
      {
        id: "informal",
        label: "It is agreed in a meeting or a chat",
        level: 1,
        practice: {
          title: "Agree who may approve a model release",
          detail: "Name one approver per model and announce each release in one place.",
          components: ["model_registry"],
        },
      },
      {
        id: "recorded",
        label: "A named approver, recorded with the model version",
        level: 2,
        practice: {
          title: "Record each approval with the model version",
          detail: "Store who approved, when and on which evaluation in the registry entry of the version.",
          components: ["model_registry"],
        },
      },
      {
        id: "gated",
        label:
          "An approval step in the release pipeline: test and staging are automatic, production waits for approval",
        level: 3,
        practice: {
          title: "Put a manual approval gate before production in the pipeline",
          detail: "Deploy to test and staging automatically; let production wait for an approval in the CI/CD tool.",
          components: ["ci_cd"],
        },
      },
      {
        id: "policy",
        label: "Promotion rules in the pipeline decide; people review the exceptions",
        level: 4,
        practice: {
          title: "Write the promotion rules down as pipeline checks",
          detail:
            "Turn what approvers look at (metrics, segments, latency) into checks the pipeline applies, with people reviewing exceptions.",
          components: ["ci_cd", "model_registry"],
        },
      },
    ],
  },
  {
    id: "release.rollback",
    dimension: "model_release",
    text: "Can you go back to the previous model quickly?",
    components: ["model_registry", "ci_cd"],
    options: [
      { id: "no", label: "Not easily: the previous file may be gone", level: 0 },
      {
        id: "by_hand",
        label: "Yes, by redeploying the old file by hand",
        level: 1,
        practice: {
          title: "Keep the previous model version where it can be redeployed",
          detail: "Never overwrite the production model file; keep at least the last version beside it.",
          components: ["model_registry"],
        },
      },
      {
        id: "registry",
        label: "Yes, by redeploying a previous version from the registry",
        level: 2,
        practice: {
          title: "Roll back by redeploying a registry version",
          detail: "Make rollback a matter of pointing production at the previous registry version.",
          components: ["model_registry"],
        },
      },
      {
        id: "one_action",
        label: "Yes, with one pipeline action that is tried regularly",
        level: 3,
        practice: {
          title: "Make rollback one pipeline action and rehearse it",
          detail: "Add a rollback job to CI/CD and run it on staging every few releases.",
          components: ["ci_cd"],
        },
      },
      {
        id: "automatic",
        label: "Automatically, when the new version's health checks fail",
        level: 4,
        practice: {
          title: "Roll back automatically on failed health checks",
          detail: "Let the deployment watch error rate and model metrics after release and revert on its own.",
          components: ["ci_cd", "monitoring"],
        },
      },
    ],
  },
  {
    id: "release.environments",
    dimension: "model_release",
    text: "Which environments does a model pass through before production?",
    components: ["ci_cd", "infrastructure_as_code"],
    options: [
      { id: "none", label: "None: it goes straight to production", level: 0 },
      {
        id: "test_by_hand",
        label: "A test environment, tried by hand",
        level: 1,
        practice: {
          title: "Try each model in a test environment first",
          detail: "Deploy to a copy of production and send it a few real requests before going live.",
          components: ["hosting"],
        },
      },
      {
        id: "staging_tests",
        label: "An isolated staging environment where automated tests run",
        level: 2,
        practice: {
          title: "Run automated tests against an isolated staging environment",
          detail:
            "Keep a staging environment built like production and run API and model checks there on every release.",
          components: ["testing", "infrastructure_as_code"],
        },
      },
      {
        id: "promoted",
        label: "Test and staging, promoted automatically when tests pass; production after approval",
        level: 3,
        practice: {
          title: "Promote automatically from test to staging when tests pass",
          detail:
            "Let CI/CD move a version from test to staging on green tests, with production still approved by a person.",
          components: ["ci_cd"],
        },
      },
    ],
  },
];
