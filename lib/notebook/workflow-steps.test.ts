import fc from "fast-check";
import { readFixture } from "@/test/notebook-fixtures";
import { describe, expect, it } from "vitest";
import { analyzeNotebook } from "./analyze";
import { STEP_CATEGORY_IDS, type StepCategoryId } from "./taxonomy";
import { cleanHeading, GRANULARITIES, workflowSteps, type WorkflowCells, type WorkflowStep } from "./workflow-steps";

// The workflow-sized grouping on the two notebook kinds of issue 13 (synthetic fixtures
// written for these tests: a Keras course chapter with 128 code cells and a 119-cell
// time-series notebook), on hand-made cases, and as properties over random notebooks.

function load(name: string) {
  const analysis = analyzeNotebook(readFixture(name), name);
  const cells: WorkflowCells = new Map(
    analysis.cells.flatMap((c) =>
      c.category === "documentation" ? [] : [[c.index, { category: c.category, section: c.section }] as const],
    ),
  );
  return { analysis, cells, fine: analysis.fineSteps! };
}

const titles = (steps: readonly { title: string }[]) => steps.map((s) => s.title);
const lower = (xs: string[]) => xs.map((x) => x.toLowerCase());

describe.each([
  ["keras-rnn-course.ipynb", 128],
  ["store-sales-forecast.ipynb", 100],
])("%s", (name, codeCells) => {
  const { analysis, cells, fine } = load(name);

  it("has the size issue 13 is about, and a fine grouping far too detailed to draw", () => {
    expect(analysis.cells.filter((c) => c.type === "code")).toHaveLength(codeCells);
    expect(fine.length).toBeGreaterThan(30);
  });

  it("imports 8–25 steps by default, with distinct titles", () => {
    expect(analysis.steps.length).toBeGreaterThanOrEqual(8);
    expect(analysis.steps.length).toBeLessThanOrEqual(25);
    expect(new Set(lower(titles(analysis.steps))).size).toBe(analysis.steps.length);
  });

  it("keeps every cell of the fine grouping, in order, in exactly one step", () => {
    const fineCells = fine.flatMap((s) => s.cellIndexes);
    for (const granularity of GRANULARITIES)
      expect(workflowSteps(fine, cells, granularity).flatMap((s) => s.cellIndexes)).toEqual(fineCells);
  });

  it("goes from coarse to fine", () => {
    const [coarse, medium, fineSteps] = GRANULARITIES.map((g) => workflowSteps(fine, cells, g).length);
    expect(coarse).toBeLessThanOrEqual(10);
    expect(coarse).toBeLessThanOrEqual(medium!);
    expect(medium).toBeLessThan(fineSteps!);
    expect(fineSteps).toBe(fine.length);
  });

  it("has one setup step at most, and no title that is only a number", () => {
    expect(analysis.steps.filter((s) => s.category === "setup").length).toBeLessThanOrEqual(1);
    for (const title of titles(analysis.steps)) expect(title).toMatch(/[A-Za-z]{2}/);
  });
});

describe("the Keras course notebook", () => {
  const { analysis, cells, fine } = load("keras-rnn-course.ipynb");

  it("repeats a heading many times in the fine grouping but never in the default one", () => {
    const repeated = fine.filter((s) => s.title.startsWith("Basic RNNs"));
    expect(repeated.length).toBeGreaterThanOrEqual(10);
    const basic = titles(analysis.steps).filter((t) => t.startsWith("Basic RNNs"));
    expect(basic.length).toBeLessThanOrEqual(3);
  });

  it("titles steps by their section, told apart by what they do", () => {
    expect(titles(analysis.steps)).toContain("Bach Chorales: Model training");
    expect(titles(workflowSteps(fine, cells, "medium"))).toEqual(titles(analysis.steps));
  });
});

