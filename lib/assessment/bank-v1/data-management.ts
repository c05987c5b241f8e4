import type { Question } from "../types";

// Data management: Microsoft's "data gathered by hand → automatic data pipeline", Google's
// level-1 data validation (schema and value skew) and optional feature store, ml-ops.org's
// "data sources and versioning" block.

export const DATA_MANAGEMENT: Question[] = [
  {
    id: "data.sources",
    dimension: "data_management",
    text: "How does training data get from its sources to the training code?",
    components: ["data_processing", "pipeline_orchestration"],
    options: [
      { id: "by_hand", label: "Someone exports, downloads or copies it by hand", level: 0 },
      {
        id: "scheduled",
        label: "A scheduled job or data pipeline gathers it automatically",
        level: 1,
        practice: {
          title: "Replace the manual data export with a scheduled ingestion job",
          detail:
            "Turn the notebook's loading cells into a script that pulls from the source on a schedule and writes to one agreed place.",
          components: ["data_processing"],
        },
      },
      {
        id: "maintained",
        label: "A data pipeline maintained with data engineers, with owners and tests",
        level: 2,
        practice: {
          title: "Give the ingestion pipeline an owner and tests",
          detail: "Add tests for the transformation code and let a data engineer own the pipeline's runs and failures.",
          components: ["data_processing", "pipeline_orchestration"],
        },
      },
      {
        id: "contracts",
        label: "Agreed schemas (data contracts) between the producers and the ML team, checked on every load",
        level: 3,
        practice: {
          title: "Agree a data contract with the teams that produce the data",
          detail: "Write the expected schema and freshness down with the producers, and check each load against it.",
          components: ["data_processing", "data_validation"],
        },
      },
    ],
  },
  {
    id: "data.versioning",
    dimension: "data_management",
    text: "Can you get back the exact data a model was trained on?",
    components: ["data_versioning"],
    options: [
      { id: "no", label: "No: the data changes in place", level: 0 },
      {
        id: "copies",
        label: "Sometimes: we keep dated copies or file names",
        level: 1,
        practice: {
          title: "Keep a dated, read-only snapshot of each training set",
          detail: "Write every training set to a new path that is never overwritten, and note the path with the model.",
          components: ["data_versioning"],
        },
      },
      {
        id: "versioned",
        label: "Yes: datasets are versioned (DVC, lakeFS, table snapshots) and the version is recorded with the model",
        level: 2,
        practice: {
          title: "Version datasets with DVC or lakeFS",
          detail:
            "Track training data as versions you can check out, and record the version id with each trained model.",
          components: ["data_versioning"],
        },
      },
      {
        id: "lineage",
        label: "Yes, and each pipeline run records which data version it read, automatically",
        level: 3,
        practice: {
          title: "Let each pipeline run record the data version it read",
          detail: "Log the dataset version as run metadata from the pipeline, not by hand.",
          components: ["data_versioning", "experiment_tracking"],
        },
      },
    ],
  },
  {
    id: "data.validation",
    dimension: "data_management",
    text: "How is new data checked before a model is trained on it?",
    help: "Schema checks (columns, types) and value checks (ranges, distributions, missing values).",
    components: ["data_validation"],
    options: [
      { id: "none", label: "It is not; problems show up in the model", level: 0 },
      {
        id: "eyeball",
        label: "Someone looks at summaries or plots in a notebook",
        level: 1,
        practice: {
          title: "Look at each new batch's summary before training",
          detail:
            "Print row counts, missing values and value ranges of every new batch and compare them with the last one.",
          components: ["data_validation"],
        },
      },
      {
        id: "script",
        label: "A validation script with schema and range checks, run by hand",
        level: 2,
        practice: {
          title: "Write the data checks down as a validation suite",
          detail:
            "Express the expected columns, types and ranges with Great Expectations or TFDV and run it before training.",
          components: ["data_validation"],
        },
      },
      {
        id: "pipeline",
        label: "Automated checks in the training pipeline stop the run on schema or value problems",
        level: 3,
        establishes: ["data_validation"],
        practice: {
          title: "Run data validation as a pipeline step that can stop training",
          detail: "Make the validation suite the first step of the training pipeline and fail the run when it fails.",
          components: ["data_validation", "pipeline_orchestration"],
        },
      },
      {
        id: "skew",
        label: "Also, the same checks compare serving data with training data and alert on skew",
        level: 4,
        establishes: ["data_validation"],
        practice: {
          title: "Check serving data against the training data's profile",
          detail: "Run the same expectations on logged production inputs and alert when they drift from training.",
          components: ["data_validation", "model_monitoring"],
        },
      },
    ],
  },
  {
    id: "data.features",
    dimension: "data_management",
    text: "How are features computed for training and for predictions?",
    components: ["feature_store", "data_processing"],
    options: [
      { id: "rewritten", label: "In the notebook for training, and rewritten by hand for the service", level: 0 },
      {
        id: "shared_code",
        label: "One versioned feature library that both training and serving import",
        level: 2,
        practice: {
          title: "Move feature code into one library used by training and serving",
          detail:
            "Import the same functions in the training job and in the service so the features cannot drift apart.",
          components: ["data_processing"],
        },
      },
      {
        id: "store",
        label: "A feature store serves the same feature values to training and serving",
        level: 3,
        practice: {
          title: "Serve shared features from a feature store",
          detail:
            "Register the most reused features in Feast or a managed feature store, read by both training and serving.",
          components: ["feature_store"],
        },
      },
      {
        id: "store_monitored",
        label: "A feature store, with each feature's freshness and distribution monitored",
        level: 4,
        practice: {
          title: "Monitor feature freshness and distributions",
          detail:
            "Alert when a feature stops updating or its distribution moves away from what the model was trained on.",
          components: ["feature_store", "model_monitoring"],
        },
      },
    ],
  },
];
