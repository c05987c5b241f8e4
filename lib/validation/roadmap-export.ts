import { z } from "zod";
import { COMPONENT_IDS } from "@/lib/pipeline/components";
import { PHASES, PRIORITIES, STAGES } from "@/lib/pipeline/types";
import { ROADMAP_JSON_FORMAT, ROADMAP_JSON_VERSION, type RoadmapJsonDocument } from "@/lib/roadmap/json-export";
import { ROADMAP_SOURCES, ROADMAP_STATUSES } from "@/lib/roadmap/types";
import { ZTimestamp } from "./common";

// GET …/roadmap.json, the file for scripts (lib/roadmap/json-export.ts), as a schema for
// the API document; the checks at the bottom keep it and the renderer's type the same shape.

const ZRoadmapJsonItem = z.strictObject({
  id: z.string(),
  title: z.string(),
  doneWhen: z.string(),
  detail: z.string(),
  stage: z.enum(STAGES),
  position: z.int().nonnegative(),
  status: z.enum(ROADMAP_STATUSES),
  priority: z.enum(PRIORITIES).nullable(),
  phase: z.enum(PHASES).nullable(),
  componentId: z.enum(COMPONENT_IDS).nullable(),
  tool: z.strictObject({ slug: z.string(), name: z.string() }).nullable(),
  nodeIds: z.array(z.string()),
  owner: z.strictObject({ name: z.string(), email: z.string() }).nullable(),
  targetDate: z.iso.date().nullable(),
  source: z.enum(ROADMAP_SOURCES),
  sourceKey: z.string().nullable(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
  doneAt: ZTimestamp.nullable(),
});

export const ZRoadmapJsonExport = z.strictObject({
  format: z.literal(ROADMAP_JSON_FORMAT),
  version: z.literal(ROADMAP_JSON_VERSION),
  project: z.string().meta({ description: "The project's name." }),
  exportedOn: z.iso.date(),
  items: z.array(ZRoadmapJsonItem).meta({ description: "In board order: stage, then position." }),
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<z.infer<typeof ZRoadmapJsonExport>, RoadmapJsonDocument> = true;
void sameShape;
