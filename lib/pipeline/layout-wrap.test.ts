import { describe, expect, it } from "vitest";
import type { TImportStep } from "@/lib/validation/notebook-import";
import { STEP_CATEGORY_IDS, phaseOf } from "@/lib/notebook/taxonomy";
import { appendImportedSteps } from "./import-steps";
import {
  laneGeometry,
  LANE_LABEL_SPACING,
  laneBottom,
  laneHeight,
  laneLabelTops,
  laneTop,
  NODE_HEIGHT,
  NODE_WIDTH,
  nodeCenterY,
  phaseForY,
} from "./lanes";
import { autoLayout, fittedZoom } from "./layout";
import { makeNode } from "./make-node";
import { PHASES, type PipelineNode } from "./types";

// Issue 13's "layout that reads": a long import wraps within its lanes so the fitted view of a
// 25-step import in a 1440×900 window shows every title at zoom ≥ 0.6, and the lanes (and
// their labels) never overlap. The window's canvas is taken at its smallest: the page-width
// editor (about 1,240 px wide, 650 px tall at 1440×900) less the fit padding (fit-view.ts).

const WINDOW_1440x900 = { width: 1240 - 190, height: 650 - 96 };
/** A lane label (components/canvas/lanes-layer.tsx) is about this tall on screen. */
const LABEL_HEIGHT = 44;

const ids = () => {
  let n = 0;
  return () => `x${++n}`;
};

/** 25 steps the way a course notebook runs: mostly ML work, a few DEV and PROD ones at the end. */
function importSteps(count: number, mlShare = 0.75): TImportStep[] {
  const ml = STEP_CATEGORY_IDS.filter((c) => phaseOf(c) === "ML" && c !== "other");
  const later = STEP_CATEGORY_IDS.filter((c) => phaseOf(c) !== "ML");
  return Array.from({ length: count }, (_, i) => ({
    title: `Step ${i + 1}: a title of a readable length`,
    category: i < count * mlShare ? ml[i % ml.length]! : later[i % later.length]!,
    cellIndexes: [i],
  }));
}

function expectInGrownLanes(nodes: PipelineNode[]) {
  const lanes = laneGeometry(nodes);
  for (const n of nodes) {
    expect(n.position.y).toBeGreaterThanOrEqual(laneTop(n.phase, lanes));
    expect(n.position.y + NODE_HEIGHT).toBeLessThanOrEqual(laneBottom(n.phase, lanes));
    expect(phaseForY(nodeCenterY(n.position.y), lanes)).toBe(n.phase);
  }
  PHASES.slice(1).forEach((phase, i) => expect(laneTop(phase, lanes)).toBe(laneBottom(PHASES[i]!, lanes)));
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const [a, b] = [nodes[i]!.position, nodes[j]!.position];
      const apart = Math.abs(a.x - b.x) >= NODE_WIDTH || Math.abs(a.y - b.y) >= NODE_HEIGHT;
      expect(apart, `${nodes[i]!.id} and ${nodes[j]!.id} overlap`).toBe(true);
    }
  return lanes;
}

describe.each([
  ["a chain", undefined],
  ["data-flow links", "flow"],
] as const)("a 25-step import linked by %s", (_, kind) => {
  const steps = importSteps(25);
  const links =
    kind === "flow"
      ? steps.slice(1).map((_, i) => ({ source: i % 3 === 0 ? Math.max(0, i - 2) : i, target: i + 1, label: "df" }))
      : undefined;
  const { nodes } = appendImportedSteps({ nodes: [], edges: [] }, steps, ids(), ids(), { links });

  it("fits a 1440×900 window at a zoom where every title is legible", () => {
    expect(fittedZoom(nodes, WINDOW_1440x900)).toBeGreaterThanOrEqual(0.6);
  });

  it("keeps every node inside its (grown) lane, apart from the others", () => {
    expectInGrownLanes(nodes);
  });

  it("leaves each lane tall enough on screen for its label, so labels never overlap", () => {
    const lanes = laneGeometry(nodes);
    const zoom = fittedZoom(nodes, WINDOW_1440x900);
    for (const phase of PHASES) expect(laneHeight(phase, lanes) * zoom).toBeGreaterThanOrEqual(LABEL_HEIGHT);
  });

  it("wraps: was one row far too wide to read", () => {
    const columns = autoLayout(nodes, [], { wrap: false });
    expect(fittedZoom(columns, WINDOW_1440x900)).toBeLessThan(0.6);
  });
});

