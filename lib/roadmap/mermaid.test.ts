// @vitest-environment jsdom
import fc from "fast-check";
import mermaid from "mermaid";
import { beforeAll, describe, expect, it } from "vitest";
import { mermaidBlock, parseGfm } from "./fixtures/parse-markdown";
import { HOSTILE_TITLES, item, SMALL_ROADMAP } from "./fixtures/roadmap-fixtures";
import { renderRoadmapMarkdown } from "./markdown";
import { MAX_LABEL, mermaidLabel, pipelineFlowchart } from "./mermaid";
import type { RoadmapNodeFacts } from "./types";

// mermaid.parse needs a DOM (it loads DOMPurify); jsdom is enough, nothing is drawn.

beforeAll(() => mermaid.initialize({ startOnLoad: false, securityLevel: "strict" }));

const step = (id: string, title: string, phase: RoadmapNodeFacts["phase"] = "ML"): RoadmapNodeFacts => ({
  id,
  kind: "step",
  title,
  category: null,
  phase,
  stage: "EXPERIMENTAL",
  automation: "MANUAL",
});

/** The label as Mermaid shows it: its entity codes decoded the way mermaid's decodeEntities + HTML do. */
function decoded(label: string): string {
  const named: Record<string, string> = { quot: '"', amp: "&", lt: "<", gt: ">" };
  return label.replace(/#(\d+|[a-z]+);/g, (_, code: string) =>
    /^\d+$/.test(code) ? String.fromCodePoint(Number(code)) : (named[code] ?? `#${code};`),
  );
}

describe("pipelineFlowchart", () => {
  it("parses for every hostile title, as a node and as an edge label", async () => {
    const nodes = HOSTILE_TITLES.map((t, i) => step(`x${i}`, t, (["ML", "DEV", "PROD"] as const)[i % 3]));
    const edges = nodes.slice(1).map((n, i) => ({ source: nodes[i]!.id, target: n.id, label: HOSTILE_TITLES[i]! }));
    const text = pipelineFlowchart({ nodes, edges });
    await expect(mermaid.parse(text)).resolves.toMatchObject({ diagramType: "flowchart-v2" });
    for (const title of HOSTILE_TITLES) {
      const one = pipelineFlowchart({
        nodes: [step("a", title), step("b", "B")],
        edges: [{ source: "a", target: "b", label: title }],
      });
      await expect(mermaid.parse(one), title).resolves.toBeTruthy();
    }
  });

  it("parses as the diagram block of a hostile roadmap's Markdown", async () => {
    const nodes = HOSTILE_TITLES.map((t, i) => step(`x${i}`, t, (["ML", "DEV", "PROD"] as const)[i % 3]));
    const markdown = renderRoadmapMarkdown({
      ...SMALL_ROADMAP,
      pipeline: { nodes, edges: nodes.slice(1).map((n, i) => ({ source: `x${i}`, target: n.id, label: n.title })) },
      items: HOSTILE_TITLES.map((title, i) => item({ id: `h${i}`, title, position: i })),
    });
    const block = mermaidBlock(parseGfm(markdown));
    expect(block?.split("\n")[0]).toBe("flowchart LR");
    await expect(mermaid.parse(block!)).resolves.toMatchObject({ diagramType: "flowchart-v2" });
  });

  it("is checked by a parser that does reject bad Mermaid (the control)", async () => {
    // What the escaping prevents: raw brackets, parentheses, `end` as a node, a pipe in an edge label.
    for (const bad of ["n0[a]b]", "n0[a(b)]", 'n0["a"] --> end', 'n0["a"] -->|a|b| n1'])
      await expect(mermaid.parse(`flowchart LR\n  ${bad}`), bad).rejects.toThrow();
  });

  it("has one subgraph per lane and generated ids only", () => {
    const text = pipelineFlowchart(SMALL_ROADMAP.pipeline);
    expect(text.split("\n")[0]).toBe("flowchart LR");
    expect(text.match(/^ {2}subgraph (\w+)/gm)).toEqual([
      "  subgraph lane_ML",
      "  subgraph lane_DEV",
      "  subgraph lane_PROD",
    ]);
    const ids = [...text.matchAll(/^ {4}(\w+)\["/gm)].map((m) => m[1]);
    expect(ids).toEqual(["n0", "n1", "n2", "n3"]);
    // The edge to a node not in the diagram is left out.
    expect(text.match(/-->/g)).toHaveLength(3);
  });

  it("draws an empty pipeline as a valid one-node diagram", async () => {
    await expect(mermaid.parse(pipelineFlowchart(null))).resolves.toBeTruthy();
    await expect(mermaid.parse(pipelineFlowchart({ nodes: [], edges: [] }))).resolves.toBeTruthy();
  });
});

describe("mermaidLabel", () => {
  it("keeps no character Mermaid, a code fence or HTML would read", () => {
    for (const title of HOSTILE_TITLES) {
      const withoutCodes = mermaidLabel(title).replace(/#(\d+|quot|amp|lt|gt);/g, "");
      expect(withoutCodes, title).not.toMatch(/["`<>|[\](){}%;#&\\\n\r\u202E]/);
    }
  });

  it("shows the title as written once Mermaid decodes it", () => {
    expect(decoded(mermaidLabel('Say "hi" <b>|x|</b> `y` #1; 100%'))).toBe('Say "hi" <b>|x|</b> `y` #1; 100%');
    expect(mermaidLabel("日本語 🚀 עברית")).toBe("日本語 🚀 עברית");
  });

  it("cuts long titles at whole graphemes", () => {
    const label = mermaidLabel("👨‍👩‍👧".repeat(100));
    expect([...new Intl.Segmenter().segment(label)]).toHaveLength(MAX_LABEL);
    expect(label.endsWith("👨‍👩‍👧…")).toBe(true);
  });
});

describe("any title", () => {
  it("gives valid Mermaid and exactly one task list item", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: "binary", maxLength: 120 }), fc.boolean(), async (title, done) => {
        const markdown = renderRoadmapMarkdown({
          ...SMALL_ROADMAP,
          pipeline: {
            nodes: [step("a", title), step("b", title, "PROD")],
            edges: [{ source: "a", target: "b", label: title }],
          },
          items: [item({ id: "only", title, doneWhen: title, detail: title, status: done ? "DONE" : "TODO" })],
        });
        const tree = parseGfm(markdown);
        const tasks: unknown[] = [];
        const walk = (n: { type: string; checked?: boolean | null; children?: unknown[] }) => {
          if (n.type === "listItem") tasks.push(n.checked);
          for (const c of n.children ?? []) walk(c as typeof n);
        };
        walk(tree);
        expect(tasks).toEqual([done]);
        const block = mermaidBlock(tree);
        expect(block).not.toBeNull();
        await expect(mermaid.parse(block!)).resolves.toBeTruthy();
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
