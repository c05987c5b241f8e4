import { AUTOMATION_LABELS, PHASE_LABELS } from "./labels";
import { cardEnds, edgeRoute, svgNumber } from "./edge-route";
import { edgeTracks, labelText, labelWidth } from "./edge-tracks";
import { NODE_HEIGHT, NODE_WIDTH, laneBottom, laneGeometry, nodesBounds } from "./lanes";
import { PHASES, type PipelineEdge, type PipelineNode } from "./types";

// The diagram as a real vector SVG a person can share (issue #13, point 5): only rect, path and
// text elements with fonts named, no foreignObject or HTML, so it opens in Inkscape, Figma or a
// browser alike. A margin all round, the three lanes as bands with their names, a title and a
// date on top, arrowheads on the edges. Pure: the PNG export rasterises this very string in
// the browser (components/canvas/export-files.ts). Built as one array of strings joined once,
// so a 1,000-node diagram takes milliseconds.

export type SvgExportInput = {
  title: string;
  /** As it should read, e.g. "2 December 2026". */
  date: string;
  nodes: readonly PipelineNode[];
  edges: readonly PipelineEdge[];
};

export type SvgExport = { svg: string; width: number; height: number };

const MARGIN = 40;
const HEADER = 72;
const LABEL_COLUMN = 132;
const FONT = "Inter, 'Helvetica Neue', Helvetica, Arial, sans-serif";
/** Characters of a 13 px title that fit a card's width, two lines at most. */
const TITLE_LINE = 28;

const LANE_FILL = { ML: "#f5f3ff", DEV: "#f0f9ff", PROD: "#ecfdf5" } as const;
const LANE_STROKE = { ML: "#7c3aed", DEV: "#0284c7", PROD: "#059669" } as const;
const INK = "#0f172a";
const MUTED = "#475569";
const EDGE = "#64748b";

/** Text as XML character data: the five specials escaped, characters XML forbids dropped. */
export function xmlText(text: string): string {
  const wellFormed = text.isWellFormed() ? text : text.toWellFormed();
  return wellFormed
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** A title in at most two lines of about `width` characters, cut with "…" (whole words where it can). */
export function wrapTitle(title: string, width = TITLE_LINE): string[] {
  // A word longer than a line is broken into line-long pieces.
  const words = title
    .replace(/\s+/g, " ")
    .trim()
    .split(" ")
    .flatMap((word) => word.match(new RegExp(`.{1,${width}}`, "gu")) ?? [""]);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width) line = next;
    else {
      if (line) lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= 2) return lines.length > 0 ? lines : [""];
  const second = lines[1]!;
  return [lines[0]!, second.length >= width ? `${second.slice(0, width - 1)}…` : `${second}…`];
}

const n = svgNumber;

