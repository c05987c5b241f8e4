import { z } from "zod";
import { COMPONENT_IDS } from "@/lib/pipeline/components";
import { ROADMAP_SOURCES } from "@/lib/roadmap/types";
import { ZTimestamp } from "./common";
import { ZToolSlug } from "./team-profile";
import { safeText } from "./text";

// Items "chosen for the roadmap" on the wire (GET/POST /api/v1/projects/:projectId/choices,
// DELETE …/choices/:choiceId): a compatible view over the roadmap items that have a
// sourceKey (issue #12), for the assessment and recommendation pages. A choice is a next
// practice of an assessment (`key` is the practice id) or a recommended tool (`key` is
// "<componentId>:<toolSlug>"); items added otherwise (a pipeline node, a generated plan)
// are listed with their own source. Choosing an existing key again is idempotent;
// removing one is deleting the roadmap item, which is the leads' (roadmap.plan).

export const CHOICE_SOURCES = ["assessment", "recommendation"] as const;
export type TChoiceSource = (typeof CHOICE_SOURCES)[number];

export const ZChoiceCreate = z
  .strictObject({
    source: z.enum(CHOICE_SOURCES, { error: `source must be one of: ${CHOICE_SOURCES.join(", ")}.` }),
    key: safeText("key").trim().min(1, "key is required.").max(200, "key must be at most 200 characters."),
    title: safeText("title").trim().min(1, "title is required.").max(300, "title must be at most 300 characters."),
    componentId: z.enum(COMPONENT_IDS, { error: "componentId is not a component id (see COMPONENTS.md)." }).nullish(),
    toolSlug: ZToolSlug.nullish(),
    detail: safeText("detail").trim().max(4000, "detail must be at most 4000 characters.").default(""),
  })
  .refine((v) => v.source !== "recommendation" || !!v.toolSlug, {
    message: "A recommendation needs its toolSlug.",
    path: ["toolSlug"],
  });

export type TChoiceCreate = z.input<typeof ZChoiceCreate>;

// ---- Output ----

export const ZChoice = z.strictObject({
  id: z.string(),
  projectId: z.string(),
  source: z.enum(ROADMAP_SOURCES),
  key: z.string(),
  title: z.string(),
  componentId: z.enum(COMPONENT_IDS).nullable(),
  toolSlug: z.string().nullable(),
  detail: z.string(),
  createdBy: z.strictObject({ id: z.string(), name: z.string() }).nullable(),
  createdAt: ZTimestamp,
});

export const ZChoicesResponse = z.strictObject({ choices: z.array(ZChoice) });
/** POST: 201 when the choice was made now, 200 with the existing one when the key was chosen before. */
export const ZChoiceResponse = z.strictObject({ choice: ZChoice });

export type TChoice = z.infer<typeof ZChoice>;
