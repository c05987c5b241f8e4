import { z } from "zod";
import { isCatalogSlug } from "@/lib/catalog/catalog";
import { COMPONENT_IDS } from "@/lib/pipeline/components";
import { ELEMENT_ID_RE } from "@/lib/pipeline/ids";
import { PHASES, PRIORITIES, STAGES } from "@/lib/pipeline/types";
import { ROADMAP_SOURCES, ROADMAP_STATUSES, type RoadmapSource, type RoadmapStatus } from "@/lib/roadmap/types";
import { ZTimestamp } from "./common";
import { safeText, version } from "./text";

// The roadmap on the wire (issue #12). Input: the bodies of
//   POST  /api/v1/projects/:projectId/roadmap/items         ZRoadmapItemCreate
//   POST  /api/v1/projects/:projectId/roadmap/items/bulk    ZRoadmapBulkCreate
//   PATCH /api/v1/projects/:projectId/roadmap/items/:itemId ZRoadmapItemPatch
//   DELETE …/roadmap/items/:itemId?version=N                ZRoadmapDeleteQuery
//   PUT   /api/v1/projects/:projectId/roadmap/order          ZRoadmapOrder
// Output: the Z…Response schemas below. What zod cannot know (is the owner a LEAD or MEMBER
// of the team, is a node in the project's diagram) the server checks, answering 422 with
// `issues` on the same paths.

// The vocabularies are lib/roadmap's (one home); re-exported for the wire's users.
export { ROADMAP_SOURCES, ROADMAP_STATUSES };
export type TRoadmapStatus = RoadmapStatus;
export type TRoadmapSource = RoadmapSource;

/** What ZCuid (./common.ts) accepts: the ids Prisma makes. */
const CUID_RE = /^c[a-z0-9]{20,31}$/;

/** Most items one bulk save (a generated proposal) may create. */
export const MAX_BULK_ITEMS = 200;
/** Most pipeline nodes one item may link. */
export const MAX_ITEM_NODES = 100;
/** Most items a project's roadmap holds; a reorder names them all, so its body stays bounded. */
export const MAX_ROADMAP_ITEMS = 2000;

/** The fields a PATCH may change; history and conflict detection speak of these names. */
export const ROADMAP_ITEM_FIELDS = [
  "title",
  "doneWhen",
  "detail",
  "phase",
  "componentId",
  "toolSlug",
  "nodeIds",
  "ownerId",
  "priority",
  "status",
  "stage",
  "targetDate",
] as const;
export type TRoadmapItemField = (typeof ROADMAP_ITEM_FIELDS)[number];

/** Content fields: roadmap.edit (LEAD, or a MEMBER who owns or created the item). */
export const ROADMAP_CONTENT_FIELDS = [
  "title",
  "doneWhen",
  "detail",
  "phase",
  "componentId",
  "toolSlug",
  "nodeIds",
  "targetDate",
] as const satisfies readonly TRoadmapItemField[];
/** Planning fields: roadmap.plan (LEAD only). `status` is roadmap.set_status. */
export const ROADMAP_PLAN_FIELDS = ["ownerId", "priority", "stage"] as const satisfies readonly TRoadmapItemField[];

const enumOf = <T extends readonly [string, ...string[]]>(values: T, label: string) =>
  z.enum(values, { error: `${label} must be one of: ${values.join(", ")}.` });

const ZTitle = safeText("title").trim().min(1, "title is required.").max(300, "title must be at most 300 characters.");
const ZDoneWhen = safeText("doneWhen").trim().max(2000, "doneWhen must be at most 2000 characters.");
const ZDetail = safeText("detail").trim().max(4000, "detail must be at most 4000 characters.");
const ZPhase = enumOf(PHASES, "phase");
const ZStage = enumOf(STAGES, "stage");
const ZPriority = enumOf(PRIORITIES, "priority");
const ZStatus = enumOf(ROADMAP_STATUSES, "status");
const ZComponentId = z.enum(COMPONENT_IDS, { error: "componentId is not a component id (see COMPONENTS.md)." });

export const ZToolSlug = z
  .string({ error: "toolSlug must be text." })
  .max(100, "toolSlug must be at most 100 characters.")
  .refine(isCatalogSlug, "toolSlug is not a tool of the catalog.");

const ZNodeIds = z
  .array(z.string({ error: "nodeIds entries must be text." }).regex(ELEMENT_ID_RE, "nodeIds entry is not a node id."), {
    error: "nodeIds must be a list of node ids.",
  })
  .max(MAX_ITEM_NODES, `nodeIds must have at most ${MAX_ITEM_NODES} entries.`)
  .refine((ids) => new Set(ids).size === ids.length, "nodeIds names a node twice.");

const ZOwnerId = z
  .string({ error: "ownerId must be a member id." })
  .regex(CUID_RE, "ownerId is not a valid member id.");

