import { z } from "zod";
import { STEP_CATEGORY_IDS } from "@/lib/pipeline/catalog";
import { MAX_NODES, PHASES } from "@/lib/pipeline/types";
import { displayName } from "./common";

/** One step from the notebook preview, as the user left it. */
export const ZImportStep = z
  .object({
    title: displayName("Step title", 200),
    category: z.enum(STEP_CATEGORY_IDS, { error: (issue) => `category ${JSON.stringify(issue.input)} is not a notebook cell category.` }),
    phase: z.enum(PHASES),
    cellIndexes: z.array(z.int().min(0)).max(10_000),
  })
  .strict();

export const ZStepsImport = z
  .object({
    baseVersion: z.int().min(0),
    steps: z.array(ZImportStep).min(1, "Nothing to import: choose at least one step.").max(MAX_NODES, `At most ${MAX_NODES} steps.`),
  })
  .strict();

export type TStepsImport = z.infer<typeof ZStepsImport>;
