import { RADAR_QUADRANTS, RADAR_RINGS, type RadarEntry } from "./radar";

// Where each radar entry is drawn: a numbered dot inside its ring's band of its quadrant,
// in a square of side SIZE centred on the origin of the radar. Deterministic (the same entries
// give the same picture), and dots of one cell are spread over the cell's arc, alternating
// between two radii so neighbours do not touch. The chart (components/recommendations/tech-radar.tsx)
// draws it; the numbers match the list beside it.

export const RADAR_SIZE = 400;
const CENTRE = RADAR_SIZE / 2;
/** Outer radius of each ring, Adopt innermost; the bands narrow outwards as on Thoughtworks' radar. */
export const RING_RADII = [72, 122, 162, 192] as const;

/** Quadrant order clockwise from the top right: ML, DEV, PROD, Data. Angles in radians, y down. */
const QUADRANT_START = [-Math.PI / 2, 0, Math.PI / 2, Math.PI] as const;

export type PlacedEntry = RadarEntry & { number: number; x: number; y: number };

export function layoutRadar(entries: readonly RadarEntry[]): PlacedEntry[] {
  const cells = new Map<string, RadarEntry[]>();
  for (const e of entries) {
    const key = `${e.quadrant}|${e.ring}`;
    cells.set(key, [...(cells.get(key) ?? []), e]);
  }
  const placed: PlacedEntry[] = [];
  let number = 1;
  // Numbered by quadrant, then ring, so the list beside the chart reads one quadrant at a time.
  RADAR_QUADRANTS.forEach((quadrant, qi) => {
    RADAR_RINGS.forEach((ring, ri) => {
      const cell = cells.get(`${quadrant}|${ring}`) ?? [];
      const inner = ri === 0 ? 14 : RING_RADII[ri - 1]! + 8;
      const outer = RING_RADII[ri]! - 8;
      cell.forEach((entry, k) => {
        const t = (k + 0.5) / cell.length;
        const angle = QUADRANT_START[qi]! + (0.1 + 0.8 * t) * (Math.PI / 2);
        const radius =
          cell.length === 1
            ? (inner + outer) / 2
            : k % 2 === 0
              ? inner + (outer - inner) * 0.3
              : inner + (outer - inner) * 0.75;
        placed.push({
          ...entry,
          number: number++,
          x: round(CENTRE + radius * Math.cos(angle)),
          y: round(CENTRE + radius * Math.sin(angle)),
        });
      });
    });
  });
  return placed;
}

/** Label anchor of each quadrant's name, in its outer corner. */
export const QUADRANT_LABELS = RADAR_QUADRANTS.map((name, qi) => {
  const right = qi === 0 || qi === 1;
  const bottom = qi === 1 || qi === 2;
  return {
    name,
    x: right ? RADAR_SIZE - 6 : 6,
    y: bottom ? RADAR_SIZE - 8 : 16,
    anchor: right ? "end" : "start",
  } as const;
});

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