/** A calendar date "YYYY-MM-DD" that exists (no 2026-02-30). */
export const ZDateOnly = z
  .string({ error: "targetDate must be a date YYYY-MM-DD." })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "targetDate must be a date YYYY-MM-DD.")
  .refine((v) => {
    const date = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === v;
  }, "targetDate is not a real calendar date.");

const ZSourceKey = safeText("sourceKey")
  .trim()
  .min(1, "sourceKey must not be empty.")
  .max(200, "sourceKey must be at most 200 characters.");

export const ZRoadmapItemCreate = z.strictObject({
  title: ZTitle,
  doneWhen: ZDoneWhen.default(""),
  detail: ZDetail.default(""),
  phase: ZPhase.nullish(),
  componentId: ZComponentId.nullish(),
  toolSlug: ZToolSlug.nullish(),
  nodeIds: ZNodeIds.default([]),
  /** Default: the component's stage, else EXPERIMENTAL (lib/roadmap/stage-rules.ts). */
  stage: ZStage.optional(),
  targetDate: ZDateOnly.nullish(),
  source: enumOf(ROADMAP_SOURCES, "source").default("manual"),
  /** Same key again on the project: 200 with the existing item, nothing created. */
  sourceKey: ZSourceKey.nullish(),
  /** roadmap.plan: a member sending these gets 403. */
  ownerId: ZOwnerId.nullish(),
  priority: ZPriority.nullish(),
});
export type TRoadmapItemCreate = z.input<typeof ZRoadmapItemCreate>;
export type TRoadmapItemCreateParsed = z.output<typeof ZRoadmapItemCreate>;

export const ZRoadmapBulkCreate = z.strictObject({
  items: z
    .array(z.unknown(), { error: "items must be a list." })
    .min(1, "items must not be empty.")
    .max(MAX_BULK_ITEMS, `items must have at most ${MAX_BULK_ITEMS} entries.`)
    .pipe(z.array(ZRoadmapItemCreate)),
});
export type TRoadmapBulkCreate = z.input<typeof ZRoadmapBulkCreate>;

export const ZRoadmapItemPatch = z
  .strictObject({
    version: version("version"),
    title: ZTitle.optional(),
    doneWhen: ZDoneWhen.optional(),
    detail: ZDetail.optional(),
    phase: ZPhase.nullable().optional(),
    componentId: ZComponentId.nullable().optional(),
    toolSlug: ZToolSlug.nullable().optional(),
    nodeIds: ZNodeIds.optional(),
    ownerId: ZOwnerId.nullable().optional(),
    priority: ZPriority.nullable().optional(),
    status: ZStatus.optional(),
    /** Moving to another stage appends the item there (roadmap.plan; bumps roadmapVersion). */
    stage: ZStage.optional(),
    targetDate: ZDateOnly.nullable().optional(),
    /** With status DONE: set the linked nodes' automation to AUTOMATED in the same transaction. */
    automateNodes: z.boolean({ error: "automateNodes must be true or false." }).optional(),
  })
  .refine((v) => ROADMAP_ITEM_FIELDS.some((f) => v[f] !== undefined), {
    message: `Send at least one field to change (${ROADMAP_ITEM_FIELDS.join(", ")}).`,
  })
  .refine((v) => !v.automateNodes || v.status === "DONE", {
    message: "automateNodes goes with status DONE.",
    path: ["automateNodes"],
  });
export type TRoadmapItemPatch = z.input<typeof ZRoadmapItemPatch>;
export type TRoadmapItemPatchParsed = z.output<typeof ZRoadmapItemPatch>;

export const ZRoadmapDeleteQuery = z.strictObject({
  version: z.coerce.number({ error: "version must be a number." }).pipe(version("version")),
});

const ZStageIds = (stage: string) =>
  z
    .array(z.string({ error: `stages.${stage} entries must be item ids.` }), {
      error: `stages.${stage} must be a list of item ids.`,
    })
    .max(MAX_ROADMAP_ITEMS, `stages.${stage} must have at most ${MAX_ROADMAP_ITEMS} entries.`);

/** The whole order: every item of the roadmap exactly once (the server names duplicates, missing and unknown ids). */
export const ZRoadmapOrder = z.strictObject({
  roadmapVersion: version("roadmapVersion", 0),
  stages: z.strictObject(
    {
      EXPERIMENTAL: ZStageIds("EXPERIMENTAL"),
      MVP: ZStageIds("MVP"),
      PRODUCTIONIZATION: ZStageIds("PRODUCTIONIZATION"),
    },
    { error: "stages must name the EXPERIMENTAL, MVP and PRODUCTIONIZATION lists." },
  ),
});
export type TRoadmapOrder = z.input<typeof ZRoadmapOrder>;
export type TRoadmapStages = z.output<typeof ZRoadmapOrder>["stages"];

