import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ListItem, Nodes, Table } from "mdast";
import { describe, expect, it } from "vitest";
import { allNodes, parseGfm, textOf } from "./fixtures/parse-markdown";
import { ANA, BO, HOSTILE_TITLES, item, SMALL_ROADMAP } from "./fixtures/roadmap-fixtures";
import { renderRoadmapMarkdown } from "./markdown";
import type { RoadmapExportInput } from "./types";

const GOLDEN = path.join(import.meta.dirname, "fixtures", "small-roadmap.md");

/** What a reader should see of a title: one line, spaces collapsed. */
const seen = (title: string) =>
  title
    .replace(/[\p{Cc}\u2028\u2029]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();

const ofType = <T extends Nodes["type"]>(tree: Nodes, type: T) =>
  allNodes(tree).filter((n): n is Extract<Nodes, { type: T }> => n.type === type);

function reversed(input: RoadmapExportInput): RoadmapExportInput {
  return {
    ...input,
    items: [...input.items].reverse(),
    pipeline: input.pipeline && {
      nodes: [...input.pipeline.nodes].reverse(),
      edges: [...input.pipeline.edges].reverse(),
    },
    maturity: input.maturity && { ...input.maturity, dimensions: [...input.maturity.dimensions].reverse() },
  };
}

describe("renderRoadmapMarkdown", () => {
  it("matches the golden file", () => {
    const markdown = renderRoadmapMarkdown(SMALL_ROADMAP);
    if (process.env.UPDATE_GOLDEN) writeFileSync(GOLDEN, markdown);
    expect(markdown).toBe(readFileSync(GOLDEN, "utf8"));
  });

  it("gives the same bytes whatever order items, nodes, edges and dimensions come in", () => {
    expect(renderRoadmapMarkdown(reversed(SMALL_ROADMAP))).toBe(renderRoadmapMarkdown(SMALL_ROADMAP));
  });

  it("has the issue's structure: title, maturity, pipeline, a task list per stage, a table per owner", () => {
    const tree = parseGfm(renderRoadmapMarkdown(SMALL_ROADMAP));
    const headings = ofType(tree, "heading").map((h) => `${h.depth} ${textOf(h)}`);
    expect(headings).toEqual([
      "1 Roadmap: Churn model",
      "2 Maturity",
      "2 Pipeline",
      "2 Experimental (1 of 2 done)",
      "2 MVP (0 of 1 done)",
      "2 Productionization (0 of 0 done)",
      "2 By owner",
      "3 Ana Lopez (ana@example.com)",
      "3 Bo Chen (bo@example.com)",
    ]);
    const [maturity, ana, bo] = ofType(tree, "table") as Table[];
    expect(maturity!.children.map((r) => r.children.map((c) => textOf(c)))).toEqual([
      ["Dimension", "Level (0–4)"],
      ["Data management", "2"],
      ["Experimentation", "1"],
      ["Model serving", "0"],
    ]);
    expect(ana!.children.slice(1).map((r) => textOf(r.children[0]!))).toEqual([
      "Track experiments",
      "Automate Train model",
    ]);
    expect(bo!.children.slice(1).map((r) => r.children.map((c) => textOf(c)))).toEqual([
      ["Serve the model behind an API", "MVP", "P1", "In progress", "—"],
    ]);
    const tasks = ofType(tree, "listItem");
    expect(tasks.map((t) => [textOf(t).split("\n")[0], t.checked])).toEqual([
      ["Track experiments", true],
      ["Automate Train model", false],
      ["Serve the model behind an API (in progress)", false],
    ]);
    expect(textOf(tasks[0]!)).toContain("owner: Ana Lopez · priority: P0 · phase: ML · tool: MLflow");
    expect(textOf(tasks[0]!)).toContain("Why: Open source; Ana knows it.");
    expect(ofType(tree, "code").map((c) => c.lang)).toEqual(["mermaid"]);
  });

  it("says so when there is no assessment, pipeline or item", () => {
    const markdown = renderRoadmapMarkdown({
      project: { name: "Empty" },
      date: "2026-12-02",
      maturity: null,
      pipeline: null,
      items: [],
    });
    expect(markdown).toContain("No submitted assessment yet.");
    expect(markdown).toContain('empty["No pipeline yet"]');
    expect(ofType(parseGfm(markdown), "listItem")).toEqual([]);
  });

  describe("hostile text", () => {
    const input: RoadmapExportInput = {
      ...SMALL_ROADMAP,
      project: { name: "<b>Proj</b> | *x*" },
      items: HOSTILE_TITLES.map((title, i) =>
        item({
          id: `h${String(i).padStart(2, "0")}`,
          title,
          doneWhen: title,
          detail: `Reason: ${title}`,
          position: i,
          owner: i % 2 ? ANA : { ...BO, name: title || "x" },
          status: i % 3 === 0 ? "DONE" : "TODO",
          tool: { slug: "t", name: title },
        }),
      ),
    };
    const markdown = renderRoadmapMarkdown(input);
    const tree = parseGfm(markdown);

    it("never leaves user text as HTML", () => {
      expect(ofType(tree, "html")).toEqual([]);
      expect(ofType(tree, "image")).toEqual([]);
      expect(markdown).not.toMatch(/(^|[^\\])<script/);
    });

    it("keeps one task list item per item, checked as its status, its title as written", () => {
      const tasks = ofType(tree, "listItem") as ListItem[];
      expect(tasks).toHaveLength(HOSTILE_TITLES.length);
      tasks.forEach((task, i) => {
        expect(task.checked).toBe(i % 3 === 0);
        const strong = ofType(task, "strong")[0]!;
        expect(textOf(strong)).toBe(seen(HOSTILE_TITLES[i]!) || "Untitled");
        // Nothing nested: no sub-list, heading, quote or code from the title.
        expect(task.children.map((c) => c.type)).toEqual(["paragraph"]);
      });
    });

    it("keeps every owner table's shape, each title in its cell", () => {
      const tables = ofType(tree, "table").slice(1) as Table[];
      const rows = tables.flatMap((t) => t.children.slice(1));
      expect(rows).toHaveLength(HOSTILE_TITLES.length);
      for (const row of rows) expect(row.children).toHaveLength(5);
      const titles = rows.map((r) => textOf(r.children[0]!)).sort();
      expect(titles).toEqual(HOSTILE_TITLES.map((t) => seen(t) || "—").sort());
    });

    it("matches its golden file", () => {
      const golden = path.join(import.meta.dirname, "fixtures", "hostile-roadmap.md");
      if (process.env.UPDATE_GOLDEN) writeFileSync(golden, markdown);
      expect(markdown).toBe(readFileSync(golden, "utf8"));
    });

    it("escapes the project name in the title", () => {
      expect(textOf(ofType(tree, "heading")[0]!)).toBe("Roadmap: <b>Proj</b> | *x*");
    });
  });
});