describe("workflowSteps on hand-made notebooks", () => {
  type Spec = [section: string | null, ...categories: StepCategoryId[]];
  /** One fine step per spec, cells numbered from 0. */
  function build(specs: Spec[]): { fine: WorkflowStep[]; cells: WorkflowCells } {
    const cells = new Map<number, { category: StepCategoryId; section: string | null }>();
    let next = 0;
    const fine = specs.map(([section, ...categories]) => {
      const cellIndexes = categories.map((category) => {
        cells.set(next, { category, section });
        return next++;
      });
      return { title: section ?? categories[0]!, cellIndexes };
    });
    return { fine, cells };
  }

  it("folds one-cell setup steps into their neighbours and merges runs of one kind", () => {
    const { fine, cells } = build([
      ["Setup", "setup"],
      ["Setup", "setup"],
      ["Load", "data_ingestion", "data_ingestion"],
      [null, "other"],
      ["Train A", "model_training", "model_training"],
      ["Train B", "model_training", "model_training", "model_training"],
      ["Evaluate", "model_evaluation", "model_evaluation"],
    ]);
    const steps = workflowSteps(fine, cells, "medium");
    expect(steps.map((s) => [s.title, s.cellIndexes])).toEqual([
      ["Load", [0, 1, 2, 3, 4]],
      ["Train A & Train B", [5, 6, 7, 8, 9]],
      ["Evaluate", [10, 11]],
    ]);
  });

  it("keeps an exercises section apart, so it can be skipped whole", () => {
    const { fine, cells } = build([
      ["Train", "model_training", "model_training"],
      ["Exercises", "model_training", "model_training"],
    ]);
    expect(titles(workflowSteps(fine, cells, "medium"))).toEqual(["Train", "Exercises"]);
  });

  it("joins two equal sections' names and takes numbering off headings", () => {
    const { fine, cells } = build([
      ["10. LSTMs", "model_training", "model_training"],
      ["11. GRUs", "model_training", "model_training"],
    ]);
    expect(titles(workflowSteps(fine, cells, "medium"))).toEqual(["LSTMs & GRUs"]);
    expect(cleanHeading("10.")).toBeNull();
    expect(cleanHeading("Part 2: Features")).toBe("Features");
  });

  it("caps the count by merging the smallest steps first", () => {
    const specs: Spec[] = Array.from({ length: 60 }, (_, i) => [
      `Section ${i}`,
      ...(Array(1 + (i % 4)).fill(i % 2 ? "model_training" : "model_evaluation") as StepCategoryId[]),
    ]);
    const { fine, cells } = build(specs);
    expect(workflowSteps(fine, cells, "medium").length).toBeLessThanOrEqual(25);
    expect(workflowSteps(fine, cells, "coarse").length).toBeLessThanOrEqual(10);
  });

  it("groups 10,000 one-cell steps quickly (no quadratic merging)", () => {
    const specs: Spec[] = Array.from({ length: 10_000 }, (_, i) => [
      `Section ${i % 3 ? i - (i % 3) : i}`,
      STEP_CATEGORY_IDS[i % STEP_CATEGORY_IDS.length]!,
    ]);
    const { fine, cells } = build(specs);
    const started = performance.now();
    for (const granularity of ["medium", "coarse"] as const)
      expect(workflowSteps(fine, cells, granularity).flatMap((s) => s.cellIndexes)).toHaveLength(10_000);
    // Quadratic merging took minutes here; this takes a fraction of a second on a loaded machine.
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it("keeps a tagged notebook's own steps", () => {
    const { fine, cells } = build([
      ["Setup", "setup"],
      ["Setup", "setup"],
    ]);
    expect(workflowSteps(fine, cells, "medium", { tagged: true }).map((s) => s.cellIndexes)).toEqual([[0], [1]]);
  });
});

describe("workflowSteps properties", () => {
  const category = fc.constantFrom(...STEP_CATEGORY_IDS);
  const heading = fc.option(fc.constantFrom("Basic RNNs", "10.", "Setup", "Exercises", "Train", "Data"), { nil: null });
  const notebook = fc
    .array(fc.tuple(heading, fc.array(category, { minLength: 1, maxLength: 6 })), { minLength: 1, maxLength: 120 })
    .map((specs) => {
      const cells = new Map<number, { category: StepCategoryId; section: string | null }>();
      let next = 0;
      const fine = specs.map(([section, categories]) => ({
        title: section ?? "Step",
        cellIndexes: categories.map((c) => {
          cells.set(next, { category: c, section });
          return next++;
        }),
      }));
      return { fine, cells };
    });

  it("puts every cell in exactly one step, in order, with distinct titles, at every granularity", () => {
    fc.assert(
      fc.property(notebook, fc.constantFrom(...GRANULARITIES), ({ fine, cells }, granularity) => {
        const steps = workflowSteps(fine, cells, granularity);
        expect(steps.flatMap((s) => s.cellIndexes)).toEqual(fine.flatMap((s) => s.cellIndexes));
        expect(steps.every((s) => s.cellIndexes.length > 0)).toBe(true);
        expect(new Set(lower(titles(steps))).size).toBe(steps.length);
        if (granularity !== "fine") expect(steps.length).toBeLessThanOrEqual(granularity === "medium" ? 25 : 10);
      }),
      { numRuns: 300 },
    );
  });
});
