import { CATALOG } from "../catalog/catalog";
import { COMPONENT_IDS, getComponent } from "../pipeline/components";
import { benchGraph } from "../pipeline/bench-graph";
import { PRIORITIES, STAGES } from "../pipeline/types";
import { doneWhenFor } from "./generate";
import { ROADMAP_STATUSES, type RoadmapExportInput, type RoadmapItemFacts, type RoadmapPerson } from "./types";

// A generated roadmap for the roadmap benchmark (scripts/bench-roadmap.ts): the Markdown part
// renders it, and the HTTP part can seed the same data. Pure and deterministic: the same
// numbers give the same roadmap. Every fifth title carries characters the exports must escape
// (quotes, a pipe, brackets, `<b>`), so escaping is part of what is measured.

export type BenchRoadmapOptions = { items: number; nodes: number; edges: number; members?: number };

export function benchRoadmap(options: BenchRoadmapOptions): RoadmapExportInput {
  const { nodes, edges } = benchGraph({ nodes: options.nodes, edges: options.edges });
  const people: RoadmapPerson[] = Array.from({ length: options.members ?? 6 }, (_, m) => ({
    id: `m${m}`,
    name: `Member ${m}`,
    email: `member${m}@example.com`,
  }));
  const positions = new Map<string, number>();
  const items = Array.from({ length: options.items }, (_, i): RoadmapItemFacts => {
    const componentId = COMPONENT_IDS[i % COMPONENT_IDS.length]!;
    const component = getComponent(componentId);
    const tool = CATALOG.find((t) => t.components.includes(componentId)) ?? null;
    const stage = STAGES[i % STAGES.length]!;
    const position = positions.get(stage) ?? 0;
    positions.set(stage, position + 1);
    const status = ROADMAP_STATUSES[i % ROADMAP_STATUSES.length]!;
    return {
      id: `item${String(i).padStart(4, "0")}`,
      title: i % 5 === 0 ? `Step ${i}: "${component.label}" | [draft] <b>${i}</b>` : `Step ${i}: ${component.label}`,
      doneWhen: doneWhenFor(componentId, tool?.name ?? null),
      detail: `Recommended for ${component.label.toLowerCase()}; fits the team's Python stack.`,
      phase: component.phase,
      componentId,
      toolSlug: tool?.slug ?? null,
      tool: tool ? { slug: tool.slug, name: tool.name } : null,
      nodeIds: nodes.slice(i % nodes.length, (i % nodes.length) + 2).map((n) => n.id),
      owner: i % 7 === 0 ? null : (people[i % people.length] ?? null),
      priority: i % 9 === 0 ? null : PRIORITIES[i % PRIORITIES.length]!,
      status,
      stage,
      position,
      targetDate: i % 4 === 0 ? `2027-0${(i % 9) + 1}-15` : null,
      source: "manual",
      sourceKey: null,
      createdAt: "2026-11-01T09:00:00.000Z",
      updatedAt: "2026-11-02T09:00:00.000Z",
      doneAt: status === "DONE" ? "2026-11-20T09:00:00.000Z" : null,
    };
  });
  return {
    project: { name: "Bench project" },
    date: "2026-12-02",
    maturity: {
      submittedAt: "2026-11-20T10:00:00.000Z",
      googleLevel: 1,
      dimensions: [
        { id: "data_management", label: "Data management", level: 2 },
        { id: "experimentation", label: "Experimentation", level: 1 },
        { id: "serving", label: "Model serving", level: 1 },
        { id: "monitoring", label: "Monitoring", level: 0 },
      ],
    },
    pipeline: {
      nodes: nodes.map((n) => ({
        id: n.id,
        kind: n.kind,
        title: n.title,
        category: n.category,
        phase: n.phase,
        stage: n.stage,
        automation: n.automation,
      })),
      edges: edges.map((e) => ({ source: e.source, target: e.target, label: e.label })),
    },
    items,
  };
}
