import { DIMENSION_IDS } from "../assessment/types";
import { STAGE_LABELS } from "../pipeline/labels";
import { STAGES } from "../pipeline/types";
import { escapeCell, escapeInline } from "./markdown-escape";
import { pipelineFlowchart } from "./mermaid";
import { roadmapProgress } from "./progress";
import { ROADMAP_STATUS_LABELS } from "./stage-rules";
import type { MaturitySnapshot, RoadmapExportInput, RoadmapItemFacts, RoadmapPerson } from "./types";

// The roadmap as one GFM document (issue #12): the project's name and the date; the latest
// maturity summary (overall level and a table of dimension levels); the pipeline as a Mermaid
// `flowchart LR`, a subgraph per lane; per stage a task list of its items in board order with
// owner, priority, phase, tool and its reason; then a table per owner. Every piece of user text
// goes through markdown-escape.ts (or mermaid.ts inside the diagram). Deterministic: the same
// input gives the same bytes, whatever order the items and nodes come in.

const GOOGLE_NAMES = ["manual process", "ML pipeline automation", "CI/CD pipeline automation"] as const;

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Board order: stage, then position, then id. */
function boardOrder(items: readonly RoadmapItemFacts[]): RoadmapItemFacts[] {
  return [...items].sort(
    (a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage) || a.position - b.position || byCode(a.id, b.id),
  );
}

export function renderRoadmapMarkdown(input: RoadmapExportInput): string {
  const items = boardOrder(input.items);
  const progress = roadmapProgress(items);
  const out: string[] = [
    `# Roadmap: ${escapeInline(input.project.name) || "Untitled project"}`,
    "",
    `Exported from MLOps Map on ${input.date}. ${progress.overall.done} of ${progress.overall.total} items done (${progress.overall.percent}%).`,
    "",
    "## Maturity",
    "",
    ...maturitySection(input.maturity),
    "## Pipeline",
    "",
    "```mermaid",
    pipelineFlowchart(input.pipeline),
    "```",
    "",
  ];
  for (const stage of progress.stages) {
    out.push(`## ${STAGE_LABELS[stage.stage]} (${stage.done} of ${stage.total} done)`, "");
    const inStage = items.filter((i) => i.stage === stage.stage);
    if (inStage.length === 0) out.push("No items yet.", "");
    else out.push(...inStage.flatMap(taskItem), "");
  }
  out.push("## By owner", "", ...ownerTables(items));
  return `${out.join("\n").trimEnd()}\n`;
}

function maturitySection(maturity: MaturitySnapshot | null): string[] {
  if (!maturity) return ["No submitted assessment yet.", ""];
  const level = maturity.googleLevel;
  const dimensions = [...maturity.dimensions].sort(
    (a, b) => DIMENSION_IDS.indexOf(a.id) - DIMENSION_IDS.indexOf(b.id) || byCode(a.id, b.id),
  );
  return [
    `Overall: Google Cloud MLOps level ${level} of 2 (${GOOGLE_NAMES[level]}), from the assessment submitted on ${maturity.submittedAt.slice(0, 10)}.`,
    "",
    "| Dimension | Level (0–4) |",
    "| --- | --- |",
    ...dimensions.map((d) => `| ${escapeCell(d.label)} | ${d.level} |`),
    "",
  ];
}

/** `- [ ] **Title** (in progress)` then the facts, the done-when and the reason as lines of the same item. */
function taskItem(item: RoadmapItemFacts): string[] {
  const box = item.status === "DONE" ? "[x]" : "[ ]";
  const state = item.status === "IN_PROGRESS" ? ` (${ROADMAP_STATUS_LABELS.IN_PROGRESS.toLowerCase()})` : "";
  const facts = [
    `owner: ${item.owner ? escapeInline(item.owner.name) : "unassigned"}`,
    `priority: ${item.priority ?? "none"}`,
    item.phase && `phase: ${item.phase}`,
    item.tool ? `tool: ${escapeInline(item.tool.name)}` : item.toolSlug && `tool: ${escapeInline(item.toolSlug)}`,
    item.targetDate && `target: ${item.targetDate}`,
  ].filter(Boolean);
  const lines = [`- ${box} **${escapeInline(item.title) || "Untitled"}**${state}`, `  ${facts.join(" · ")}`];
  const doneWhen = escapeInline(item.doneWhen);
  if (doneWhen) lines.push(`  Done when: ${doneWhen}`);
  const reason = escapeInline(item.detail);
  if (reason) lines.push(`  Why: ${reason}`);
  // Two trailing spaces would be invisible; a backslash at a line's end is GFM's hard break.
  return lines.map((line, i) => (i < lines.length - 1 ? `${line}\\` : line));
}

/** One table per owner (by name, then id), unassigned last; rows in board order. */
function ownerTables(items: readonly RoadmapItemFacts[]): string[] {
  if (items.length === 0) return ["No items yet."];
  const owners = new Map<string, { owner: RoadmapPerson | null; items: RoadmapItemFacts[] }>();
  for (const item of items) {
    const key = item.owner ? `o:${item.owner.id}` : "unassigned";
    const group = owners.get(key) ?? { owner: item.owner, items: [] };
    group.items.push(item);
    owners.set(key, group);
  }
  const groups = [...owners.values()].sort((a, b) => {
    if (!a.owner || !b.owner) return a.owner ? -1 : b.owner ? 1 : 0;
    return a.owner.name.localeCompare(b.owner.name, "en") || byCode(a.owner.id, b.owner.id);
  });
  return groups.flatMap(({ owner, items: owned }) => [
    owner ? `### ${escapeInline(owner.name) || "Unnamed"} (${escapeInline(owner.email)})` : "### Unassigned",
    "",
    "| Item | Stage | Priority | Status | Target date |",
    "| --- | --- | --- | --- | --- |",
    ...owned.map(
      (i) =>
        `| ${escapeCell(i.title)} | ${STAGE_LABELS[i.stage]} | ${i.priority ?? "—"} | ${ROADMAP_STATUS_LABELS[i.status]} | ${i.targetDate ?? "—"} |`,
    ),
    "",
  ]);
}
