import { describe, expect, it } from "vitest";
import { RADAR_QUADRANTS, RADAR_RINGS, type RadarEntry } from "./radar";
import { layoutRadar, RADAR_SIZE, RING_RADII } from "./radar-layout";

const entry = (slug: string, ring: RadarEntry["ring"], quadrant: RadarEntry["quadrant"]): RadarEntry => ({
  slug,
  name: slug,
  ring,
  quadrant,
  isNew: false,
  description: "",
});

const all = RADAR_QUADRANTS.flatMap((q) =>
  RADAR_RINGS.flatMap((r) => [1, 2, 3].map((i) => entry(`${q}-${r}-${i}`, r, q))),
);

describe("layoutRadar", () => {
  it("puts every dot inside its ring's band and its quadrant", () => {
    for (const p of layoutRadar(all)) {
      const dx = p.x - RADAR_SIZE / 2;
      const dy = p.y - RADAR_SIZE / 2;
      const r = Math.hypot(dx, dy);
      const ri = RADAR_RINGS.indexOf(p.ring);
      expect(r).toBeLessThan(RING_RADII[ri]!);
      if (ri > 0) expect(r).toBeGreaterThan(RING_RADII[ri - 1]!);
      const quadrants: Record<string, string> = { "1,-1": "ML", "1,1": "DEV", "-1,1": "PROD", "-1,-1": "Data" };
      const quadrant = quadrants[`${Math.sign(dx)},${Math.sign(dy)}`];
      expect(quadrant).toBe(p.quadrant);
    }
  });

  it("numbers dots 1…n by quadrant then ring, and keeps dots apart", () => {
    const placed = layoutRadar([...all].reverse());
    expect(placed.map((p) => p.number)).toEqual(all.map((_, i) => i + 1));
    expect(placed[0]!.quadrant).toBe("ML");
    expect(placed[0]!.ring).toBe("Adopt");
    for (const a of placed)
      for (const b of placed) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(12);
  });

  it("gives the same picture for the same entries", () => {
    expect(layoutRadar(all)).toEqual(layoutRadar(all));
    expect(layoutRadar([])).toEqual([]);
  });
});