export function buildPipelineSvg({ title, date, nodes, edges }: SvgExportInput): SvgExport {
  const bounds = nodesBounds(nodes) ?? { x: 0, y: 0, width: NODE_WIDTH, height: NODE_HEIGHT };
  // The lanes as the canvas draws them (components/canvas/lanes-layer.tsx): grown where a
  // wrapped layout put rows of cards below a lane's usual height.
  const lanes = laneGeometry(nodes);
  const lanesBottom = laneBottom("PROD", lanes);
  const top = Math.min(0, bounds.y);
  const bottom = Math.max(lanesBottom, bounds.y + bounds.height);
  const left = bounds.x;
  const right = bounds.x + bounds.width;
  // Flow coordinates → picture coordinates.
  const dx = MARGIN + LABEL_COLUMN + MARGIN - left;
  const dy = HEADER + MARGIN - top;
  const width = Math.ceil(right + dx + MARGIN);
  const height = Math.ceil(bottom + dy + MARGIN);

  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}">`,
    `<title>${xmlText(title)}</title>`,
    `<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M 0 0 L 10 5 L 0 10 z" fill="${EDGE}"/></marker></defs>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${MARGIN}" y="${MARGIN + 8}" font-size="22" font-weight="700" fill="${INK}">${xmlText(title)}</text>`,
    `<text x="${MARGIN}" y="${MARGIN + 32}" font-size="13" fill="${MUTED}">${xmlText(`Pipeline · ${date} · ${nodes.length} nodes, ${edges.length} edges`)}</text>`,
  ];

  // Lanes: bands across the whole picture, the name in the label column.
  for (const phase of PHASES) {
    const y = lanes[phase].top + dy;
    const label = PHASE_LABELS[phase];
    out.push(
      `<rect x="${MARGIN}" y="${n(y)}" width="${width - 2 * MARGIN}" height="${lanes[phase].height}" fill="${LANE_FILL[phase]}" stroke="${LANE_STROKE[phase]}" stroke-opacity="0.35" stroke-dasharray="6 4"/>`,
      `<text x="${MARGIN + 14}" y="${n(y + 28)}" font-size="15" font-weight="700" fill="${LANE_STROKE[phase]}">${xmlText(label.title)}</text>`,
      `<text x="${MARGIN + 14}" y="${n(y + 46)}" font-size="11" fill="${MUTED}">${xmlText(label.subtitle)}</text>`,
    );
  }

  // Edges under the cards: from the source's right side to the target's left side (edge-route.ts).
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const shifted = (p: { x: number; y: number }) => ({ x: p.x + dx, y: p.y + dy });
  const ends = edges.flatMap((edge) => {
    const from = byId.get(edge.source);
    const to = byId.get(edge.target);
    if (!from || !to) return [];
    return [{ id: edge.id, label: edge.label, ...cardEnds(shifted(from.position), shifted(to.position)) }];
  });
  // Back edges sharing a row gap each get a track and a label place of their own (edge-tracks.ts).
  const tracks = edgeTracks(ends);
  for (const { id, source, target, label } of ends) {
    const route = edgeRoute(source, target, NODE_HEIGHT, tracks.get(id));
    out.push(`<path d="${route.d}" fill="none" stroke="${EDGE}" stroke-width="1.5" marker-end="url(#arrow)"/>`);
    if (label) {
      const text = labelText(label);
      const { x: mx, y: my } = route.label;
      const w = labelWidth(label);
      out.push(
        `<rect x="${n(mx - w / 2)}" y="${n(my - 10)}" width="${n(w)}" height="18" rx="4" fill="#ffffff" stroke="#e2e8f0"/>`,
        `<text x="${n(mx)}" y="${n(my + 3)}" font-size="11" text-anchor="middle" fill="${MUTED}">${xmlText(text)}</text>`,
      );
    }
  }

  for (const node of nodes) {
    const x = node.position.x + dx;
    const y = node.position.y + dy;
    const lines = wrapTitle(node.title);
    out.push(
      `<rect x="${n(x)}" y="${n(y)}" width="${NODE_WIDTH}" height="${NODE_HEIGHT}" rx="10" fill="#ffffff" stroke="${LANE_STROKE[node.phase]}" stroke-width="1.5"/>`,
      `<text x="${n(x + 12)}" y="${n(y + 24)}" font-size="13" font-weight="600" fill="${INK}">${lines
        .map((line, i) => `<tspan x="${n(x + 12)}" dy="${i === 0 ? 0 : 16}">${xmlText(line)}</tspan>`)
        .join("")}</text>`,
      `<text x="${n(x + 12)}" y="${n(y + NODE_HEIGHT - 14)}" font-size="11" fill="${MUTED}">${xmlText(
        `${node.kind === "step" ? "Step" : node.kind === "component" ? "Component" : node.kind === "data" ? "Data" : "External"} · ${AUTOMATION_LABELS[node.automation]}`,
      )}</text>`,
    );
  }
  out.push("</svg>");
  return { svg: out.join("\n"), width, height };
}
