import type { Question } from "../types";

// Team and process: Microsoft's "People" column (silos → shared ownership), the hand-off
// Google's level 0 warns about, and marvelousmlops' documentation section.

export const TEAM_PROCESS: Question[] = [
  {
    id: "team.roles",
    dimension: "team_process",
    text: "Who takes a model from an idea to production?",
    help: "Think of the last model that reached users: who worked on it, and together or one after another?",
    components: ["pipeline_orchestration", "ci_cd", "monitoring"],
    options: [
      { id: "solo", label: "One data scientist does everything, alone", level: 0 },
      {
        id: "silos",
        label: "Data scientists, data engineers and software engineers each do their part, separately",
        level: 1,
        practice: {
          title: "Name who owns each step from data to deployed model",
          detail:
            "Write down, for the current model, who gathers the data, who trains, who integrates and who runs it, so the gaps between people become visible.",
          components: ["pipeline_orchestration"],
        },
      },
      {
        id: "ds_de",
        label: "Data scientists and data engineers work together; software engineers join at release",
        level: 2,
        practice: {
          title: "Pair a data engineer with the data scientist to turn experiments into jobs",
          detail:
            "Working together, move the notebook's data loading and training into scripts the data engineer can schedule and maintain.",
          components: ["pipeline_orchestration", "data_processing"],
        },
      },
      {
        id: "cross",
        label: "Data, ML and software engineers also work together on releasing the model",
        level: 3,
        practice: {
          title: "Bring software engineers into model releases, not just app releases",
          detail:
            "Let the software engineers own the CI/CD job that puts a new model version into the application, with the data scientist reviewing its checks.",
          components: ["ci_cd"],
        },
      },
      {
        id: "owned",
        label: "One team owns the model end to end, including how it behaves in production",
        level: 4,
        practice: {
          title: "Make the team that builds the model also watch it in production",
          detail:
            "Give the same team the production dashboards and alerts of the model, so what happens after deployment feeds back into its next version.",
          components: ["monitoring", "model_monitoring"],
        },
      },
    ],
  },
  {
    id: "team.handoff",
    dimension: "team_process",
    text: "How does a trained model reach the people who put it into the application?",
    components: ["model_registry", "ci_cd"],
    options: [
      { id: "file", label: "A model file is sent by e-mail, chat or a shared drive", level: 0 },
      {
        id: "repo",
        label: "The model file and its scoring script are committed to a repository and handed over with notes",
        level: 1,
        practice: {
          title: "Commit the scoring script next to the training code",
          detail:
            "Stop e-mailing pickles: put the scoring script in the repository and store the model file where its version can be named.",
          components: ["model_registry"],
        },
      },
      {
        id: "registry",
        label: "Engineers take a named model version from a shared model store or registry",
        level: 2,
        practice: {
          title: "Hand over models through a model registry",
          detail:
            "Register each trained model (MLflow, Vertex AI) with its metrics, and let engineers deploy a registry version instead of a file.",
          components: ["model_registry"],
        },
      },
      {
        id: "pipeline",
        label: "No hand-off by people: the release pipeline picks up an approved model version",
        level: 3,
        practice: {
          title: "Let the release pipeline fetch the approved model version",
          detail:
            "Have CI/CD read the version marked for production in the registry, so no person copies a model between teams.",
          components: ["ci_cd", "model_registry"],
        },
      },
    ],
  },
  {
    id: "team.documentation",
    dimension: "team_process",
    text: "What is written down about the project?",
    components: ["model_registry", "experiment_tracking"],
    options: [
      { id: "none", label: "Little or nothing beyond the notebook itself", level: 0 },
      {
        id: "readme",
        label: "A README on how to run the code",
        level: 1,
        practice: {
          title: "Write a README that gets a new colleague to a trained model",
          detail: "List the data sources, the environment set-up and the commands to train and evaluate.",
          components: ["experiment_tracking"],
        },
      },
      {
        id: "goals",
        label: "Also the business goal, the metric it is judged by, the data sources and how to reproduce training",
        level: 2,
        practice: {
          title: "Write down the model's business goal and the metric that decides releases",
          detail:
            "One page: what the model is for, which metric and threshold it must meet, where the data comes from and how to re-run training.",
          components: ["experiment_tracking"],
        },
      },
      {
        id: "model_cards",
        label: "All that, plus an architecture overview and a model card for each released model, updated per release",
        level: 3,
        practice: {
          title: "Attach a model card to every registered model version",
          detail:
            "Record intended use, training data version, evaluation results and known limits with the version in the registry.",
          components: ["model_registry"],
        },
      },
    ],
  },
  {
    id: "team.incidents",
    dimension: "team_process",
    text: "When the model misbehaves in production, what happens?",
    components: ["alerting", "monitoring"],
    options: [
      { id: "users", label: "We hear about it from users, if at all", level: 0 },
      {
        id: "ad_hoc",
        label: "Whoever notices asks the data scientist to look into it",
        level: 1,
        practice: {
          title: "Publish who to call when the model misbehaves",
          detail: "Name the model's owner in the service's runbook so a problem reaches someone who can act.",
          components: ["monitoring"],
        },
      },
      {
        id: "owner",
        label: "A named owner investigates, following a written rollback procedure",
        level: 2,
        practice: {
          title: "Write and rehearse a rollback procedure",
          detail: "Describe how to put the previous model version back, and try it once on staging.",
          components: ["monitoring"],
        },
      },
      {
        id: "on_call",
        label: "An on-call rotation with runbooks covers the model as well as the service",
        level: 3,
        practice: {
          title: "Route model alerts to an on-call rotation",
          detail: "Send model-quality alerts to the same rotation as service alerts, each with a runbook link.",
          components: ["alerting"],
        },
      },
      {
        id: "automated",
        label: "Alerts reach the owning team, and rollback or retraining can start from the alert",
        level: 4,
        practice: {
          title: "Start rollback or retraining from the alert itself",
          detail: "Link each model alert to the pipeline action that fixes it, so the response takes one step.",
          components: ["alerting", "pipeline_orchestration"],
        },
      },
    ],
  },
];
