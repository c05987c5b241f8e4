import type { Question } from "../types";

// Experimentation and reproducibility: Microsoft's "experiments not tracked → tracked",
// Google's ML metadata store, marvelousmlops' traceability and reproducibility section.

export const EXPERIMENTATION: Question[] = [
  {
    id: "exp.tracking",
    dimension: "experimentation",
    text: "Where do experiment results (parameters, metrics, artefacts) end up?",
    components: ["experiment_tracking"],
    options: [
      { id: "nowhere", label: "In notebook outputs, or someone's memory", level: 0 },
      {
        id: "sheet",
        label: "In a spreadsheet or document, copied by hand",
        level: 1,
        practice: {
          title: "Write every run's parameters and metrics to one shared table",
          detail:
            "Even before a tracker, one row per run with date, code commit, parameters and metrics beats notebook outputs.",
          components: ["experiment_tracking"],
        },
      },
      {
        id: "tracker",
        label: "An experiment tracker (MLflow, Weights & Biases) logs them from the code",
        level: 2,
        practice: {
          title: "Log runs to an experiment tracker from the training code",
          detail: "Add MLflow or W&B logging of parameters, metrics and the model file to the training script.",
          components: ["experiment_tracking"],
        },
      },
      {
        id: "metadata",
        label: "A shared tracker holds every run with its code version, data version and artefacts",
        level: 3,
        establishes: ["metadata_store"],
        practice: {
          title: "Record code and data versions with every tracked run",
          detail:
            "Log the git commit, the dataset version and the environment with each run in a shared tracking server.",
          components: ["experiment_tracking", "data_versioning"],
        },
      },
      {
        id: "lineage",
        label: "The pipeline records each run's metadata itself, and every deployed model links back to its run",
        level: 4,
        establishes: ["metadata_store"],
        practice: {
          title: "Link each deployed model back to the run that produced it",
          detail:
            "Let the pipeline write run metadata and register the model with its run id, so lineage needs no one's memory.",
          components: ["experiment_tracking", "model_registry"],
        },
      },
    ],
  },
  {
    id: "exp.environment",
    dimension: "experimentation",
    text: "Can someone else recreate the environment a model was trained in?",
    components: ["containerization", "notebooks"],
    options: [
      { id: "no", label: "Not reliably: the packages are whatever was on one laptop", level: 0 },
      {
        id: "requirements",
        label: "There is a requirements file, without pinned versions",
        level: 1,
        practice: {
          title: "Write the training environment down in a requirements file",
          detail: "List the packages the notebook imports so someone else can install them.",
          components: ["notebooks"],
        },
      },
      {
        id: "pinned",
        label: "Dependencies are pinned in a lock file in the repository",
        level: 2,
        practice: {
          title: "Pin every dependency in a lock file",
          detail: "Use pip-tools, Poetry or uv to pin exact versions, and commit the lock file with the code.",
          components: ["notebooks"],
        },
      },
      {
        id: "container",
        label: "Training runs in a container image built from the repository",
        level: 3,
        practice: {
          title: "Train inside a container image built from the repository",
          detail: "Build a Docker image from the lock file and run training in it, locally and in the pipeline.",
          components: ["containerization"],
        },
      },
      {
        id: "same_image",
        label: "The same versioned images run training in development and in production",
        level: 4,
        practice: {
          title: "Use the same versioned image for development and production training",
          detail: "Tag images by commit and let the production pipeline run exactly the tag that was tested.",
          components: ["containerization", "pipeline_orchestration"],
        },
      },
    ],
  },
  {
    id: "exp.reproduce",
    dimension: "experimentation",
    text: "If you re-ran training for the model in production, would you get the same model?",
    components: ["experiment_tracking", "data_versioning"],
    options: [
      { id: "unknown", label: "We could not, or have never tried", level: 0 },
      {
        id: "author_only",
        label: "Roughly, if its author does it",
        level: 1,
        practice: {
          title: "Fix random seeds and record the training parameters",
          detail: "Set seeds in code and save the parameters of the production model so its author can re-run it.",
          components: ["experiment_tracking"],
        },
      },
      {
        id: "anyone",
        label: "Yes: code, data version, parameters and seeds are recorded, so anyone on the team can",
        level: 2,
        practice: {
          title: "Have a colleague reproduce the production model from the records",
          detail:
            "Record code commit, data version, parameters and seeds, then ask someone else to re-train and compare.",
          components: ["experiment_tracking", "data_versioning"],
        },
      },
      {
        id: "one_command",
        label: "Yes, with one pipeline run started from a recorded run id",
        level: 3,
        practice: {
          title: "Make any past run re-runnable from its run id",
          detail: "Let the pipeline take a run id and fetch that run's code, data version and parameters on its own.",
          components: ["pipeline_orchestration", "experiment_tracking"],
        },
      },
    ],
  },
  {
    id: "exp.code_home",
    dimension: "experimentation",
    text: "Where does the training code live?",
    components: ["notebooks", "pipeline_orchestration"],
    options: [
      { id: "local_notebook", label: "In notebooks on someone's machine", level: 0 },
      {
        id: "repo_notebook",
        label: "In notebooks committed to a repository",
        level: 1,
        practice: {
          title: "Commit the notebooks to a shared repository",
          detail: "Put the notebooks under git so changes are visible and nothing lives only on one laptop.",
          components: ["notebooks"],
        },
      },
      {
        id: "scripts",
        label: "In versioned scripts or modules; notebooks are only for exploring",
        level: 2,
        practice: {
          title: "Put the training notebook's code into a versioned script",
          detail:
            "Move data loading, features and training into functions in a module the notebook imports, and train from a script.",
          components: ["notebooks", "pipeline_orchestration"],
        },
      },
      {
        id: "components",
        label: "In a tested package whose components the pipeline runs",
        level: 3,
        practice: {
          title: "Split the training script into pipeline components",
          detail:
            "Give each step (ingest, validate, train, evaluate) its own entry point with inputs and outputs the orchestrator can run.",
          components: ["pipeline_orchestration", "testing"],
        },
      },
    ],
  },
  {
    id: "exp.comparison",
    dimension: "experimentation",
    text: "How do you choose between candidate models?",
    components: ["experiment_tracking", "hyperparameter_tuning"],
    options: [
      { id: "one_metric", label: "By one metric printed in the notebook", level: 0 },
      {
        id: "fixed_test",
        label: "By comparing metrics by hand on a fixed test set",
        level: 1,
        practice: {
          title: "Freeze a test set and compare every candidate on it",
          detail: "Keep one held-out set that never changes between experiments, so metrics are comparable.",
          components: ["experiment_tracking"],
        },
      },
      {
        id: "tracked",
        label: "Side by side in the tracker, on the same evaluation data, with tuning runs logged",
        level: 2,
        practice: {
          title: "Compare candidates side by side in the tracker",
          detail:
            "Log every candidate and hyper-parameter trial (Optuna, Ray Tune) to the tracker and compare them there.",
          components: ["experiment_tracking", "hyperparameter_tuning"],
        },
      },
      {
        id: "online",
        label: "Offline comparison plus A/B tests or shadow traffic in production",
        level: 3,
        practice: {
          title: "Test the best candidate on live traffic before switching",
          detail: "Run it in shadow mode or as an A/B test against the current model and compare on real outcomes.",
          components: ["model_monitoring", "hosting"],
        },
      },
    ],
  },
];
