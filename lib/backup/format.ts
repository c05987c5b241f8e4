import { z } from "zod";
import { MAX_NODES } from "@/lib/pipeline/types";
import { ROADMAP_STATUSES } from "@/lib/roadmap/types";
import { ZAssessmentAnswersInput, ZAssessmentResult, ZSuggestions } from "@/lib/validation/assessments";
import { ZTimestamp, displayName } from "@/lib/validation/common";
import { ZImportCell } from "@/lib/validation/notebook-import";
import { ZPipelineNode, ZPipelineSave } from "@/lib/validation/pipeline";
import { ZProjectCreate } from "@/lib/validation/projects";
import { MAX_ROADMAP_ITEMS, ZRoadmapItemCreate } from "@/lib/validation/roadmap";
import { boundedInt } from "@/lib/validation/text";
import { checkBackupReferences } from "./references";

// The project backup file (issue #14): one project, whole and team-independent. People are
// named by e-mail (user ids mean nothing in another deployment); the ids inside are the file's
// own (the exported node ids, "i1"… for items), used only for references within the file.
// Each part reuses the app's own input schema, so the limits and rules are the ones a
// client's write meets; what spans parts (edges, item links, cells, groups) is checked in
// ./references.ts. The version is read first (ZBackupHeader) so a newer file is refused in
// one clear sentence rather than with every field it added.

export const BACKUP_FORMAT = "mlops-map.project-backup";
export const BACKUP_VERSION = 1;
/** Largest backup the restore route reads; a 5,000-node diagram with its cells fits well under it. */
export const MAX_BACKUP_BYTES = 20_000_000;

const ZEmail = z.email({ error: "must be an e-mail address" }).max(320);
const ZPerson = ZEmail.nullable().default(null);
const ZLocalId = z
  .string({ error: "id is required" })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'id must be 1 to 64 letters, digits, "_" or "-"');

export const ZBackupHeader = z.object({
  format: z.literal(BACKUP_FORMAT, { error: `format must be "${BACKUP_FORMAT}": this is not a project backup` }),
  version: z.int({ error: "version must be a whole number" }).superRefine((v, ctx) => {
    if (v > BACKUP_VERSION)
      ctx.addIssue({
        code: "custom",
        message: `made by a newer MLOps Map (version ${v}); this one reads up to ${BACKUP_VERSION}`,
      });
    else if (v < 1) ctx.addIssue({ code: "custom", message: "version must be 1 or more" });
  }),
});

// A node as the canvas saves it, with its owner by e-mail instead of a membership id. Its
// category rule (step/component/none) is ZPipelineNode's refinement, applied in ./references.ts
// through ZPipelineSave with the rest of the diagram's rules.
const { ownerId: _ownerId, ...nodeShape } = ZPipelineNode.shape;
export const ZBackupNode = z.strictObject({ ...nodeShape, owner: ZPerson });

export const ZBackupGroup = z.strictObject({
  id: ZLocalId,
  name: displayName("group name", 200),
  nodeIds: z.array(ZLocalId).max(MAX_NODES),
});

export const ZBackupCell = ZImportCell.extend({ nodeId: ZLocalId });

export const ZBackupPipeline = z.strictObject({
  viewport: ZPipelineSave.shape.viewport,
  nodes: z.array(ZBackupNode).max(MAX_NODES, `a diagram has at most ${MAX_NODES} nodes`),
  edges: ZPipelineSave.shape.edges,
  /** The notebook cells imported steps came from (PipelineNodeCell). */
  cells: z.array(ZBackupCell).max(MAX_NODES * 10),
  /** The notebook groups the canvas draws (PipelineNodeGroup). */
  groups: z.array(ZBackupGroup).max(MAX_NODES),
});

export const ZBackupAssessment = z.strictObject({
  status: z.enum(["DRAFT", "SUBMITTED"]),
  bankVersion: ZAssessmentAnswersInput.shape.bankVersion,
  answers: ZAssessmentAnswersInput.shape.answers,
  suggestions: ZSuggestions.default({}),
  /** The result computed when it was submitted; null for the draft. */
  result: ZAssessmentResult.nullable().default(null),
  createdBy: ZPerson,
  updatedBy: ZPerson,
  submittedBy: ZPerson,
  createdAt: ZTimestamp,
  submittedAt: ZTimestamp.nullable().default(null),
});

const itemFields = ZRoadmapItemCreate.omit({ ownerId: true, stage: true });
export const ZBackupRoadmapItem = itemFields.extend({
  id: ZLocalId,
  stage: ZRoadmapItemCreate.shape.stage.unwrap(),
  status: z.enum(ROADMAP_STATUSES),
  /** Order within its stage; restore renumbers each stage 0..n-1 in this order. */
  position: boundedInt("position", 0),
  owner: ZPerson,
  createdBy: ZPerson,
  doneAt: ZTimestamp.nullable().default(null),
});

const ZProjectBackupFields = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_VERSION),
  exportedAt: ZTimestamp,
  project: ZProjectCreate.extend({ createdBy: ZPerson }),
  pipeline: ZBackupPipeline,
  /** Submitted assessments (oldest first) and at most one draft. */
  assessments: z.array(ZBackupAssessment).max(10_000),
  /** The roadmap, chosen tools included (items with source "recommendation" and a toolSlug). */
  roadmap: z.strictObject({
    items: z.array(ZBackupRoadmapItem).max(MAX_ROADMAP_ITEMS, `a roadmap has at most ${MAX_ROADMAP_ITEMS} items`),
  }),
});
export type TProjectBackup = z.infer<typeof ZProjectBackupFields>;
export type TProjectBackupInput = z.input<typeof ZProjectBackupFields>;

export const ZProjectBackup = ZProjectBackupFields.superRefine(checkBackupReferences);
export type TBackupNode = z.infer<typeof ZBackupNode>;

/**
 * The backup checked whole: the header first (a newer or foreign file is one issue), then
 * everything else. Throws the ZodError (422 at the API, with each issue's path).
 */
export function parseProjectBackup(input: unknown): TProjectBackup {
  ZBackupHeader.parse(input);
  return ZProjectBackup.parse(input);
}

/** The format as a JSON Schema, for GET /api/v1/backup.schema.json and tools that write backups. */
export function projectBackupJsonSchema() {
  return z.toJSONSchema(ZProjectBackup, { io: "input", unrepresentable: "any" });
}
