import { PHASE_LABELS } from "../pipeline/labels";
import { PHASES, type Phase } from "../pipeline/types";
import { oneLine } from "./markdown-escape";
import type { RoadmapNodeFacts, RoadmapPipelineFacts } from "./types";

// The pipeline as a Mermaid `flowchart LR` with one subgraph per lane (ML, DEV, PROD).
//
// Escaping, so that any title is valid Mermaid and renders as the text it is:
// - ids are generated (lanes by name, nodes n0, n1… in a fixed order), never user text;
// - every label is quoted, `id["…"]`, and inside the quotes every character that means
//   something to Mermaid, Markdown's code fence or HTML is an entity code: `"` is `#quot;`,
//   other ASCII punctuation outside a short safe list is `#<decimal>;` (so `<script>` is
//   `#60;script#62;`, `|` `#124;`, a backtick `#96;`, `#` itself `#35;`, `%` `#37;`, `;` `#59;`).
//   Mermaid turns the codes back into the characters when it draws the label;
// - letters of any script, digits, emoji and spaces stay as they are; line breaks and other
//   control characters become spaces, bidi controls are codes too; a label is cut to MAX_LABEL characters (whole graphemes).

/** Longer titles are cut, with "…": a diagram is for the shape, the task list has the full text. */
export const MAX_LABEL = 80;

// Everything but letters and digits of any script, emoji, spaces and a few harmless ASCII
// marks; and the bidi embeddings, overrides and isolates (kept, but as codes, so the exported
// source reads in order).
const UNSAFE = /[^A-Za-z0-9 .,\-_'/!?+*=@$^~\u0080-\u2029\u202F-\u2065\u206A-\u{10FFFF}]/gu;
const NAMED: Record<string, string> = { '"': "#quot;", "&": "#amp;", "<": "#lt;", ">": "#gt;", "#": "#35;" };
const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

/** A title as a Mermaid label body (goes inside `["…"]`). */
export function mermaidLabel(text: string): string {
  const clean = oneLine(text);
  // A grapheme is at least one UTF-16 unit: only a long text needs the (slow) segmenter.
  let cut = clean;
  if (clean.length > MAX_LABEL) {
    const graphemes = Array.from(segmenter.segment(clean), (s) => s.segment);
    if (graphemes.length > MAX_LABEL) cut = `${graphemes.slice(0, MAX_LABEL - 1).join("")}…`;
  }
  return cut.replace(UNSAFE, (g) => NAMED[g] ?? `#${g.codePointAt(0)};`) || "untitled";
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `flowchart LR`, a subgraph per lane holding its nodes (sorted by id, so the order the
 * nodes come in never shows), then the edges between known nodes, sorted. Manual steps are
 * drawn dashed, automated ones bold: the diagram shows what the roadmap is about.
 * An empty or missing pipeline gives a one-node diagram saying so (still valid Mermaid).
 */
export function pipelineFlowchart(pipeline: RoadmapPipelineFacts | null): string {
  const lines = ["flowchart LR"];
  const unique = new Map((pipeline?.nodes ?? []).map((n) => [n.id, n]));
  const nodes = [...unique.values()].sort((a, b) => byCode(a.id, b.id));
  if (nodes.length === 0) {
    lines.push('  empty["No pipeline yet"]');
    return lines.join("\n");
  }
  // Numbers lane by lane, so n0… read in the order they are drawn.
  const indexOf = new Map<string, number>();
  const byLane = new Map<Phase, RoadmapNodeFacts[]>(PHASES.map((p) => [p, []]));
  for (const node of nodes) byLane.get(node.phase)?.push(node);
  for (const phase of PHASES) for (const node of byLane.get(phase) ?? []) indexOf.set(node.id, indexOf.size);
  for (const phase of PHASES) {
    const label = `${PHASE_LABELS[phase].title} · ${PHASE_LABELS[phase].subtitle}`;
    lines.push(`  subgraph lane_${phase}["${mermaidLabel(label)}"]`, "    direction TB");
    for (const node of byLane.get(phase) ?? [])
      lines.push(`    n${indexOf.get(node.id)}["${mermaidLabel(node.title)}"]`);
    lines.push("  end");
  }
  const edges: { from: number; to: number; label: string | null }[] = [];
  for (const e of pipeline?.edges ?? []) {
    const from = indexOf.get(e.source);
    const to = indexOf.get(e.target);
    if (from !== undefined && to !== undefined)
      edges.push({ from, to, label: e.label?.trim() ? mermaidLabel(e.label) : null });
  }
  edges.sort((a, b) => a.from - b.from || a.to - b.to || byCode(a.label ?? "", b.label ?? ""));
  for (const e of edges) lines.push(e.label ? `  n${e.from} -->|"${e.label}"| n${e.to}` : `  n${e.from} --> n${e.to}`);

  const manual = nodes.filter((n) => n.kind === "step" && n.automation === "MANUAL");
  const automated = nodes.filter((n) => n.kind === "step" && n.automation === "AUTOMATED");
  lines.push("  classDef manual stroke-dasharray: 5 3", "  classDef automated stroke-width:3px");
  if (manual.length > 0) lines.push(`  class ${manual.map((n) => `n${indexOf.get(n.id)}`).join(",")} manual`);
  if (automated.length > 0) lines.push(`  class ${automated.map((n) => `n${indexOf.get(n.id)}`).join(",")} automated`);
  return lines.join("\n");
}
