import { fileSlug } from "../file-slug";
import type { RadarEntry } from "./radar";

// The radar in the two file formats Thoughtworks' build-your-own-radar reads
// (github.com/thoughtworks/build-your-own-radar, README "Using CSV data" / "Using JSON data"):
// columns name, ring, quadrant, isNew, description; isNew is the TEXT "TRUE"/"FALSE" in both
// (BYOR calls isNew.toLowerCase(), so a JSON boolean would break it). BYOR matches ring and
// quadrant names case-insensitively against its configuration: the self-hosted image takes ours
// with QUADRANTS='["ML","DEV","PROD","Data"]' (rings are its defaults: Adopt, Trial, Assess,
// Hold); radar.thoughtworks.com accepts only its own four quadrant names. BYOR also wants all
// four quadrants present and orders rings by first appearance — entries come sorted by ring.

export const BYOR_COLUMNS = ["name", "ring", "quadrant", "isNew", "description"] as const;

export type ByorRow = { name: string; ring: string; quadrant: string; isNew: "TRUE" | "FALSE"; description: string };

export function byorRows(entries: readonly RadarEntry[]): ByorRow[] {
  return entries.map((e) => ({
    name: e.name,
    ring: e.ring,
    quadrant: e.quadrant,
    isNew: e.isNew ? "TRUE" : "FALSE",
    description: e.description,
  }));
}

/** RFC 4180: CRLF between records, a field with a comma, quote, CR or LF quoted, quotes doubled. */
export function radarCsv(entries: readonly RadarEntry[]): string {
  const lines = [BYOR_COLUMNS.join(",")];
  for (const row of byorRows(entries)) lines.push(BYOR_COLUMNS.map((c) => csvField(row[c])).join(","));
  return lines.join("\r\n") + "\r\n";
}

export function radarJson(entries: readonly RadarEntry[]): string {
  return JSON.stringify(byorRows(entries), null, 2) + "\n";
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** `radar-<project>-<yyyy-mm-dd>.<ext>`, the project's name reduced to safe file-name characters. */
export function radarFileName(projectName: string, date: Date, ext: "csv" | "json"): string {
  return `radar-${fileSlug(projectName)}-${date.toISOString().slice(0, 10)}.${ext}`;
}
