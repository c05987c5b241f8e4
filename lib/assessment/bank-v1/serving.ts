import type { Question } from "../types";

// Serving and application integration: Microsoft's "Application integration" column (basic
// integration tests at level 1, tests per model release at level 3) and Google's CD checks
// (prediction-service API tests, load tests); COMPONENTS.md's DEV and PROD components.

export const SERVING: Question[] = [
  {
    id: "serve.api",
    dimension: "serving",
    text: "How does the application get its predictions?",
    components: ["model_api"],
    options: [
      { id: "results_sent", label: "Someone runs the model and sends the results", level: 0 },
      {
        id: "embedded",
        label: "The model is loaded inside the application's own code",
        level: 1,
        practice: {
          title: "Score with a script the application can call",
          detail: "Replace hand-sent results with a scoring function or batch job the application runs itself.",
          components: ["model_api"],
        },
      },
      {
        id: "api",
        label: "A model serving API (FastAPI, BentoML…) with a defined request schema",
        level: 2,
        practice: {
          title: "Serve the model behind its own API",
          detail: "Wrap the model in a FastAPI or BentoML service with a typed request and response schema.",
          components: ["model_api"],
        },
      },
      {
        id: "contract",
        label: "A versioned API with input validation, health checks and a documented contract",
        level: 3,
        practice: {
          title: "Version the prediction API and validate its inputs",
          detail: "Publish the schema, reject malformed requests and add a health endpoint the platform checks.",
          components: ["model_api"],
        },
      },
    ],
  },
  {
    id: "serve.packaging",
    dimension: "serving",
    text: "How is the serving code packaged and run?",
    components: ["containerization", "infrastructure_as_code", "hosting"],
    options: [
      { id: "by_hand", label: "Installed by hand on a server", level: 0 },
      {
        id: "scripted",
        label: "Deployed onto a server or platform by a script",
        level: 1,
        practice: {
          title: "Script the deployment of the service",
          detail:
            "One script, in git, that deploys the service to its host (Cloud Run, Render, a VM) the same way every time.",
          components: ["hosting"],
        },
      },
      {
        id: "container",
        label: "As a container image built in CI",
        level: 2,
        practice: {
          title: "Package the service as a container image built in CI",
          detail: "Write a Dockerfile for the service and let CI build and tag the image on each change.",
          components: ["containerization"],
        },
      },
      {
        id: "as_code",
        label: "Container images deployed with infrastructure defined as code (Helm, Terraform)",
        level: 3,
        practice: {
          title: "Describe the serving infrastructure as code",
          detail: "Define the service's deployment with Helm or Terraform so every environment is built the same way.",
          components: ["infrastructure_as_code"],
        },
      },
      {
        id: "gitops",
        label: "GitOps: the running infrastructure follows the repository",
        level: 4,
        practice: {
          title: "Let the cluster follow the repository (GitOps)",
          detail: "Use Argo CD or Flux so a merged change to the deployment files is what runs.",
          components: ["infrastructure_as_code"],
        },
      },
    ],
  },
  {
    id: "serve.scaling",
    dimension: "serving",
    text: "How does serving cope with more traffic?",
    components: ["autoscaling", "caching"],
    options: [
      { id: "single", label: "One instance; if it is slow, it is slow", level: 0 },
      {
        id: "manual",
        label: "We add instances by hand",
        level: 1,
        practice: {
          title: "Run at least two instances behind a load balancer",
          detail: "So one slow or restarting instance does not stop predictions.",
          components: ["hosting"],
        },
      },
      {
        id: "autoscale",
        label: "It scales automatically with load",
        level: 3,
        practice: {
          title: "Scale the service automatically with load",
          detail: "Set auto-scaling on request rate or CPU (Kubernetes HPA, KServe, Cloud Run) with sensible limits.",
          components: ["autoscaling"],
        },
      },
      {
        id: "autoscale_cached",
        label: "It scales automatically, and repeated requests are answered from a cache",
        level: 4,
        practice: {
          title: "Cache answers to repeated requests",
          detail:
            "Put a Redis cache in front of the model for identical inputs, with an expiry matched to model updates.",
          components: ["caching"],
        },
      },
    ],
  },
  {
    id: "serve.integration_tests",
    dimension: "serving",
    text: "What is tested automatically when a new model version meets the application?",
    components: ["testing", "ci_cd"],
    options: [
      { id: "nothing", label: "Nothing automatic; we try it", level: 0 },
      {
        id: "basic",
        label: "A basic integration test that the model loads and answers",
        level: 1,
        practice: {
          title: "Add an integration test that loads the model and asks it one question",
          detail: "A test that starts the service with the model and checks a known input gets a well-formed answer.",
          components: ["testing"],
        },
      },
      {
        id: "api_tests",
        label: "API tests with realistic requests and expected answers",
        level: 2,
        practice: {
          title: "Test the prediction API with realistic requests",
          detail: "Keep a set of real-looking requests with expected answers and run them against the service.",
          components: ["testing"],
        },
      },
      {
        id: "per_release",
        label: "Unit and integration tests run for each model release in the release pipeline",
        level: 3,
        practice: {
          title: "Run the integration tests for every model release",
          detail: "Make the release pipeline run the API tests with the new model before it goes anywhere.",
          components: ["ci_cd", "testing"],
        },
      },
    ],
  },
  {
    id: "serve.performance",
    dimension: "serving",
    text: "Do you know how much traffic the service handles and how fast it answers?",
    components: ["load_testing"],
    options: [
      { id: "no", label: "No", level: 0 },
      {
        id: "once",
        label: "We measured it once",
        level: 1,
        practice: {
          title: "Measure the service's latency and throughput once",
          detail: "Send a realistic burst of requests and write down the latency percentiles and the breaking point.",
          components: ["load_testing"],
        },
      },
      {
        id: "before_releases",
        label: "Load tests run before big releases",
        level: 2,
        practice: {
          title: "Write a load test and run it before releases",
          detail: "A Locust or k6 script with the expected traffic, kept in the repository.",
          components: ["load_testing"],
        },
      },
      {
        id: "in_pipeline",
        label: "Load tests run in the release pipeline against latency and throughput targets",
        level: 3,
        practice: {
          title: "Fail releases that miss the latency target",
          detail:
            "Run the load test in the release pipeline and stop the release when p95 latency or throughput misses its target.",
          components: ["load_testing", "ci_cd"],
        },
      },
    ],
  },
];
