import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { BACKUP_FORMAT, parseProjectBackup, projectBackupJsonSchema, type TProjectBackupInput } from "./format";

// The file format alone: what it accepts, and the one sentence for a file it cannot read.

const node = (id: string, owner: string | null = null) => ({
  id,
  kind: "step" as const,
  title: `Step ${id}`,
  category: "model_training",
  phase: "ML" as const,
  stage: "EXPERIMENTAL" as const,
  automation: "MANUAL" as const,
  priority: null,
  position: { x: 0, y: 0 },
  sourceCells: [1],
  owner,
});

const minimal = (): TProjectBackupInput => ({
  format: BACKUP_FORMAT,
  version: 1,
  exportedAt: "2026-12-02T10:00:00.000Z",
  project: { name: "Churn", description: "", createdBy: "ana@example.com" },
  pipeline: {
    viewport: { x: 0, y: 0, zoom: 1 },
    nodes: [node("a", "ana@example.com"), node("b")],
    edges: [{ id: "e1", source: "a", target: "b", label: null }],
    cells: [{ nodeId: "a", index: 1, source: "fit()" }],
    groups: [{ id: "g1", name: "nb.ipynb", nodeIds: ["a", "b"] }],
  },
  assessments: [],
  roadmap: { items: [] },
});

const issuesOf = (input: unknown) => {
  try {
    parseProjectBackup(input);
    return [];
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    return error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  }
};

describe("project backup format", () => {
  it("reads a valid file", () => {
    expect(parseProjectBackup(minimal()).pipeline.nodes).toHaveLength(2);
  });

  it("refuses a newer version in one sentence, whatever else the file holds", () => {
    expect(issuesOf({ format: BACKUP_FORMAT, version: 7, somethingNew: [] })).toEqual([
      "version: made by a newer MLOps Map (version 7); this one reads up to 1",
    ]);
  });

  it("refuses what is not a backup", () => {
    expect(issuesOf({ format: "x", version: 1 })[0]).toMatch(/^format: format must be "mlops-map.project-backup"/);
    expect(issuesOf([])[0]).toMatch(/expected object/);
  });

  it("names broken references by path", () => {
    const file = minimal();
    file.pipeline.groups.push({ id: "g1", name: "again", nodeIds: ["a", "zz"] });
    file.pipeline.nodes[1] = { ...node("b"), kind: "data" };
    expect(issuesOf(file)).toEqual([
      'pipeline.nodes.1.category: node "b": data nodes take no category, got "model_training"',
      'pipeline.groups.1.id: duplicate group id "g1"',
      'pipeline.groups.1.nodeIds.0: node "a" is in two groups',
      'pipeline.groups.1.nodeIds.1: group "g1": node "zz" is not a node of this diagram',
    ]);
  });

  it("checks assessments against the bank they name, and allows one draft", () => {
    const file = minimal();
    const draft = {
      status: "DRAFT" as const,
      bankVersion: 1,
      answers: { "no-such-question": "x" },
      createdAt: "2026-12-01T10:00:00.000Z",
    };
    file.assessments = [draft, { ...draft, answers: {}, bankVersion: 99 }];
    expect(issuesOf(file)).toEqual([
      'assessments.0.answers.no-such-question: "no-such-question" is not a question of bank version 1',
      "assessments.1.status: a project has at most one draft assessment",
      "assessments.1.bankVersion: question bank version 99 is not known here",
    ]);
  });

  it("is described by a JSON Schema", () => {
    const schema = projectBackupJsonSchema() as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties)).toEqual([
      "format",
      "version",
      "exportedAt",
      "project",
      "pipeline",
      "assessments",
      "roadmap",
    ]);
  });
});