// ---- Output ----

const ZPerson = z.strictObject({ id: z.string(), name: z.string() });

export const ZRoadmapItem = z.strictObject({
  id: z.string(),
  projectId: z.string(),
  title: z.string(),
  doneWhen: z.string(),
  detail: z.string(),
  phase: z.enum(PHASES).nullable(),
  componentId: z.enum(COMPONENT_IDS).nullable(),
  toolSlug: z.string().nullable(),
  tool: z.strictObject({ slug: z.string(), name: z.string() }).nullable(),
  nodeIds: z.array(z.string()),
  /** id is the membership id. */
  owner: z.strictObject({ id: z.string(), name: z.string(), email: z.string() }).nullable(),
  priority: z.enum(PRIORITIES).nullable(),
  status: z.enum(ROADMAP_STATUSES),
  stage: z.enum(STAGES),
  position: z.int().nonnegative(),
  targetDate: z.iso.date().nullable(),
  source: z.enum(ROADMAP_SOURCES),
  sourceKey: z.string().nullable(),
  version: z.int().positive(),
  createdBy: ZPerson.nullable(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
  doneAt: ZTimestamp.nullable(),
});
export type TRoadmapItem = z.infer<typeof ZRoadmapItem>;

export const ZRoadmapMember = z.strictObject({
  /** Membership id (what ownerId takes). */
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(["LEAD", "MEMBER", "VIEWER"]),
});
export type TRoadmapMember = z.infer<typeof ZRoadmapMember>;

/** GET …/roadmap: items in stage order then position; members of the team (assignable: LEAD and MEMBER). */
export const ZRoadmapResponse = z.strictObject({
  projectId: z.string(),
  roadmapVersion: z.int().nonnegative(),
  items: z.array(ZRoadmapItem),
  members: z.array(ZRoadmapMember),
});
export type TRoadmapResponse = z.infer<typeof ZRoadmapResponse>;

/** POST …/items: 201 when created, 200 with the existing item when its sourceKey was on the roadmap. */
export const ZRoadmapItemResponse = z.strictObject({ item: ZRoadmapItem });

/** PATCH …/items/:itemId. automatedNodeIds: the nodes set to AUTOMATED (automateNodes). */
export const ZRoadmapItemPatchResponse = z.strictObject({
  item: ZRoadmapItem,
  automatedNodeIds: z.array(z.string()).optional(),
});

/** POST …/items/bulk: 201, in the order sent. */
export const ZRoadmapItemsResponse = z.strictObject({ items: z.array(ZRoadmapItem) });

/** PUT …/order, and `current` of its 409. */
export const ZRoadmapOrderResponse = z.strictObject({
  roadmapVersion: z.int().nonnegative(),
  items: z.array(ZRoadmapItem),
});

/**
 * 409 roadmap_item_conflict: the fields both you and someone else changed, and the saved
 * item (`current` inside `error`, as every 409 of the API carries it).
 */
export const ZRoadmapItemConflict = z.object({
  error: z.object({
    code: z.literal("roadmap_item_conflict"),
    message: z.string(),
    fields: z.array(z.string()),
    current: ZRoadmapItem,
  }),
});

/** 409 roadmap_order_conflict: the saved order in `error.current`. */
export const ZRoadmapOrderConflict = z.object({
  error: z.object({ code: z.literal("roadmap_order_conflict"), message: z.string(), current: ZRoadmapOrderResponse }),
});

export const ZRoadmapChange = z.strictObject({ from: z.unknown(), to: z.unknown() });

export const ZRoadmapHistoryEvent = z.strictObject({
  id: z.string(),
  /** roadmap_item.created | updated | moved | deleted | reordered */
  action: z.string(),
  actor: ZPerson.nullable(),
  at: ZTimestamp,
  /** The item's version after the change. */
  version: z.int().nullable(),
  changes: z.record(z.string(), ZRoadmapChange),
});
export type TRoadmapHistoryEvent = z.infer<typeof ZRoadmapHistoryEvent>;

/** GET …/items/:itemId/history, newest first. */
export const ZRoadmapHistoryResponse = z.strictObject({ events: z.array(ZRoadmapHistoryEvent) });

/** A proposed item (not saved): a create body plus whom the recommendations suggest as owner. */
export const ZRoadmapProposalItem = z.strictObject({
  ...ZRoadmapItemCreate.shape,
  suggestedOwners: z.array(z.strictObject({ id: z.string(), name: z.string(), reason: z.string() })),
});
export type TRoadmapProposalItem = z.output<typeof ZRoadmapProposalItem>;

/** POST …/roadmap/proposal: nothing is saved; the lead edits and saves through …/items/bulk. */
export const ZRoadmapProposalResponse = z.strictObject({ items: z.array(ZRoadmapProposalItem) });
