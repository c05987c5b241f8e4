import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { ROADMAP_CSV_COLUMNS, roadmapCsv } from "./csv";
import { HOSTILE_TITLES, item, SMALL_ROADMAP } from "./fixtures/roadmap-fixtures";

const parse = (csv: string) => Papa.parse<string[]>(csv, { skipEmptyLines: true });

describe("roadmapCsv", () => {
  it("has Jira's columns and one row per item that parses back", () => {
    const csv = roadmapCsv(SMALL_ROADMAP.items);
    const { data, errors } = parse(csv);
    expect(errors).toEqual([]);
    expect(data[0]).toEqual([...ROADMAP_CSV_COLUMNS]);
    expect(data).toHaveLength(SMALL_ROADMAP.items.length + 1);
    const byTitle = new Map(data.slice(1).map((r) => [r[0], r]));
    expect(byTitle.get("Track experiments")).toEqual([
      "Track experiments",
      "Done when: Every training run logs parameters, metrics and the model artifact to MLflow.\n\nWhy: Open source; Ana knows it.\n\nStage: Experimental · Phase: ML · Component: Experiment tracking and metadata · Tool: MLflow · Roadmap status: Done",
      "ana@example.com",
      "Highest",
      "Done",
      "experimental ml experiment-tracking",
      "2026-11-30",
    ]);
    expect(byTitle.get("Serve the model behind an API")?.slice(2, 6)).toEqual([
      "bo@example.com",
      "High",
      "In Progress",
      "mvp dev model-api",
    ]);
    expect(byTitle.get("Automate Train model")?.slice(3, 7)).toEqual(["", "To Do", "experimental ml", ""]);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("keeps hostile titles intact, and defuses formulas", () => {
    const titles = [...HOSTILE_TITLES, '=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "=1\nsecond line", "\tTab"];
    const items = titles.map((title, i) => item({ id: `h${i}`, title, detail: title }));
    const { data, errors } = parse(roadmapCsv(items));
    expect(errors).toEqual([]);
    const rows = data.slice(1);
    expect(rows).toHaveLength(titles.length);
    rows.forEach((row, i) => {
      expect(row).toHaveLength(ROADMAP_CSV_COLUMNS.length);
      const title = titles[i]!;
      expect(row[0]).toBe(/^[=+\-@\t\r]/.test(title) ? `'${title}` : title);
    });
    for (const row of rows) expect(row[0]).not.toMatch(/^[=+\-@]/);
  });
});
