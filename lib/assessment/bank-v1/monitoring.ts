import type { Question } from "../types";

// Monitoring and feedback: Google's "no active performance monitoring" at level 0,
// Microsoft's post-deployment metrics and retraining on production metrics (level 4),
// marvelousmlops' monitoring and feedback-loop sections.

export const MONITORING: Question[] = [
  {
    id: "mon.service",
    dimension: "monitoring",
    text: "What do you watch about the running service?",
    components: ["monitoring", "alerting"],
    options: [
      { id: "nothing", label: "Nothing", level: 0 },
      {
        id: "logs",
        label: "Logs, read when something breaks",
        level: 1,
        practice: {
          title: "Collect the service's logs in one searchable place",
          detail: "Ship logs to a central store so a failure can be investigated without logging into servers.",
          components: ["monitoring"],
        },
      },
      {
        id: "dashboards",
        label: "Dashboards of requests, errors and latency",
        level: 2,
        practice: {
          title: "Put requests, errors and latency on a dashboard",
          detail: "Export service metrics to Prometheus (or the platform's monitoring) and chart them in Grafana.",
          components: ["monitoring"],
        },
      },
      {
        id: "targets",
        label: "Dashboards with targets (SLOs) and alerts when they are missed",
        level: 3,
        practice: {
          title: "Set service targets and alert when they are missed",
          detail: "Agree an error-rate and latency target and alert the owner when either is breached.",
          components: ["alerting", "monitoring"],
        },
      },
    ],
  },
  {
    id: "mon.model",
    dimension: "monitoring",
    text: "What do you watch about the model's predictions?",
    components: ["model_monitoring"],
    options: [
      { id: "nothing", label: "Nothing: if the service answers, it works", level: 0 },
      {
        id: "spot_checks",
        label: "Someone checks prediction quality now and then, by hand",
        level: 1,
        practice: {
          title: "Spot-check a sample of predictions every week",
          detail: "Pull a sample of recent predictions and review them against what actually happened.",
          components: ["model_monitoring"],
        },
      },
      {
        id: "logged",
        label: "Inputs and predictions are logged and reviewed in regular reports",
        level: 2,
        practice: {
          title: "Log every input and prediction for later analysis",
          detail: "Store requests and predictions with the model version, so quality and drift can be computed.",
          components: ["model_monitoring", "data_processing"],
        },
      },
      {
        id: "drift",
        label: "Data drift and prediction quality are computed automatically and shown on dashboards",
        level: 3,
        practice: {
          title: "Compute data drift and prediction quality automatically",
          detail: "Run Evidently (or similar) on the logged data each day and chart drift per feature.",
          components: ["model_monitoring"],
        },
      },
      {
        id: "drift_alerts",
        label: "…with thresholds that alert the owner",
        level: 4,
        practice: {
          title: "Alert on drift and quality thresholds",
          detail: "Set a threshold per drift and quality metric and alert the model's owner when it is crossed.",
          components: ["model_monitoring", "alerting"],
        },
      },
    ],
  },
  {
    id: "mon.feedback",
    dimension: "monitoring",
    text: "Do real outcomes (labels, user feedback) come back from production?",
    components: ["model_monitoring", "data_processing"],
    options: [
      { id: "no", label: "No", level: 0 },
      {
        id: "ad_hoc",
        label: "Sometimes, gathered by hand for an analysis",
        level: 1,
        practice: {
          title: "Find where the real outcomes of predictions are recorded",
          detail: "Identify the system that knows what actually happened (sales, clicks, labels) and get access to it.",
          components: ["data_processing"],
        },
      },
      {
        id: "collected",
        label: "Yes, collected regularly into a data set",
        level: 2,
        practice: {
          title: "Collect real outcomes into a data set on a schedule",
          detail: "A job that gathers the outcomes regularly, keyed so they can be matched to predictions.",
          components: ["data_processing"],
        },
      },
      {
        id: "joined",
        label: "Yes, joined with the predictions automatically to measure live quality",
        level: 3,
        practice: {
          title: "Join outcomes with predictions to measure live quality",
          detail: "Match each outcome to its logged prediction and chart the live metric beside the offline one.",
          components: ["model_monitoring"],
        },
      },
      {
        id: "loop",
        label: "Yes, and they flow into the next training data automatically",
        level: 4,
        practice: {
          title: "Feed labelled production data into the next training set",
          detail: "Let the training pipeline read the joined outcomes, so each retraining learns from production.",
          components: ["data_processing", "pipeline_orchestration"],
        },
      },
    ],
  },
  {
    id: "mon.response",
    dimension: "monitoring",
    text: "What happens when monitoring shows the model getting worse?",
    components: ["model_monitoring", "alerting", "pipeline_orchestration"],
    options: [
      { id: "unseen", label: "We would not know", level: 0 },
      {
        id: "told",
        label: "Someone is told and decides what to do",
        level: 1,
        practice: {
          title: "Tell the model's owner when monitoring shows a problem",
          detail: "Route whatever signal exists (a report, a dashboard) to a named owner.",
          components: ["alerting"],
        },
      },
      {
        id: "procedure",
        label: "The team retrains by hand, following a written procedure",
        level: 2,
        practice: {
          title: "Write the retraining procedure down",
          detail: "Steps, data window and checks for a manual retraining, so anyone on the team can run it.",
          components: ["pipeline_orchestration"],
        },
      },
      {
        id: "alert_starts",
        label: "An alert starts a retraining run; a person approves the result",
        level: 3,
        establishes: ["pipeline_triggers"],
        practice: {
          title: "Let a quality alert start the retraining pipeline",
          detail: "Connect the monitoring alert to the pipeline's trigger; a person still approves the new model.",
          components: ["model_monitoring", "pipeline_orchestration"],
        },
      },
      {
        id: "automatic",
        label: "Retraining starts by itself and the new model is promoted by policy when it validates",
        level: 4,
        establishes: ["pipeline_triggers"],
        practice: {
          title: "Promote retrained models by policy",
          detail:
            "When the retrained model passes validation, let the pipeline promote it without waiting for a person.",
          components: ["pipeline_orchestration", "model_registry"],
        },
      },
    ],
  },
];
