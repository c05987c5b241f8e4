import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseNotebook } from "../parse";
import { HELD_OUT_REPOS, isHeldOut, REDISTRIBUTABLE_LICENSES, sourceSha1, ZCorpusLabels } from "./corpus-labels";

// The labelled dev corpus must stay usable as data: every label file valid, every code cell of
// its notebook labelled exactly once with the cell's current source, nothing from a held-out
// repository, and every copied notebook attributed in NOTICE.md.

const root = import.meta.dirname;
const jsonFiles = (dir: string) =>
  readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith(".json"))
    .sort();
const labelFiles = jsonFiles("labels");
// frozen/: held-out notebooks whose wrong cells nobody reads (frozen/FROZEN.md); checked as data like the rest.
const frozenFiles = jsonFiles("frozen/labels");
const allLabels = [
  ...labelFiles.map((file) => ({ file, dir: "labels", notebooks: "notebooks" })),
  ...frozenFiles.map((file) => ({ file, dir: "frozen/labels", notebooks: "frozen/notebooks" })),
];
const notice = readFileSync(path.join(root, "NOTICE.md"), "utf8");
const readme = readFileSync(path.join(root, "README.md"), "utf8");

function load(file: string, dir = "labels") {
  return ZCorpusLabels.parse(JSON.parse(readFileSync(path.join(root, dir, file), "utf8")));
}

/** What every label file must be, here or in agreement/: named after its id, each cell once, no alt repeating the primary. */
function expectWellFormed(file: string, labels: ReturnType<typeof load>) {
  expect(file).toBe(`${labels.id}.json`);
  const indexes = labels.cells.map((c) => c.index);
  expect(new Set(indexes).size).toBe(indexes.length);
  for (const c of labels.cells) expect(c.alt ?? []).not.toContain(c.category);
}

describe("corpus label files", () => {
  it("there are at least 12 notebooks and 600 labelled code cells", () => {
    const cells = labelFiles.reduce((n, f) => n + load(f).cells.length, 0);
    expect(labelFiles.length).toBeGreaterThanOrEqual(12);
    expect(cells).toBeGreaterThanOrEqual(600);
  });

  it("no notebook comes from a held-out repository", () => {
    expect(isHeldOut("Ageron/Handson-ML2")).toBe(true);
    const repos = allLabels.map(({ file, dir }) => load(file, dir).source.repo);
    expect(repos.filter(isHeldOut)).toEqual([]);
    expect(HELD_OUT_REPOS).toHaveLength(12);
  });

  it("ids are unique and no upstream file is labelled twice, frozen notebooks included", () => {
    expect(frozenFiles.length).toBeGreaterThan(0);
    const ids = allLabels.map(({ file, dir }) => load(file, dir).id);
    const sources = allLabels.map(({ file, dir }) => {
      const s = load(file, dir).source;
      return `${s.repo.toLowerCase()}:${s.path}`;
    });
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(sources).size).toBe(sources.length);
  });

  describe.each(allLabels)("$dir/$file", ({ file, dir, notebooks }) => {
    const labels = load(file, dir);
    const notebookPath = path.join(root, notebooks, `${labels.id}.ipynb`);

    it("is named after its id, is listed in the README and has distinct indexes", () => {
      expectWellFormed(file, labels);
      expect(readme).toContain(`\`${labels.id}\``);
    });

    it("labels every code cell of the committed notebook, with the cell's sha1", () => {
      // Every notebook here is redistributable; one that is not would stay out of the
      // repository and be re-obtained by scripts/corpus-fetch.ts.
      if (!existsSync(notebookPath)) {
        expect(REDISTRIBUTABLE_LICENSES).not.toContain(labels.source.license);
        return;
      }
      const cells = parseNotebook(readFileSync(notebookPath), notebookPath).cells;
      const code = cells.filter((c) => c.type === "code");
      expect(labels.cells.map((c) => c.index)).toEqual(code.map((c) => c.index));
      for (const label of labels.cells) {
        expect(sourceSha1(cells[label.index]?.source ?? ""), `cell ${label.index}`).toBe(label.sha1);
      }
    });

    it("a committed notebook is redistributable, stripped of outputs and attributed in NOTICE.md", () => {
      if (!existsSync(notebookPath)) return;
      expect(REDISTRIBUTABLE_LICENSES).toContain(labels.source.license);
      const raw = JSON.parse(readFileSync(notebookPath, "utf8")) as {
        cells: { cell_type: string; outputs?: unknown[] }[];
      };
      expect(raw.cells.filter((c) => c.cell_type === "code" && (c.outputs?.length ?? 0) > 0)).toEqual([]);
      const row = notice.split("\n").find((l) => l.startsWith(`| \`${labels.id}\` `));
      expect(row, "NOTICE.md row").toBeDefined();
      expect(row).toContain(labels.source.commit);
      expect(row).toContain(labels.source.license);
    });
  });
});

// agreement/: our blind labels of shared/corpus notebooks, only for measuring agreement with the
// authority's (README). Their notebooks are not copied here (they stay in ../shared), so only the
// files themselves can be checked; they must never become training data of this folder.
describe("agreement label files", () => {
  const dir = path.join(root, "agreement");
  const files = readdirSync(dir).filter((f) => f.endsWith(".json"));

  it.each(files)("%s is valid, named after its id, with distinct indexes and alts other than the primary", (file) => {
    expectWellFormed(file, load(file, "agreement"));
  });

  it("labels none of this folder's notebooks", () => {
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => labelFiles.includes(f))).toEqual([]);
  });
});
