import { describe, expect, it } from "vitest";
import { NODE_HEIGHT, NODE_WIDTH } from "./lanes";
import { isUnmovedViewport, openingViewport } from "./opening-viewport";

const fit = {
  minZoom: 0.05,
  maxZoom: 2,
  padding: { left: "150px", right: "40px", top: "48px", bottom: "48px" },
} as const;
const at = (x: number, y: number) => ({ position: { x, y } });

describe("openingViewport", () => {
  const size = { width: 1000, height: 600 };

  it("keeps a viewport someone saved", () => {
    const viewport = { x: 12, y: -40, zoom: 0.8 };
    expect(openingViewport({ viewport, nodes: [at(0, 0)] }, size, fit)).toEqual(viewport);
  });

  it("keeps the default viewport of an empty diagram", () => {
    expect(openingViewport({ viewport: { x: 0, y: 0, zoom: 1 }, nodes: [] }, size, fit)).toEqual({
      x: 0,
      y: 0,
      zoom: 1,
    });
  });

  it("fits an unmoved diagram: every card inside the canvas, clear of the padding", () => {
    const nodes = [at(0, 0), at(3000, 0), at(1500, 900)];
    const v = openingViewport({ viewport: { x: 0, y: 0, zoom: 1 }, nodes }, size, fit);
    expect(v.zoom).toBeLessThan(1);
    expect(v.zoom).toBeGreaterThanOrEqual(fit.minZoom);
    const screen = (x: number, y: number) => ({ x: x * v.zoom + v.x, y: y * v.zoom + v.y });
    const topLeft = screen(0, 0);
    const bottomRight = screen(3000 + NODE_WIDTH, 900 + NODE_HEIGHT);
    expect(topLeft.x).toBeGreaterThanOrEqual(150 - 0.5);
    expect(bottomRight.x).toBeLessThanOrEqual(size.width - 40 + 0.5);
    expect(topLeft.y).toBeGreaterThanOrEqual(48 - 0.5);
    expect(bottomRight.y).toBeLessThanOrEqual(size.height - 48 + 0.5);
  });

  it("does not zoom past maxZoom for a single small card", () => {
    expect(
      openingViewport({ viewport: { x: 0, y: 0, zoom: 1 }, nodes: [at(0, 0)] }, size, fit).zoom,
    ).toBeLessThanOrEqual(fit.maxZoom);
  });

  it("keeps the saved viewport while the canvas has no size yet", () => {
    expect(
      openingViewport({ viewport: { x: 0, y: 0, zoom: 1 }, nodes: [at(0, 0)] }, { width: 0, height: 0 }, fit),
    ).toEqual({ x: 0, y: 0, zoom: 1 });
  });
});

describe("isUnmovedViewport", () => {
  it("is only the (0, 0, zoom 1) viewport", () => {
    expect(isUnmovedViewport({ x: 0, y: 0, zoom: 1 })).toBe(true);
    expect(isUnmovedViewport({ x: 0, y: 0, zoom: 0.5 })).toBe(false);
    expect(isUnmovedViewport({ x: 1, y: 0, zoom: 1 })).toBe(false);
  });
});
