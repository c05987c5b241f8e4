import { createHash } from "node:crypto";
import { z } from "zod";
import { STEP_CATEGORY_IDS } from "../taxonomy";

// The labelled dev corpus in this folder (README.md): one labels/<id>.json per notebook, in
// shared/corpus's label format plus `kind`. One schema for the test, the fetch script and the
// label helper, so they cannot disagree about what a valid label file is.

/**
 * Repositories held back for independent evaluation (issue #13): no notebook of theirs may
 * ever be part of this corpus, not even one cell.
 */
export const HELD_OUT_REPOS = [
  "ageron/handson-ml2",
  "ageron/handson-ml3",
  "GoogleCloudPlatform/vertex-ai-samples",
  "aws/amazon-sagemaker-examples",
  "agconti/kaggle-titanic",
  "evidentlyai/evidently",
  "huggingface/notebooks",
  "GokuMohandas/mlops-course",
  "GokuMohandas/Made-With-ML",
  "Azure/MachineLearningNotebooks",
  "alteryx/Automated-Manual-Comparison",
  "tensorflow/tfx",
] as const;

/** GitHub names are case-insensitive, so `Ageron/Handson-ML2` is the same repository. */
export function isHeldOut(repo: string): boolean {
  return HELD_OUT_REPOS.some((r) => r.toLowerCase() === repo.toLowerCase());
}

/** Licences under which a notebook may be copied into the repository (NOTICE.md lists them). */
export const REDISTRIBUTABLE_LICENSES = ["MIT", "MIT-0", "Apache-2.0", "BSD-2-Clause", "BSD-3-Clause", "CC-BY-4.0"];

const ZCategory = z.enum(STEP_CATEGORY_IDS);

export const ZCorpusLabels = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are kebab-case"),
    kind: z.string().min(1),
    source: z.object({
      repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, "owner/name"),
      path: z.string().min(1),
      commit: z.string().regex(/^[0-9a-f]{40}$/, "a full 40-hex commit"),
      license: z.string().min(1),
    }),
    cells: z
      .array(
        z
          .object({
            index: z.number().int().nonnegative(),
            sha1: z.string().regex(/^[0-9a-f]{40}$/),
            category: ZCategory,
            alt: z.array(ZCategory).nonempty().optional(),
          })
          .strict(),
      )
      .nonempty(),
  })
  .strict();
export type CorpusLabels = z.infer<typeof ZCorpusLabels>;

/** shared/corpus/README.md's definition: sha1 of the cell source joined with "" (as parseNotebook joins it). */
export function sourceSha1(source: string): string {
  return createHash("sha1").update(source, "utf8").digest("hex");
}

/** Where the recorded file can be downloaded again, byte for byte. */
export function rawUrl(source: CorpusLabels["source"]): string {
  const path = source.path.split("/").map(encodeURIComponent).join("/");
  return `https://raw.githubusercontent.com/${source.repo}/${source.commit}/${path}`;
}
