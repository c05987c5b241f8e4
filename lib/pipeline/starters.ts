import { getComponent, type ComponentId } from "./components";
import { autoLayout } from "./layout";
import { makeNode } from "./make-node";
import type { Automation, PipelineEdge, PipelineNode } from "./types";

// Starter diagrams for an empty canvas, following the product's "simple flow": one notebook
// (Experimental), then notebook → API → hosting (MVP), then the services a production system
// adds around them (Productionization). Phase and stage always come from the component list (components.ts).

export const STARTERS = [
  {
    id: "experimental",
    title: "Experimental",
    description: "A single notebook where the data work and model training happen.",
  },
  {
    id: "mvp",
    title: "MVP",
    description: "The notebook's model behind a Flask API, hosted on a site people can reach.",
  },
  {
    id: "productionization",
    title: "Productionization",
    description:
      "The MVP plus tests, Docker, Redis caching, load tests, Kubernetes autoscaling, GitOps, versioning, monitoring and alerts.",
  },
] as const;
export type StarterId = (typeof STARTERS)[number]["id"];

type Part = { key: string; component: ComponentId; title: string; description: string; automation: Automation };
type Template = { parts: Part[]; links: [from: string, to: string][] };

const part = (
  key: string,
  component: ComponentId,
  title: string,
  description: string,
  automation: Automation = "MANUAL",
): Part => ({
  key,
  component,
  title,
  description,
  automation,
});

const TEMPLATES: Record<StarterId, Template> = {
  experimental: {
    parts: [
      part(
        "notebook",
        "notebooks",
        "Jupyter notebook",
        "Loads the data, trains and evaluates the model, all in one notebook.",
      ),
    ],
    links: [],
  },
  mvp: {
    parts: [
      part("notebook", "notebooks", "Jupyter notebook", "Trains the model and saves it to a file."),
      part("api", "model_api", "Flask API", "Loads the saved model and answers prediction requests."),
      part("hosting", "hosting", "Hosting site (Render)", "Runs the API where users and other services can reach it."),
    ],
    links: [
      ["notebook", "api"],
      ["api", "hosting"],
    ],
  },
  productionization: {
    parts: [
      part(
        "data",
        "data_versioning",
        "DVC dataset versioning",
        "Versions the training data next to the code.",
        "AUTOMATED",
      ),
      part(
        "notebook",
        "notebooks",
        "Shared notebooks (Vertex AI Workbench)",
        "Experiments on a shared platform the whole team can open.",
        "PARTIAL",
      ),
      part(
        "registry",
        "model_registry",
        "Model versioning (MLflow Model Registry)",
        "Every trained model registered with its metrics and version.",
        "PARTIAL",
      ),
      part("api", "model_api", "Flask API", "Serves the registered model's predictions.", "PARTIAL"),
      part("cache", "caching", "Redis cache", "Keeps answers to repeated requests.", "AUTOMATED"),
      part(
        "tests",
        "testing",
        "pytest unit and integration tests",
        "Check the API and the data handling on every change.",
        "AUTOMATED",
      ),
      part(
        "docker",
        "containerization",
        "Docker images",
        "The API, and the frontend if any, built as containers.",
        "AUTOMATED",
      ),
      part(
        "load",
        "load_testing",
        "Locust load tests",
        "Show how many requests a release can take before it ships.",
        "PARTIAL",
      ),
      part(
        "gitops",
        "infrastructure_as_code",
        "Helm + Terraform GitOps",
        "Infrastructure and deployments described in Git and applied from it.",
        "AUTOMATED",
      ),
      part(
        "scaling",
        "autoscaling",
        "Kubernetes autoscaling",
        "Adds or removes API replicas with the traffic.",
        "AUTOMATED",
      ),
      part(
        "hosting",
        "hosting",
        "Cloud hosting (GKE)",
        "The cluster and public endpoint the containers run on.",
        "AUTOMATED",
      ),
      part("monitoring", "monitoring", "Grafana monitoring", "Dashboards of latency, errors and traffic.", "AUTOMATED"),
      part(
        "alerts",
        "alerting",
        "Sentry + Slack alerts",
        "Errors and broken thresholds reach the team in Slack.",
        "AUTOMATED",
      ),
    ],
    links: [
      ["data", "notebook"],
      ["notebook", "registry"],
      ["registry", "api"],
      ["api", "cache"],
      ["api", "tests"],
      ["tests", "docker"],
      ["docker", "load"],
      ["docker", "gitops"],
      ["gitops", "scaling"],
      ["load", "hosting"],
      ["scaling", "hosting"],
      ["hosting", "monitoring"],
      ["monitoring", "alerts"],
    ],
  },
};

/** A fresh copy of a starter diagram, laid out, with ids from `makeId` (edges use `makeEdgeId`, default `makeId`). */
export function buildStarter(
  id: StarterId,
  makeId: () => string,
  makeEdgeId: () => string = makeId,
): { nodes: PipelineNode[]; edges: PipelineEdge[] } {
  const template = TEMPLATES[id];
  const ids = new Map(template.parts.map((p) => [p.key, makeId()]));
  const nodeId = (key: string) => {
    const found = ids.get(key);
    if (found === undefined) throw new Error(`Starter ${id} links unknown part ${key}`);
    return found;
  };
  const nodes = template.parts.map((p): PipelineNode => {
    const component = getComponent(p.component);
    return makeNode({
      id: nodeId(p.key),
      kind: "component",
      title: p.title,
      description: p.description,
      category: component.id,
      phase: component.phase,
      stage: component.stage,
      automation: p.automation,
    });
  });
  const edges = template.links.map(([from, to]): PipelineEdge => ({
    id: makeEdgeId(),
    source: nodeId(from),
    target: nodeId(to),
    label: null,
  }));
  // A starter is drawn as aligned columns across the lanes, the way its stages line up.
  return { nodes: autoLayout(nodes, edges, { wrap: false }), edges };
}
