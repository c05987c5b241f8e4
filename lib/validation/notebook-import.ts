import { z } from "zod";
import { phaseOf, STEP_CATEGORY_IDS } from "@/lib/notebook/taxonomy";
import { MAX_EDGES, MAX_NODES, PHASES } from "@/lib/pipeline/types";
import { displayName } from "./common";
import { MAX_NOTEBOOK_CELLS, boundedInt, cellIndex, safeText, version } from "./text";

/**
 * One step from the notebook preview, as the user left it. The server places it by its
 * category (lib/pipeline/import-steps.ts); a `phase`, if sent, must be the category's.
 */
export const ZImportStep = z
  .object({
    title: displayName("Step title", 200),
    category: z.enum(STEP_CATEGORY_IDS, {
      error: (issue) => `category ${JSON.stringify(issue.input)} is not a notebook cell category.`,
    }),
    phase: z.enum(PHASES).optional(),
    cellIndexes: z
      .array(cellIndex("cellIndexes entry"))
      .max(MAX_NOTEBOOK_CELLS, `cellIndexes must have at most ${MAX_NOTEBOOK_CELLS} entries.`),
  })
  .strict()
  .superRefine(({ category, phase }, ctx) => {
    const expected = phaseOf(category);
    if (phase !== undefined && phase !== expected) {
      ctx.addIssue({
        code: "custom",
        path: ["phase"],
        message: `phase "${phase}" does not match category ${category}, whose phase is ${expected}.`,
      });
    }
  });

const stepIndex = (label: string) => boundedInt(label, 0, MAX_NODES - 1);

/** What flows from one imported step to a later one (lib/notebook/step-flow.ts), by position in `steps`. */
export const ZImportLink = z
  .object({
    source: stepIndex("links source"),
    target: stepIndex("links target"),
    label: safeText("links label").trim().max(200, "links label must be at most 200 characters").nullable(),
  })
  .strict();

/** A file one imported step writes and later ones read: a data node between them. */
export const ZImportData = z
  .object({
    title: displayName("Data title", 200),
    source: stepIndex("data source"),
    targets: z.array(stepIndex("data target")).min(1, "A data node needs a step that reads it.").max(MAX_NODES),
  })
  .strict();

/**
 * The stored source of one cell is cut to this (the inspector shows it read-only; a cell
 * holding a pasted data literal need not travel whole with every import).
 */
export const MAX_STORED_CELL_CHARS = 20_000;

/** A cell's source, kept with the step it went into so the inspector can show it. */
export const ZImportCell = z
  .object({
    index: cellIndex("cells entry index"),
    source: safeText("cells entry source").max(
      MAX_STORED_CELL_CHARS,
      `cells entry source must be at most ${MAX_STORED_CELL_CHARS} characters.`,
    ),
  })
  .strict();

export const ZStepsImport = z
  .object({
    baseVersion: version("baseVersion", 0),
    /** Optional: the notebook's name, the title of the group its steps are drawn in. */
    notebook: z
      .object({ name: displayName("notebook name", 200) })
      .strict()
      .optional(),
    /** Optional: the sources of the steps' cells (older clients send none). */
    cells: z
      .array(ZImportCell)
      .max(MAX_NOTEBOOK_CELLS, `cells must have at most ${MAX_NOTEBOOK_CELLS} entries.`)
      .optional(),
    steps: z
      .array(ZImportStep)
      .min(1, "Nothing to import: choose at least one step.")
      .max(MAX_NODES, `At most ${MAX_NODES} steps.`),
    /** Without links the steps are chained in notebook order (the import before data flow). */
    links: z.array(ZImportLink).max(MAX_EDGES, `At most ${MAX_EDGES} links.`).optional(),
    data: z.array(ZImportData).max(MAX_NODES, `At most ${MAX_NODES} data nodes.`).optional(),
  })
  .strict()
  .superRefine(({ steps, links = [], data = [] }, ctx) => {
    const check = (path: (string | number)[], index: number) => {
      if (index >= steps.length)
        ctx.addIssue({
          code: "custom",
          path,
          message: `step ${index} does not exist: there are ${steps.length} steps.`,
        });
    };
    links.forEach((link, i) => {
      check(["links", i, "source"], link.source);
      check(["links", i, "target"], link.target);
      if (link.source === link.target)
        ctx.addIssue({ code: "custom", path: ["links", i], message: "a link must join two different steps." });
    });
    data.forEach((d, i) => {
      check(["data", i, "source"], d.source);
      d.targets.forEach((t, j) => check(["data", i, "targets", j], t));
    });
  });

export type TImportStep = z.infer<typeof ZImportStep>;
export type TStepsImport = z.infer<typeof ZStepsImport>;
/** What the import dialog hands the editor: the steps and what flows between them (cell sources and the name travel separately). */
export type NotebookImport = Omit<TStepsImport, "baseVersion" | "cells" | "notebook">;
export type TImportLink = z.infer<typeof ZImportLink>;
export type TImportData = z.infer<typeof ZImportData>;
export type TImportCell = z.infer<typeof ZImportCell>;

/** GET …/pipeline/groups: the notebook groups, each with its nodes in diagram order. */
export const ZPipelineGroupsResponse = z.strictObject({
  groups: z.array(z.strictObject({ id: z.string(), name: z.string(), nodeIds: z.array(z.string()) })),
});

/** GET …/pipeline/nodes/:nodeId/cells: a step's notebook cells, in notebook order. */
export const ZNodeCellsResponse = z.strictObject({
  cells: z.array(z.strictObject({ index: z.int().nonnegative(), source: z.string() })),
});
