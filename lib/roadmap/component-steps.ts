import type { ComponentId } from "../pipeline/components";

// What a roadmap item for each MLOps component says: a short action (its title) and one
// concrete, checkable sentence for "done" — something a lead can verify by looking, not a
// feeling. `tool` is the chosen tool's name, or a generic phrase when none is chosen.

type Step = { action: string; doneWhen: (tool: string) => string };

export const COMPONENT_STEPS: Record<ComponentId, Step> = {
  notebooks: {
    action: "Share experiment notebooks",
    doneWhen: (t) => `The team's notebooks live in ${t}, under version control, and anyone can open and rerun them.`,
  },
  data_processing: {
    action: "Script the data processing",
    doneWhen: (t) => `Raw data becomes the training set by one command in ${t}, with no manual step in between.`,
  },
  hyperparameter_tuning: {
    action: "Search hyper-parameters",
    doneWhen: (t) => `A hyper-parameter search runs with ${t} and its best parameters are recorded with the run.`,
  },
  experiment_tracking: {
    action: "Track experiments",
    doneWhen: (t) => `Every training run logs parameters, metrics and the model artifact to ${t}.`,
  },
  data_versioning: {
    action: "Version the datasets",
    doneWhen: (t) => `Each training set has a version in ${t}, and every run records the data version it read.`,
  },
  model_registry: {
    action: "Register models",
    doneWhen: (t) => `Every model that may be deployed is a numbered version in ${t}, with the run that made it.`,
  },
  pipeline_orchestration: {
    action: "Orchestrate the training pipeline",
    doneWhen: (t) => `Training runs end to end as a ${t} pipeline, started by a schedule or trigger, not by hand.`,
  },
  data_validation: {
    action: "Validate the data",
    doneWhen: (t) => `The pipeline checks each new batch of data with ${t} and stops on a failed check.`,
  },
  feature_store: {
    action: "Serve features from a feature store",
    doneWhen: (t) => `Training and serving read the same feature definitions from ${t}.`,
  },
  model_api: {
    action: "Serve the model behind an API",
    doneWhen: (t) => `A ${t} endpoint answers a prediction request for the current model, with a health check.`,
  },
  frontend: {
    action: "Give users an app",
    doneWhen: (t) => `Users reach the model's predictions through a ${t} app without help from the team.`,
  },
  testing: {
    action: "Test the code",
    doneWhen: (t) => `Unit and integration tests run with ${t} and pass on the main branch.`,
  },
  containerization: {
    action: "Containerise the services",
    doneWhen: (t) => `The API and the app build as ${t} images and start from them alone.`,
  },
  caching: {
    action: "Cache repeated predictions",
    doneWhen: (t) => `Repeated requests are answered from ${t}, and the hit rate is visible.`,
  },
  load_testing: {
    action: "Load-test the API",
    doneWhen: (t) => `A ${t} load test at the expected peak traffic runs and its latency figures are recorded.`,
  },
  ci_cd: {
    action: "Build and deploy through CI/CD",
    doneWhen: (t) => `Every push runs the tests in ${t}, and a merge to main deploys without manual steps.`,
  },
  hosting: {
    action: "Host the model",
    doneWhen: (t) => `The model's API runs on ${t} at a stable URL that the app and users call.`,
  },
  autoscaling: {
    action: "Scale deployments automatically",
    doneWhen: (t) => `The service scales up and down on load with ${t}, shown by a load test.`,
  },
  infrastructure_as_code: {
    action: "Describe the infrastructure as code",
    doneWhen: (t) => `The serving infrastructure is created from ${t} files in git, with no console clicks.`,
  },
  monitoring: {
    action: "Monitor the service",
    doneWhen: (t) => `A ${t} dashboard shows the API's traffic, errors and latency.`,
  },
  model_monitoring: {
    action: "Monitor model quality and drift",
    doneWhen: (t) => `Drift and quality reports from ${t} run on live data on a schedule.`,
  },
  alerting: {
    action: "Alert on failures",
    doneWhen: (t) => `A failed pipeline run or an API error rate above its threshold notifies the team through ${t}.`,
  },
};

/** The tool phrase when no tool is chosen yet. */
export const ANY_TOOL = "the chosen tool";