describe("lane labels", () => {
  it("never overlap, at any zoom, in fixed or grown lanes", () => {
    const grown = laneGeometry(appendImportedSteps({ nodes: [], edges: [] }, importSteps(25), ids(), ids()).nodes);
    for (const lanes of [laneGeometry([]), grown])
      for (const zoom of [0.05, 0.1, 0.2, 0.6, 1, 2])
        for (const y of [-2000, -300, 0, 200]) {
          const tops = PHASES.map((p) => laneLabelTops(lanes, y, zoom)[p]);
          for (let i = 1; i < tops.length; i++)
            expect(tops[i]! - tops[i - 1]!).toBeGreaterThanOrEqual(LANE_LABEL_SPACING - 1e-9);
        }
  });
});

describe("wrapping", () => {
  it("reads each lane left to right, then row by row, in step order", () => {
    const steps = importSteps(25, 1);
    const { nodes } = appendImportedSteps({ nodes: [], edges: [] }, steps, ids(), ids());
    for (let i = 1; i < nodes.length; i++) {
      const [a, b] = [nodes[i - 1]!.position, nodes[i]!.position];
      expect(b.y > a.y || (b.y === a.y && b.x > a.x)).toBe(true);
    }
    expect(new Set(nodes.map((n) => n.position.y)).size).toBeGreaterThan(1);
  });

  it("leaves a small diagram in its columns", () => {
    const nodes = ["ML", "ML", "DEV", "PROD"].map((phase, i) =>
      makeNode({ id: `s${i}`, kind: "step", title: `s${i}`, phase: phase as "ML", stage: "MVP" }),
    );
    const edges = nodes.slice(1).map((n, i) => ({ id: `e${i}`, source: nodes[i]!.id, target: n.id, label: null }));
    expect(autoLayout(nodes, edges)).toEqual(autoLayout(nodes, edges, { wrap: false }));
  });

  it("stays within fixed lanes beside an existing diagram", () => {
    const existing = makeNode({ id: "old", kind: "step", title: "old", phase: "DEV", stage: "MVP" });
    const { nodes } = appendImportedSteps(
      { nodes: [{ ...existing, position: { x: 0, y: 400 } }], edges: [] },
      importSteps(40),
      ids(),
      ids(),
    );
    for (const n of nodes) {
      expect(n.position.y).toBeGreaterThanOrEqual(laneTop(n.phase));
      expect(n.position.y + NODE_HEIGHT).toBeLessThanOrEqual(laneBottom(n.phase));
    }
  });

  it("adds data nodes between the step that writes a file and those that read it", () => {
    const steps = importSteps(4);
    const result = appendImportedSteps({ nodes: [], edges: [] }, steps, ids(), ids(), {
      links: [{ source: 0, target: 1, label: "df" }],
      data: [{ title: "features.parquet", source: 1, targets: [2, 3] }],
    });
    const data = result.nodes.find((n) => n.kind === "data")!;
    expect(data).toMatchObject({ title: "features.parquet", phase: phaseOf(steps[1]!.category), category: null });
    const byId = new Map(result.nodes.map((n) => [n.id, n.title]));
    expect(result.edges.map((e) => [byId.get(e.source), byId.get(e.target), e.label])).toEqual([
      [steps[0]!.title, steps[1]!.title, "df"],
      [steps[1]!.title, "features.parquet", null],
      ["features.parquet", steps[2]!.title, null],
      ["features.parquet", steps[3]!.title, null],
    ]);
  });
});
