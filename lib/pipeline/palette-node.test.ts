import { describe, expect, it } from "vitest";
import { ZPipelineSave } from "@/lib/validation/pipeline";
import { PALETTE_ITEMS, type PaletteItem } from "./palette";
import { laneBottom, laneGeometry, laneTop, NODE_HEIGHT, NODE_WIDTH } from "./lanes";
import { CLICK_GAP, FIRST_CARD_X, nodeFromPaletteItem } from "./palette-node";

const item = (key: string): PaletteItem => {
  const found = PALETTE_ITEMS.find((i) => i.key === key);
  if (!found) throw new Error(`no palette item ${key}`);
  return found;
};

describe("nodeFromPaletteItem", () => {
  it("names a component after its first tool and a step after its category, in the item's lane and stage", () => {
    const api = item("component:model_api");
    const node = nodeFromPaletteItem(api, [], "n_api");
    expect(node).toMatchObject({
      id: "n_api",
      kind: "component",
      title: api.tools[0],
      category: "model_api",
      phase: api.phase,
      stage: api.stage,
    });
    const step = item("step:model_training");
    expect(nodeFromPaletteItem(step, [], "n_s")).toMatchObject({
      kind: "step",
      title: step.label,
      category: "model_training",
      phase: step.phase,
    });
    expect(nodeFromPaletteItem(item("data"), [], "n_d")).toMatchObject({
      kind: "data",
      category: null,
      title: item("data").label,
    });
  });

  it("makes nodes a save accepts, for every item of the palette", () => {
    const nodes = PALETTE_ITEMS.map((i, n) => nodeFromPaletteItem(i, [], `n_${n}`));
    expect(
      ZPipelineSave.safeParse({ baseVersion: 0, viewport: { x: 0, y: 0, zoom: 1 }, nodes, edges: [] }).success,
    ).toBe(true);
  });

  it("puts a clicked item right of the last card of its own lane, centred in the lane", () => {
    const api = item("component:model_api"); // DEV
    const first = nodeFromPaletteItem(api, [], "a");
    expect(first.position.x).toBe(FIRST_CARD_X);
    expect(first.position.y + NODE_HEIGHT / 2).toBe((laneTop(api.phase) + laneBottom(api.phase)) / 2);
    const existing = [
      { phase: api.phase, position: { x: 500, y: laneTop(api.phase) + 100 } },
      { phase: api.phase, position: { x: 200, y: laneTop(api.phase) + 100 } },
      { phase: "PROD", position: { x: 9000, y: laneTop("PROD") + 100 } }, // another lane: ignored
    ] as const;
    expect(nodeFromPaletteItem(api, existing, "b").position.x).toBe(500 + NODE_WIDTH + CLICK_GAP);
  });

  it("centres a dropped item on the drop point and gives it the phase of the lane it lands in", () => {
    const step = item("step:model_training"); // an ML step, dropped into PROD
    const at = { x: 1000, y: laneTop("PROD") + 150 };
    const node = nodeFromPaletteItem(step, [], "n", at);
    expect(node.phase).toBe("PROD");
    expect(node.position).toEqual({ x: at.x - NODE_WIDTH / 2, y: at.y - NODE_HEIGHT / 2 });
  });

  it("finds the lane of a drop by the lanes as drawn: grown by wrapped rows, the ones below moved down", () => {
    // Four rows of ML steps: the ML lane reaches well past LANE_HEIGHT.
    const rows = [30, 170, 310, 450].map((y) => ({ phase: "ML" as const, position: { x: 0, y } }));
    const lanes = laneGeometry(rows);
    const inGrownMl = { x: 400, y: 480 }; // below LANE_HEIGHT, still ML
    const dropped = nodeFromPaletteItem(item("data"), rows, "n", inGrownMl);
    expect(dropped.phase).toBe("ML");
    expect(dropped.position.y).toBe(inGrownMl.y - NODE_HEIGHT / 2);
    const inDev = { x: 400, y: laneTop("DEV", lanes) + 40 };
    const lower = nodeFromPaletteItem(item("data"), rows, "m", inDev);
    expect(lower.phase).toBe("DEV");
    expect(lower.position.y).toBeGreaterThanOrEqual(laneTop("DEV", lanes));
    // Clicked in, a DEV item is centred in DEV where it is drawn, not in the fixed band.
    const clicked = nodeFromPaletteItem(item("component:model_api"), rows, "c");
    expect(clicked.position.y).toBeGreaterThanOrEqual(laneTop("DEV", lanes));
  });

  it("keeps a card dropped on a lane's edge inside that lane", () => {
    const node = nodeFromPaletteItem(item("data"), [], "n", { x: 0, y: laneTop("DEV") + 2 });
    expect(node.phase).toBe("DEV");
    expect(node.position.y).toBeGreaterThanOrEqual(laneTop("DEV"));
    expect(node.position.y + NODE_HEIGHT).toBeLessThanOrEqual(laneBottom("DEV"));
  });
});
