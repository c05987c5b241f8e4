// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { pipelineNode as node } from "@/test/pipeline-node";
import { buildPipelineSvg, wrapTitle, xmlText } from "./export-svg";
import { LANE_HEIGHT, NODE_WIDTH, laneGeometry } from "./lanes";
import type { PipelineEdge, PipelineNode } from "./types";

const parse = (svg: string) => new DOMParser().parseFromString(svg, "image/svg+xml");
const texts = (doc: Document) => [...doc.querySelectorAll("text")].map((t) => t.textContent ?? "");

const nodes: PipelineNode[] = [
  node("a", { title: 'Load <sales> & "returns"', position: { x: 0, y: 100 } }),
  node("b", { title: "Train", phase: "DEV", position: { x: 400, y: 420 }, automation: "AUTOMATED" }),
];
const edges: PipelineEdge[] = [{ id: "e", source: "a", target: "b", label: "model.pkl" }];

describe("buildPipelineSvg", () => {
  it("is well-formed SVG of rect, path and text only, with the titles, lanes, title and date", () => {
    const { svg, width, height } = buildPipelineSvg({ title: "Churn model", date: "2 December 2026", nodes, edges });
    const doc = parse(svg);
    expect(doc.querySelector("parsererror")).toBeNull();
    const root = doc.documentElement;
    expect(root.tagName).toBe("svg");
    expect(root.getAttribute("width")).toBe(String(width));
    expect(root.getAttribute("font-family")).toMatch(/^Inter, /);
    const tags = new Set([...root.querySelectorAll("*")].map((e) => e.tagName));
    expect([...tags].sort()).toEqual(["defs", "marker", "path", "rect", "text", "title", "tspan"]);
    expect(svg).not.toMatch(/foreignObject|<div|xhtml/);
    const all = texts(doc);
    expect(all).toContain('Load <sales> & "returns"');
    expect(all).toContain("Train");
    expect(all).toContain("Churn model");
    expect(all.some((t) => t.includes("2 December 2026"))).toBe(true);
    for (const lane of ["ML", "DEV", "PROD"]) expect(all).toContain(lane);
    expect(all).toContain("model.pkl");
    // The three lanes fit, with a margin all round.
    expect(height).toBeGreaterThan(3 * LANE_HEIGHT + 2 * 40);
    expect(width).toBeGreaterThan(400 + NODE_WIDTH + 2 * 40);
  });

  it("draws every edge with an arrowhead, and keeps every card inside the picture with a margin", () => {
    const { svg, width, height } = buildPipelineSvg({ title: "T", date: "d", nodes, edges });
    const doc = parse(svg);
    const paths = [...doc.querySelectorAll("svg > path")];
    expect(paths).toHaveLength(1);
    expect(paths[0]!.getAttribute("marker-end")).toBe("url(#arrow)");
    const cards = [...doc.querySelectorAll("svg > rect")].filter((r) => r.getAttribute("width") === String(NODE_WIDTH));
    expect(cards).toHaveLength(2);
    for (const card of cards) {
      const x = Number(card.getAttribute("x"));
      const y = Number(card.getAttribute("y"));
      expect(x).toBeGreaterThanOrEqual(40);
      expect(y).toBeGreaterThanOrEqual(40);
      expect(x + NODE_WIDTH).toBeLessThanOrEqual(width - 40);
      expect(y + Number(card.getAttribute("height"))).toBeLessThanOrEqual(height - 40);
    }
  });

  it("exports 1,000 nodes and 999 edges quickly, as parseable XML with a text per title", () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      node(`n${i}`, {
        title: `Step ${i} — ${"x".repeat(i % 50)}`,
        phase: (["ML", "DEV", "PROD"] as const)[i % 3],
        position: { x: (i % 40) * 260, y: (i % 3) * LANE_HEIGHT + 40 + (Math.floor(i / 40) % 2) * 100 },
      }),
    );
    const links = many.slice(1).map((n, i) => ({ id: `e${i}`, source: many[i]!.id, target: n.id, label: null }));
    const started = performance.now();
    const { svg } = buildPipelineSvg({ title: "Big", date: "today", nodes: many, edges: links });
    const ms = performance.now() - started;
    expect(ms).toBeLessThan(500);
    // About 600 bytes a node and 150 an edge: nothing like the 2 MB for 5 nodes of the HTML snapshot.
    expect(svg.length).toBeLessThan(1_000 * 1_000);
    const doc = parse(svg);
    expect(doc.querySelector("parsererror")).toBeNull();
    const titles = new Set(texts(doc));
    for (const n of [many[0]!, many[499]!, many[999]!]) expect(titles.has(wrapTitle(n.title).join(""))).toBe(true);
    expect(doc.querySelectorAll("svg > path")).toHaveLength(999);
  });

  it("draws the lanes as tall as the canvas does: a lane with rows of cards grows, the ones below move down", () => {
    // Three rows of cards in ML, as a wrapped import lays them out; one card in PROD below them.
    const rows = [0, 1, 2].map((row) => node(`ml${row}`, { position: { x: 0, y: 16 + row * 120 } }));
    const prod = node("p", { phase: "PROD", position: { x: 0, y: laneGeometry(rows).PROD.top + 20 } });
    const { svg } = buildPipelineSvg({ title: "Wrapped", date: "3 December 2026", nodes: [...rows, prod], edges: [] });
    const doc = parse(svg);
    const rects = [...doc.querySelectorAll("rect")];
    const band = (lane: string) => {
      const label = [...doc.querySelectorAll("text")].find((t) => t.textContent === lane)!;
      const y = Number(label.getAttribute("y")) - 28;
      return rects.find((r) => r.getAttribute("stroke-dasharray") && Math.abs(Number(r.getAttribute("y")) - y) < 0.5)!;
    };
    const top = (r: Element) => Number(r.getAttribute("y"));
    const bottom = (r: Element) => top(r) + Number(r.getAttribute("height"));
    expect(Number(band("ML").getAttribute("height"))).toBeGreaterThan(LANE_HEIGHT);
    expect(top(band("DEV"))).toBe(bottom(band("ML")));
    expect(top(band("PROD"))).toBe(bottom(band("DEV")));
    // Every card lies inside its own lane's band.
    const cards = rects.filter((r) => r.getAttribute("rx") === "10");
    expect(cards).toHaveLength(4);
    for (const card of cards.slice(0, 3)) {
      expect(top(card)).toBeGreaterThanOrEqual(top(band("ML")));
      expect(bottom(card)).toBeLessThanOrEqual(bottom(band("ML")));
    }
    expect(top(cards[3]!)).toBeGreaterThanOrEqual(top(band("PROD")));
    expect(bottom(cards[3]!)).toBeLessThanOrEqual(bottom(band("PROD")));
  });

  it("makes an empty diagram a valid picture too", () => {
    const doc = parse(buildPipelineSvg({ title: "Empty", date: "d", nodes: [], edges: [] }).svg);
    expect(doc.querySelector("parsererror")).toBeNull();
  });
});

describe("xmlText and wrapTitle", () => {
  it("escapes XML specials and drops characters XML forbids", () => {
    expect(xmlText(`<a href="x">&'</a>\u0000\u0008ok`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;ok");
    expect(xmlText("\uD800 lone")).toBe("\uFFFD lone");
  });

  it("wraps a title into two lines at most, cut with an ellipsis", () => {
    expect(wrapTitle("Train")).toEqual(["Train"]);
    expect(wrapTitle("Train the Keras classifier on the augmented images (cells 40–52)")).toEqual([
      "Train the Keras classifier",
      "on the augmented images…",
    ]);
    expect(wrapTitle("x".repeat(70))).toEqual(["x".repeat(28), "x".repeat(27) + "…"]);
  });
});
