import { describe, expect, it } from "vitest";
import type { PipelineEdge, PipelineNode } from "@/lib/pipeline/types";
import { ZPipelineSave } from "./pipeline";

function node(id: string, patch: Partial<Record<keyof PipelineNode, unknown>> = {}): Record<string, unknown> {
  return {
    id,
    kind: "component",
    title: `Node ${id}`,
    description: "",
    category: "notebooks",
    phase: "ML",
    stage: "EXPERIMENTAL",
    automation: "MANUAL",
    ownerId: null,
    priority: null,
    position: { x: 0, y: 100 },
    sourceCells: null,
    ...patch,
  };
}
const edge = (id: string, source: string, target: string, label: string | null = null): PipelineEdge => ({
  id,
  source,
  target,
  label,
});
const body = (nodes: unknown[], edges: unknown[] = [], patch: Record<string, unknown> = {}) => ({
  baseVersion: 0,
  viewport: { x: 0, y: 0, zoom: 1 },
  nodes,
  edges,
  ...patch,
});

/** The issues of a refused body as "path: message" lines. */
function issues(input: unknown): string[] {
  const result = ZPipelineSave.safeParse(input);
  if (result.success) throw new Error("expected the body to be refused");
  return result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("ZPipelineSave: valid bodies", () => {
  it("parses a diagram and returns it unchanged", () => {
    const nodes = [
      node("a", {
        kind: "step",
        category: "data_ingestion",
        title: "Load CSV",
        sourceCells: [0, 1, 2],
        priority: "P1",
        ownerId: "c123456789012345678901234",
      }),
      node("b", { category: "model_api", phase: "DEV", stage: "MVP", position: { x: 300.5, y: -420 } }),
      node("c", { kind: "data", category: null, title: "Raw sales" }),
      node("d", { kind: "external", category: null, title: "CRM" }),
    ];
    const edges = [edge("e1", "a", "b", "pickle"), edge("e2", "c", "a"), edge("e3", "b", "a")];
    const input = body(nodes, edges, { baseVersion: 3, viewport: { x: -10.5, y: 20, zoom: 10 } });
    expect(ZPipelineSave.parse(input)).toEqual(input);
  });

  it("fills optional fields and trims the title", () => {
    const parsed = ZPipelineSave.parse(
      body([
        {
          id: "x",
          kind: "data",
          title: "  Raw  ",
          phase: "ML",
          stage: "MVP",
          automation: "MANUAL",
          position: { x: 1, y: 2 },
        },
      ]),
    );
    expect(parsed.nodes[0]).toEqual({
      ...node("x", { kind: "data", category: null, title: "Raw", stage: "MVP", position: { x: 1, y: 2 } }),
    });
  });

  it("parses 5,000 nodes and refuses 5,001", () => {
    const many = Array.from({ length: 5000 }, (_, i) => node(`n${i}`));
    const edges = many.slice(1).map((n, i) => edge(`e${i}`, `n${i}`, n.id as string));
    const started = performance.now();
    expect(ZPipelineSave.parse(body(many, edges)).nodes).toHaveLength(5000);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(issues(body([...many, node("extra")]))).toEqual(["nodes: a diagram has at most 5000 nodes"]);
  });

  it("refuses more than 10,000 edges", () => {
    const edges = Array.from({ length: 10_001 }, (_, i) => edge(`e${i}`, "a", "b"));
    expect(issues(body([node("a"), node("b")], edges))).toEqual(["edges: a diagram has at most 10000 edges"]);
  });
});

describe("ZPipelineSave: bad nodes", () => {
  const refused = (patch: Partial<Record<keyof PipelineNode, unknown>>) => issues(body([node("n1", patch)]));

  it("refuses a bad id", () => {
    expect(refused({ id: "has space" })).toEqual([expect.stringMatching(/^nodes\.0\.id: id must be 1 to 64 letters/)]);
    expect(refused({ id: "x".repeat(65) })[0]).toMatch(/nodes\.0\.id/);
  });

  it("refuses an unknown kind, phase, stage, automation or priority", () => {
    expect(refused({ kind: "robot" })[0]).toMatch(/^nodes\.0\.kind: /);
    expect(refused({ phase: "QA" })[0]).toMatch(/^nodes\.0\.phase: /);
    expect(refused({ stage: "GA" })[0]).toMatch(/^nodes\.0\.stage: /);
    expect(refused({ automation: "SOMETIMES" })[0]).toMatch(/^nodes\.0\.automation: /);
    expect(refused({ priority: "P9" })[0]).toMatch(/^nodes\.0\.priority: /);
  });

  it("explains a title that is too long, empty or missing", () => {
    expect(refused({ title: "x".repeat(10_000) })).toEqual(["nodes.0.title: title must be at most 200 characters."]);
    expect(refused({ title: "   " })).toEqual(["nodes.0.title: title is required."]);
    expect(refused({ title: undefined })).toEqual(["nodes.0.title: title is required."]);
    expect(refused({ title: "a\u0007b" })).toEqual(["nodes.0.title: title must not contain control characters."]);
  });

  it("refuses a long description", () => {
    expect(refused({ description: "x".repeat(2001) })).toEqual([
      "nodes.0.description: description must be at most 2000 characters",
    ]);
  });

  it("refuses text the database cannot store as sent: NUL and lone surrogates", () => {
    expect(refused({ description: "a\u0000b" })).toEqual([
      "nodes.0.description: description must not contain NUL characters.",
    ]);
    expect(refused({ description: "a\ud800b" })).toEqual([
      "nodes.0.description: description must be valid Unicode text (no lone surrogates).",
    ]);
    expect(refused({ title: "\udc00" })).toEqual([
      "nodes.0.title: title must be valid Unicode text (no lone surrogates).",
    ]);
    expect(issues(body([node("a"), node("b")], [edge("e", "a", "b", "x\u0000")]))).toEqual([
      "edges.0.label: label must not contain NUL characters.",
    ]);
    // A surrogate pair is one well-formed character and is kept.
    expect(ZPipelineSave.parse(body([node("a", { description: "ok \ud83d\ude80" })])).nodes[0]!.description).toBe(
      "ok 🚀",
    );
  });

  it("checks the category against the kind, naming the node and the value", () => {
    expect(refused({ kind: "component", category: "data_ingestion" })).toEqual([
      'nodes.0.category: node "n1": category "data_ingestion" is not a component id',
    ]);
    expect(refused({ kind: "component", category: null })).toEqual([
      'nodes.0.category: node "n1": category null is not a component id',
    ]);
    expect(refused({ kind: "step", category: "model_api" })).toEqual([
      'nodes.0.category: node "n1": category "model_api" is not a step category',
    ]);
    expect(refused({ kind: "step", category: "documentation" })[0]).toContain('"documentation" is not a step category');
    expect(refused({ kind: "data", category: "notebooks" })).toEqual([
      'nodes.0.category: node "n1": data nodes take no category, got "notebooks"',
    ]);
    expect(refused({ kind: "external", category: "x" })).toEqual([
      'nodes.0.category: node "n1": external nodes take no category, got "x"',
    ]);
  });

  it("refuses a bad owner id", () => {
    expect(refused({ ownerId: "user-1" })).toEqual(["nodes.0.ownerId: ownerId is not a valid member id"]);
  });

  it("refuses non-numeric, NaN and infinite positions", () => {
    expect(refused({ position: { x: "10", y: 0 } })).toEqual([
      "nodes.0.position.x: position.x must be a finite number.",
    ]);
    expect(refused({ position: { x: 0, y: NaN } })).toEqual([
      "nodes.0.position.y: position.y must be a finite number.",
    ]);
    expect(refused({ position: { x: Infinity, y: -Infinity } })).toHaveLength(2);
    // JSON's 1e400 parses to Infinity; 1e300 is finite but far past any canvas.
    expect(refused({ position: { x: 1e300, y: 0 } })).toEqual([
      "nodes.0.position.x: position.x must be between -1,000,000,000 and 1,000,000,000.",
    ]);
    expect(refused({ position: null })[0]).toMatch(/^nodes\.0\.position: /);
    expect(refused({ position: { x: 0, y: 0, z: 1 } })[0]).toMatch(/^nodes\.0\.position: .*"z"/);
  });

  it("refuses bad source cells", () => {
    expect(refused({ sourceCells: [1, -1] })).toEqual(["nodes.0.sourceCells.1: sourceCells entry must be 0 or more."]);
    expect(refused({ sourceCells: [1.5] })).toEqual(["nodes.0.sourceCells.0: sourceCells entry must be an integer."]);
    // Past int4 the row write failed with 22003 (a 500); a notebook has at most 10,000 cells anyway.
    expect(refused({ sourceCells: [2 ** 31] })).toEqual([
      "nodes.0.sourceCells.0: sourceCells entry must be at most 9999.",
    ]);
    expect(refused({ sourceCells: [10_000] })).toEqual([
      "nodes.0.sourceCells.0: sourceCells entry must be at most 9999.",
    ]);
    expect(refused({ sourceCells: Array.from({ length: 10_001 }, (_, i) => i) })).toEqual([
      "nodes.0.sourceCells: sourceCells must have at most 10000 entries",
    ]);
  });

  it("refuses unknown fields", () => {
    expect(refused({ colour: "red" } as Partial<Record<keyof PipelineNode, unknown>>)[0]).toMatch(
      /^nodes\.0: .*"colour"/,
    );
  });
});

describe("ZPipelineSave: bad bodies", () => {
  it("checks baseVersion and viewport", () => {
    expect(issues(body([], [], { baseVersion: -1 }))).toEqual(["baseVersion: baseVersion must be 0 or more."]);
    expect(issues(body([], [], { baseVersion: 1.5 }))).toEqual(["baseVersion: baseVersion must be an integer."]);
    expect(issues(body([], [], { baseVersion: 2 ** 31 }))).toEqual([
      "baseVersion: baseVersion must be at most 2147483647.",
    ]);
    expect(issues(body([], [], { viewport: { x: 0, y: 0, zoom: 0 } }))).toEqual([
      "viewport.zoom: viewport.zoom must be above 0",
    ]);
    expect(issues(body([], [], { viewport: { x: 0, y: 0, zoom: 10.5 } }))).toEqual([
      "viewport.zoom: viewport.zoom must be at most 10",
    ]);
    expect(issues(body([], [], { viewport: { x: NaN, y: 0, zoom: 1 } }))).toEqual([
      "viewport.x: viewport.x must be a finite number.",
    ]);
    expect(issues(body([], [], { viewport: { x: 0, y: -1e300, zoom: 1 } }))).toEqual([
      "viewport.y: viewport.y must be between -100,000,000,000 and 100,000,000,000.",
    ]);
    expect(issues(body([], [], { extra: true }))[0]).toMatch(/"extra"/);
  });

  it("points at a duplicate node id", () => {
    expect(issues(body([node("a"), node("b"), node("a")]))).toEqual([
      'nodes.2.id: duplicate node id "a" (also nodes[0])',
    ]);
  });

  it("points at a duplicate edge id", () => {
    expect(issues(body([node("a"), node("b"), node("c")], [edge("e", "a", "b"), edge("e", "b", "c")]))).toEqual([
      'edges.1.id: duplicate edge id "e" (also edges[0])',
    ]);
  });

  it("points at an edge naming a missing node", () => {
    expect(issues(body([node("a")], [edge("e1", "ghost", "a"), edge("e2", "a", "gone")]))).toEqual([
      'edges.0.source: edge "e1": source "ghost" is not a node of this diagram',
      'edges.1.target: edge "e2": target "gone" is not a node of this diagram',
    ]);
  });

  it("points at a self-loop", () => {
    expect(issues(body([node("a")], [edge("loop", "a", "a")]))).toEqual([
      'edges.0: edge "loop" connects node "a" to itself',
    ]);
  });

  it("points at a second edge between the same pair in the same direction", () => {
    const nodes = [node("a"), node("b")];
    expect(issues(body(nodes, [edge("e1", "a", "b"), edge("e2", "b", "a"), edge("e3", "a", "b", "again")]))).toEqual([
      'edges.2: edge "e3" repeats edge "e1" from "a" to "b"',
    ]);
  });

  it("reports a bounded number of reference problems", () => {
    const edges = Array.from({ length: 500 }, (_, i) => edge(`e${i}`, "ghost", "a"));
    expect(issues(body([node("a")], edges)).length).toBeLessThanOrEqual(20);
  });

  it("refuses what is not a body", () => {
    expect(ZPipelineSave.safeParse(null).success).toBe(false);
    expect(ZPipelineSave.safeParse({ nodes: "x" }).success).toBe(false);
  });
});
