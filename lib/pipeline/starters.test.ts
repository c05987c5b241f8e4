import { describe, expect, it } from "vitest";
import { ZPipelineSave } from "@/lib/validation/pipeline";
import { getComponent, isComponentId } from "./components";
import { newEdgeId, newNodeId } from "./ids";
import { laneBottom, laneTop, NODE_HEIGHT, NODE_WIDTH } from "./lanes";
import { buildStarter, STARTERS, type StarterId } from "./starters";

const counter = () => {
  let i = 0;
  return () => `id${++i}`;
};

describe("STARTERS", () => {
  it("offers the three stages in order", () => {
    expect(STARTERS.map((s) => s.id)).toEqual(["experimental", "mvp", "productionization"]);
    for (const s of STARTERS) expect(s.title.length * s.description.length).toBeGreaterThan(0);
  });
});

describe.each(STARTERS.map((s) => s.id))("buildStarter(%s)", (id: StarterId) => {
  const { nodes, edges } = buildStarter(id, counter());

  it("makes component nodes with their component's phase and stage, in their lanes", () => {
    expect(nodes.length).toBeGreaterThan(0);
    for (const n of nodes) {
      expect(n.kind).toBe("component");
      expect(isComponentId(n.category)).toBe(true);
      const component = getComponent(n.category as Parameters<typeof getComponent>[0]);
      expect(n.phase).toBe(component.phase);
      expect(n.stage).toBe(component.stage);
      expect(n.position.y).toBeGreaterThanOrEqual(laneTop(n.phase));
      expect(n.position.y + NODE_HEIGHT).toBeLessThanOrEqual(laneBottom(n.phase));
    }
  });

  it("links existing nodes, left to right, with unique ids", () => {
    const ids = [...nodes.map((n) => n.id), ...edges.map((e) => e.id)];
    expect(new Set(ids).size).toBe(ids.length);
    const x = new Map(nodes.map((n) => [n.id, n.position.x]));
    for (const e of edges) {
      expect(x.has(e.source) && x.has(e.target)).toBe(true);
      expect(x.get(e.source)! + NODE_WIDTH).toBeLessThan(x.get(e.target)!);
    }
  });

  it("is accepted by the save API", () => {
    expect(ZPipelineSave.safeParse({ baseVersion: 0, viewport: { x: 0, y: 0, zoom: 1 }, nodes, edges }).success).toBe(
      true,
    );
  });

  it("makes fresh ids each time", () => {
    const a = buildStarter(id, newNodeId, newEdgeId);
    const b = buildStarter(id, newNodeId, newEdgeId);
    expect(a.nodes[0]!.id).not.toBe(b.nodes[0]!.id);
    expect(a.nodes.map((n) => n.position)).toEqual(b.nodes.map((n) => n.position));
  });
});

describe("starter contents", () => {
  const titles = (id: StarterId) => buildStarter(id, counter()).nodes.map((n) => [n.category, n.title, n.automation]);

  it("experimental is one manual notebook", () => {
    expect(titles("experimental")).toEqual([["notebooks", "Jupyter notebook", "MANUAL"]]);
  });

  it("mvp is notebook → Flask API → hosting, all manual", () => {
    const { nodes, edges } = buildStarter("mvp", counter());
    expect(nodes.map((n) => n.category)).toEqual(["notebooks", "model_api", "hosting"]);
    expect(nodes.map((n) => n.phase)).toEqual(["ML", "DEV", "PROD"]);
    expect(nodes.every((n) => n.automation === "MANUAL")).toBe(true);
    expect(nodes[1]!.title).toBe("Flask API");
    expect(edges.map((e) => [e.source, e.target])).toEqual([
      [nodes[0]!.id, nodes[1]!.id],
      [nodes[1]!.id, nodes[2]!.id],
    ]);
  });

  it("productionization adds the production components", () => {
    const categories = buildStarter("productionization", counter()).nodes.map((n) => n.category);
    expect(categories).toEqual(
      expect.arrayContaining([
        "notebooks",
        "model_api",
        "hosting",
        "testing",
        "containerization",
        "caching",
        "load_testing",
        "autoscaling",
        "infrastructure_as_code",
        "model_registry",
        "data_versioning",
        "monitoring",
        "alerting",
      ]),
    );
    expect(titles("productionization").map(([, title]) => title)).toEqual(
      expect.arrayContaining([
        "Flask API",
        "Docker images",
        "Redis cache",
        "Locust load tests",
        "Kubernetes autoscaling",
        "Helm + Terraform GitOps",
        "Grafana monitoring",
        "Sentry + Slack alerts",
      ]),
    );
  });

  it("uses makeId for edges too when no edge id maker is given", () => {
    const { edges } = buildStarter("mvp", counter());
    expect(edges.map((e) => e.id)).toEqual(["id4", "id5"]);
  });
});
