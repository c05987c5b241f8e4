import type { Question } from "../types";

// Code quality and testing: Microsoft's "application code has unit tests" (level 1) up to
// tests per model release (level 3); Google's level-2 CI of the pipeline's own code;
// marvelousmlops' code quality section.

export const CODE_QUALITY: Question[] = [
  {
    id: "code.version_control",
    dimension: "code_quality",
    text: "Is all the code (features, training, serving) under version control, with review?",
    components: ["ci_cd"],
    options: [
      { id: "partly", label: "No, or only parts of it", level: 0 },
      {
        id: "committed",
        label: "All of it is committed, without review",
        level: 1,
        practice: {
          title: "Put all feature, training and serving code in git",
          detail: "One repository (or a few) holding everything needed to rebuild the model and the service.",
          components: ["ci_cd"],
        },
      },
      {
        id: "reviewed",
        label: "Committed, and changes are reviewed through pull requests",
        level: 2,
        practice: {
          title: "Review every change through a pull request",
          detail: "Require one reviewer for changes to training and serving code, data scientists included.",
          components: ["ci_cd"],
        },
      },
      {
        id: "protected",
        label: "Reviewed, and the main branch takes only changes whose automated checks pass",
        level: 3,
        practice: {
          title: "Protect the main branch with required checks",
          detail: "Let a change merge only when its CI checks pass.",
          components: ["ci_cd", "testing"],
        },
      },
    ],
  },
  {
    id: "code.unit_tests",
    dimension: "code_quality",
    text: "Which code has automated tests?",
    components: ["testing"],
    options: [
      { id: "none", label: "None", level: 0 },
      {
        id: "app",
        label: "The application code around the model",
        level: 1,
        practice: {
          title: "Add unit tests to the application code around the model",
          detail: "Start with pytest tests for request parsing and the pre- and post-processing of predictions.",
          components: ["testing"],
        },
      },
      {
        id: "features",
        label: "Also the feature and data preparation code",
        level: 2,
        practice: {
          title: "Unit-test the feature code",
          detail: "Test each feature function on small hand-made frames, including missing and extreme values.",
          components: ["testing", "data_processing"],
        },
      },
      {
        id: "training",
        label: "Also the training code: it runs on a small sample, converges and produces no NaNs",
        level: 3,
        practice: {
          title: "Add a smoke test that trains on a tiny sample",
          detail: "Train for a few steps on a fixture data set and assert the loss drops and no NaN appears.",
          components: ["testing"],
        },
      },
      {
        id: "pipeline",
        label: "Also each pipeline component and how they fit together (integration tests)",
        level: 4,
        practice: {
          title: "Test each pipeline component and the pipeline end to end",
          detail:
            "Check that each component produces its artefacts and that a small run of the whole pipeline completes.",
          components: ["testing", "pipeline_orchestration"],
        },
      },
    ],
  },
  {
    id: "code.ci",
    dimension: "code_quality",
    text: "What runs automatically when someone pushes a change?",
    components: ["ci_cd", "testing"],
    options: [
      { id: "nothing", label: "Nothing", level: 0 },
      {
        id: "app_ci",
        label: "CI tests and builds the application, but not the ML code",
        level: 1,
        practice: {
          title: "Run the tests on every push with a CI service",
          detail: "A GitHub Actions or GitLab CI job that installs the locked environment and runs the tests.",
          components: ["ci_cd", "testing"],
        },
      },
      {
        id: "ml_ci",
        label: "CI also tests the feature and training code",
        level: 2,
        practice: {
          title: "Run the ML code's tests in CI too",
          detail: "Add the feature and training tests to the same CI job as the application's.",
          components: ["ci_cd", "testing"],
        },
      },
      {
        id: "pipeline_cicd",
        label: "CI tests the training pipeline's code, and CD deploys the new pipeline to a test environment",
        level: 3,
        establishes: ["pipeline_ci_cd"],
        practice: {
          title: "Deploy the training pipeline itself through CI/CD",
          detail:
            "On merge, build the pipeline's components, run their tests and deploy the pipeline definition to a test environment.",
          components: ["ci_cd", "pipeline_orchestration"],
        },
      },
      {
        id: "pipeline_promoted",
        label: "CI/CD promotes the pipeline through test, staging and production, with an approval before production",
        level: 4,
        establishes: ["pipeline_ci_cd"],
        practice: {
          title: "Promote the pipeline from test to production through CI/CD",
          detail: "Deploy automatically to test, semi-automatically to staging, and to production after an approval.",
          components: ["ci_cd", "infrastructure_as_code"],
        },
      },
    ],
  },
  {
    id: "code.static_checks",
    dimension: "code_quality",
    text: "Are style, types and dependencies checked automatically?",
    components: ["ci_cd"],
    options: [
      { id: "no", label: "No", level: 0 },
      {
        id: "editor",
        label: "Only by each person's editor settings",
        level: 1,
        practice: {
          title: "Share one formatter and linter configuration",
          detail: "Commit a ruff or black configuration and a pre-commit hook so everyone formats the same way.",
          components: ["ci_cd"],
        },
      },
      {
        id: "ci_lint",
        label: "Linters and formatters run in CI",
        level: 2,
        practice: {
          title: "Run the linter and formatter in CI",
          detail: "Fail the CI job on lint errors so style is never a review comment.",
          components: ["ci_cd"],
        },
      },
      {
        id: "ci_full",
        label: "Also type checks and dependency vulnerability scans in CI",
        level: 3,
        practice: {
          title: "Add type checking and dependency scanning to CI",
          detail: "Run mypy or pyright and a dependency audit (pip-audit, Dependabot) on every change.",
          components: ["ci_cd"],
        },
      },
    ],
  },
];
