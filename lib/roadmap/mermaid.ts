import { PHASE_LABELS } from "../pipeline/labels";
import { PHASES, type Phase } from "../pipeline/types";
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

const SAFE_ASCII = /[A-Za-z0-9 .,\-_'/!?+*=@$^~]/;
// Embeddings, overrides and isolates: kept (RTL text may need them) but as codes, so the
// exported source reads in order.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
const NAMED: Record<string, string> = { '"': "#quot;", "&": "#amp;", "<": "#lt;", ">": "#gt;", "#": "#35;" };
const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

/** A title as a Mermaid label body (goes inside `["…"]`). */
export function mermaidLabel(text: string): string {
  const clean = text
    .toWellFormed()
    // Line and paragraph separators and every control character: a label is one line.
    .replace(/[\p{Cc}\u2028\u2029]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  const graphemes = [...segmenter.segment(clean)].map((s) => s.segment);
  const cut = graphemes.length > MAX_LABEL ? [...graphemes.slice(0, MAX_LABEL - 1), "…"] : graphemes;
  let out = "";
  for (const g of cut.join("")) {
    const code = g.codePointAt(0) ?? 0;
    if ((code >= 0x80 && !BIDI_CONTROL.test(g)) || SAFE_ASCII.test(g)) out += g;
    else out += NAMED[g] ?? `#${code};`;
  }
  return out || "untitled";
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
  // Ids lane by lane, so n0… read in the order they are drawn.
  const idOf = new Map<string, string>();
  const byLane = new Map<Phase, RoadmapNodeFacts[]>(PHASES.map((p) => [p, nodes.filter((n) => n.phase === p)]));
  for (const phase of PHASES) for (const node of byLane.get(phase) ?? []) idOf.set(node.id, `n${idOf.size}`);
  for (const phase of PHASES) {
    const label = `${PHASE_LABELS[phase].title} · ${PHASE_LABELS[phase].subtitle}`;
    lines.push(`  subgraph lane_${phase}["${mermaidLabel(label)}"]`, "    direction TB");
    for (const node of byLane.get(phase) ?? []) lines.push(`    ${idOf.get(node.id)}["${mermaidLabel(node.title)}"]`);
    lines.push("  end");
  }
  const edges = (pipeline?.edges ?? [])
    .flatMap((e) => {
      const from = idOf.get(e.source);
      const to = idOf.get(e.target);
      return from && to ? [{ from, to, label: e.label?.trim() ? mermaidLabel(e.label) : null }] : [];
    })
    .map((e) => ({ ...e, key: [Number(e.from.slice(1)), Number(e.to.slice(1))] as const }))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || byCode(a.label ?? "", b.label ?? ""));
  for (const e of edges) lines.push(e.label ? `  ${e.from} -->|"${e.label}"| ${e.to}` : `  ${e.from} --> ${e.to}`);

  const manual = nodes.filter((n) => n.kind === "step" && n.automation === "MANUAL");
  const automated = nodes.filter((n) => n.kind === "step" && n.automation === "AUTOMATED");
  lines.push("  classDef manual stroke-dasharray: 5 3", "  classDef automated stroke-width:3px");
  if (manual.length > 0) lines.push(`  class ${manual.map((n) => idOf.get(n.id)).join(",")} manual`);
  if (automated.length > 0) lines.push(`  class ${automated.map((n) => idOf.get(n.id)).join(",")} automated`);
  return lines.join("\n");
}
