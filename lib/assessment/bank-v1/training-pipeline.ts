import type { Question } from "../types";

// Training pipeline and continuous training: Google's level 1 (orchestrated pipeline, model
// validation, triggers; the pipeline, not the model, is what is deployed) and Microsoft's
// "automated training" (level 2) and retraining on production metrics (level 4).

export const TRAINING_PIPELINE: Question[] = [
  {
    id: "train.orchestration",
    dimension: "training_pipeline",
    text: "How does a training run happen?",
    components: ["pipeline_orchestration", "notebooks"],
    options: [
      { id: "notebook", label: "Someone runs the training notebook by hand", level: 0 },
      {
        id: "script",
        label: "Someone runs a versioned training script by hand",
        level: 1,
        practice: {
          title: "Put the training notebook's code into a versioned script",
          detail: "One script, in git, that trains from start to end without anyone clicking through cells.",
          components: ["notebooks"],
        },
      },
      {
        id: "scheduled",
        label: "A scheduled job runs the training script",
        level: 2,
        practice: {
          title: "Run the training script as a scheduled job",
          detail:
            "Start it from cron, a cloud scheduler or CI on a timetable, so training no longer depends on a person.",
          components: ["pipeline_orchestration"],
        },
      },
      {
        id: "orchestrated",
        label:
          "An orchestrated pipeline (Airflow, Kubeflow, Prefect, Dagster…) runs every step from data to evaluated model",
        level: 3,
        establishes: ["orchestrated_pipeline"],
        practice: {
          title: "Turn the training job into an orchestrated pipeline",
          detail:
            "Express ingest, validate, train and evaluate as steps in Kubeflow Pipelines, Airflow, Prefect or Dagster.",
          components: ["pipeline_orchestration"],
        },
      },
      {
        id: "continuous",
        label: "That pipeline runs in production as continuous training, the same pipeline as in development",
        level: 4,
        establishes: ["orchestrated_pipeline"],
        practice: {
          title: "Deploy the training pipeline, not just the model",
          detail: "Run the same pipeline definition in development and production so production retrains on its own.",
          components: ["pipeline_orchestration", "ci_cd"],
        },
      },
    ],
  },
  {
    id: "train.triggers",
    dimension: "training_pipeline",
    text: "What starts a retraining?",
    components: ["pipeline_orchestration", "model_monitoring"],
    options: [
      { id: "never", label: "We have not retrained since the first model", level: 0 },
      {
        id: "decision",
        label: "Someone decides to, now and then",
        level: 1,
        practice: {
          title: "Decide when the model should be retrained, and write it down",
          detail: "Agree a rule (every month, or when a metric falls below a threshold) the team follows.",
          components: ["pipeline_orchestration"],
        },
      },
      {
        id: "schedule",
        label: "A schedule (every night, every week)",
        level: 2,
        establishes: ["pipeline_triggers"],
        practice: {
          title: "Retrain on a schedule",
          detail: "Let the orchestrator start training at a fixed interval that matches how fast the data changes.",
          components: ["pipeline_orchestration"],
        },
      },
      {
        id: "new_data",
        label: "New data arriving starts the pipeline, as well as the schedule",
        level: 3,
        establishes: ["pipeline_triggers"],
        practice: {
          title: "Start training when enough new data has arrived",
          detail: "Trigger the pipeline from the data landing (a sensor or an event), not only from the clock.",
          components: ["pipeline_orchestration"],
        },
      },
      {
        id: "production_signals",
        label: "Also production signals: a drop in model quality or detected drift starts it",
        level: 4,
        establishes: ["pipeline_triggers"],
        practice: {
          title: "Trigger retraining from drift and quality alerts",
          detail:
            "Let the model monitor's alert start the training pipeline, with the alert's reason recorded on the run.",
          components: ["model_monitoring", "pipeline_orchestration"],
        },
      },
    ],
  },
  {
    id: "train.model_validation",
    dimension: "training_pipeline",
    text: "Before a newly trained model may replace the current one, what checks it?",
    components: ["pipeline_orchestration", "experiment_tracking"],
    options: [
      { id: "none", label: "Nothing: the newest model is used", level: 0 },
      {
        id: "person",
        label: "A person looks at its metrics",
        level: 1,
        practice: {
          title: "Check every new model's metrics before it is used",
          detail: "Look at the held-out metrics of each new model and compare them with the current one's.",
          components: ["experiment_tracking"],
        },
      },
      {
        id: "script",
        label: "An evaluation script with fixed test data and a threshold, run by hand",
        level: 2,
        practice: {
          title: "Write the acceptance threshold into an evaluation script",
          detail: "A script that scores the model on fixed held-out data and fails below the agreed threshold.",
          components: ["experiment_tracking"],
        },
      },
      {
        id: "pipeline",
        label:
          "A pipeline step compares it with the current model on held-out data, per segment, and blocks a worse one",
        level: 3,
        establishes: ["model_validation"],
        practice: {
          title: "Add a model validation step that blocks worse models",
          detail:
            "Evaluate against the production model on the same data and on key segments; stop the pipeline if it loses.",
          components: ["pipeline_orchestration"],
        },
      },
      {
        id: "pipeline_infra",
        label: "Also checks that it works on the serving infrastructure (size, latency, inputs)",
        level: 4,
        establishes: ["model_validation"],
        practice: {
          title: "Check the candidate runs on the serving infrastructure",
          detail: "Load the model in the serving image and check its latency, memory and input schema in the pipeline.",
          components: ["pipeline_orchestration", "model_api"],
        },
      },
    ],
  },
  {
    id: "train.compute",
    dimension: "training_pipeline",
    text: "Where does training run?",
    components: ["infrastructure_as_code", "pipeline_orchestration"],
    options: [
      { id: "laptop", label: "On a laptop or a personal virtual machine", level: 0 },
      {
        id: "shared_server",
        label: "On a shared server set up by hand",
        level: 1,
        practice: {
          title: "Move training off personal machines onto a shared server",
          detail: "A shared machine with the team's environment means training no longer depends on one laptop.",
          components: ["pipeline_orchestration"],
        },
      },
      {
        id: "managed",
        label: "On managed compute (a cluster or a cloud training service) that jobs request",
        level: 2,
        practice: {
          title: "Run training jobs on managed compute",
          detail: "Submit training to a cluster or a cloud training service instead of a fixed machine.",
          components: ["pipeline_orchestration"],
        },
      },
      {
        id: "as_code",
        label: "On managed compute defined as code and sized per run",
        level: 3,
        practice: {
          title: "Define the training infrastructure as code",
          detail: "Describe the compute with Terraform or Helm so test and production are the same and reviewable.",
          components: ["infrastructure_as_code"],
        },
      },
    ],
  },
  {
    id: "train.failures",
    dimension: "training_pipeline",
    text: "When a training run fails or produces a bad model, how do you find out?",
    components: ["alerting", "pipeline_orchestration"],
    options: [
      { id: "noticed", label: "When someone happens to notice", level: 0 },
      {
        id: "logs",
        label: "From the logs, if someone looks",
        level: 1,
        practice: {
          title: "Keep every training run's logs in one place",
          detail: "Send the logs of each run where the whole team can find them by date and run id.",
          components: ["pipeline_orchestration"],
        },
      },
      {
        id: "notified",
        label: "The scheduler notifies the team",
        level: 2,
        practice: {
          title: "Notify the team when a training run fails",
          detail: "Turn on the scheduler's failure notification to the team's channel.",
          components: ["alerting"],
        },
      },
      {
        id: "alerted",
        label: "The pipeline alerts the owner with the failing step and its inputs",
        level: 3,
        practice: {
          title: "Alert the owner with the failing step and its inputs",
          detail: "Make each pipeline failure an alert that names the step, the run and the data version.",
          components: ["alerting", "pipeline_orchestration"],
        },
      },
    ],
  },
];
