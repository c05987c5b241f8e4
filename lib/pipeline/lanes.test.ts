import { describe, expect, it } from "vitest";
import {
  centredInLane,
  clampIntoLane,
  LANE_HEIGHT,
  LANE_PADDING,
  laneBottom,
  laneCenterY,
  laneTop,
  NODE_HEIGHT,
  NODE_WIDTH,
  nodeCenterY,
  nodesBounds,
  phaseForY,
} from "./lanes";
import { PHASES } from "./types";

describe("lane geometry", () => {
  it("stacks ML, DEV, PROD from the top without gaps", () => {
    expect(laneTop("ML")).toBe(0);
    expect(laneTop("DEV")).toBe(LANE_HEIGHT);
    expect(laneTop("PROD")).toBe(2 * LANE_HEIGHT);
    expect(laneBottom("ML")).toBe(laneTop("DEV"));
    expect(laneBottom("DEV")).toBe(laneTop("PROD"));
    expect(laneCenterY("DEV")).toBe(LANE_HEIGHT * 1.5);
  });

  it("has room for a node and its padding", () => {
    expect(LANE_HEIGHT).toBeGreaterThanOrEqual(NODE_HEIGHT + 2 * LANE_PADDING);
  });
});

describe("phaseForY", () => {
  it("finds the lane of each centre", () => {
    for (const phase of PHASES) expect(phaseForY(laneCenterY(phase))).toBe(phase);
  });

  it("gives a lane its top border and the next lane its bottom border", () => {
    expect(phaseForY(0)).toBe("ML");
    expect(phaseForY(LANE_HEIGHT - 0.001)).toBe("ML");
    expect(phaseForY(LANE_HEIGHT)).toBe("DEV");
    expect(phaseForY(2 * LANE_HEIGHT - 0.001)).toBe("DEV");
    expect(phaseForY(2 * LANE_HEIGHT)).toBe("PROD");
    expect(phaseForY(3 * LANE_HEIGHT - 0.001)).toBe("PROD");
  });

  it("puts anything above the lanes in ML and below them in PROD", () => {
    expect(phaseForY(-1)).toBe("ML");
    expect(phaseForY(-1e9)).toBe("ML");
    expect(phaseForY(-Infinity)).toBe("ML");
    expect(phaseForY(3 * LANE_HEIGHT)).toBe("PROD");
    expect(phaseForY(1e9)).toBe("PROD");
    expect(phaseForY(Infinity)).toBe("PROD");
    expect(phaseForY(NaN)).toBe("ML");
  });
});

describe("clampIntoLane", () => {
  it("keeps a node inside its lane with padding", () => {
    for (const phase of PHASES) {
      const min = laneTop(phase) + LANE_PADDING;
      const max = laneBottom(phase) - LANE_PADDING - NODE_HEIGHT;
      expect(clampIntoLane(-1e6, phase)).toBe(min);
      expect(clampIntoLane(1e6, phase)).toBe(max);
      expect(clampIntoLane(min, phase)).toBe(min);
      expect(clampIntoLane(max, phase)).toBe(max);
      expect(clampIntoLane(min + 1, phase)).toBe(min + 1);
      expect(clampIntoLane(NaN, phase)).toBe(min);
      expect(phaseForY(nodeCenterY(clampIntoLane(1e6, phase)))).toBe(phase);
      expect(phaseForY(nodeCenterY(clampIntoLane(-1e6, phase)))).toBe(phase);
    }
  });

  it("moves a node from another lane into the asked one", () => {
    expect(clampIntoLane(laneTop("PROD") + 10, "ML")).toBe(LANE_HEIGHT - LANE_PADDING - NODE_HEIGHT);
    expect(clampIntoLane(0, "PROD")).toBe(2 * LANE_HEIGHT + LANE_PADDING);
  });

  it("centres a node in its lane", () => {
    for (const phase of PHASES) {
      expect(nodeCenterY(centredInLane(phase))).toBe(laneCenterY(phase));
      expect(clampIntoLane(centredInLane(phase), phase)).toBe(centredInLane(phase));
    }
  });
});

describe("nodesBounds", () => {
  it("is null without nodes", () => {
    expect(nodesBounds([])).toBeNull();
  });

  it("spans every card, cards being NODE_WIDTH×NODE_HEIGHT", () => {
    expect(nodesBounds([{ position: { x: 100, y: 40 } }, { position: { x: -20, y: 500 } }])).toEqual({
      x: -20,
      y: 40,
      width: 120 + NODE_WIDTH,
      height: 460 + NODE_HEIGHT,
    });
  });
});
