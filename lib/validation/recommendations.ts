import { z } from "zod";
import { DIMENSION_IDS, GOOGLE_LEVELS, MS_LEVELS } from "@/lib/assessment/types";
import { isCatalogSlug } from "@/lib/catalog/catalog";
import { HOSTINGS, LICENCE_KINDS } from "@/lib/catalog/schema";
import { COMPONENT_IDS } from "@/lib/pipeline/components";
import { PHASES, STAGES } from "@/lib/pipeline/types";
import {
  GAP_PART_IDS,
  GAP_STATUSES,
  TOOL_PART_IDS,
  type AssessmentView,
  type Recommendations,
  type RecommendMember,
} from "@/lib/recommend/types";
import { CLOUDS, FAMILIARITIES, LANGUAGES, TOOL_PREFERENCES, type TeamProfile } from "@/lib/teams/profile";
import { ZPipelineDiagram, ZPipelineSave } from "./pipeline";

// Recommendations on the wire. Output: what GET /api/v1/projects/:projectId/recommendations
// and `cli recommend --json` answer, strict, checked below to be lib/recommend's types.
// Input: the files `cli recommend` reads, each accepted in the API's own shape or bare.

const level = <const T extends readonly number[]>(levels: T) => z.literal(levels as T & number[]);
const part = <T extends readonly [string, ...string[]]>(ids: T) =>
  z.strictObject({ id: z.enum(ids), label: z.string(), points: z.int(), reason: z.string() });

export const ZToolPick = z.strictObject({
  slug: z.string(),
  name: z.string(),
  score: z.int(),
  parts: z.array(part(TOOL_PART_IDS)),
  reasons: z.array(z.string()),
  licence: z.strictObject({
    kind: z.enum(LICENCE_KINDS),
    name: z.string(),
    flagged: z.boolean(),
    openAlternative: z.strictObject({ slug: z.string(), name: z.string() }).nullable(),
  }),
  hosting: z.array(z.enum(HOSTINGS)),
  complexity: z.int().min(1).max(5),
  openSource: z.boolean(),
  managed: z.boolean(),
  teamFamiliarity: z.enum([...FAMILIARITIES, "family"]).nullable(),
  owners: z.array(
    z.strictObject({
      membershipId: z.string(),
      name: z.string(),
      familiarity: z.enum(FAMILIARITIES),
      via: z.enum(["tool", "family"]),
      knows: z.string(),
      openWorkload: z.int().nonnegative(),
    }),
  ),
  needs: z.array(z.enum(COMPONENT_IDS)),
});

export const ZGap = z.strictObject({
  component: z.enum(COMPONENT_IDS),
  label: z.string(),
  phase: z.enum(PHASES),
  stage: z.enum(STAGES),
  status: z.enum(GAP_STATUSES),
  rank: z.int().positive(),
  score: z.strictObject({ total: z.int(), parts: z.array(part(GAP_PART_IDS)) }),
  reason: z.string(),
  blockedBy: z.array(z.enum(COMPONENT_IDS)),
  nodeIds: z.array(z.string()),
  tools: z.array(ZToolPick),
  dimension: z.enum(DIMENSION_IDS),
});

export const ZRecommendations = z.strictObject({
  gaps: z.array(ZGap),
  context: z.strictObject({
    hasPipeline: z.boolean(),
    hasAssessment: z.boolean(),
    hasProfile: z.boolean(),
    teamLevel: level(GOOGLE_LEVELS),
    teamLevelSource: z.enum(["assessment", "pipeline"]),
  }),
});
export const ZRecommendationsResponse = z.strictObject({ recommendations: ZRecommendations });

export type TRecommendations = z.infer<typeof ZRecommendations>;
export type TGap = z.infer<typeof ZGap>;
export type TToolPick = z.infer<typeof ZToolPick>;

type Assert<T extends true> = T;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type _OutputIsTheDomain = Assert<Same<TRecommendations, Recommendations>>;

// ---- CLI input files ----

/** A pipeline file: the API's GET answer `{ pipeline }`, or a bare diagram (checked as a save would be). */
export const ZPipelineFile = z.union([
  ZPipelineDiagram.transform((d) => d),
  z.object({ pipeline: ZPipelineDiagram }).transform((f) => f.pipeline),
  ZPipelineSave.transform(({ viewport, nodes, edges }) => ({ version: 0, viewport, nodes, edges })),
]);

const ZAssessmentView = z.object({
  google: z.object({ level: level(GOOGLE_LEVELS) }),
  dimensions: z.array(
    z.object({
      id: z.enum(DIMENSION_IDS),
      label: z.string().optional(),
      level: level(MS_LEVELS),
      confidence: z.number().min(0).max(1),
    }),
  ),
});

/**
 * An assessment file: an AssessmentResult, the API's assessment (`{ assessment: { result } }`
 * or the assessment object itself). Only what the engine reads is checked; the rest is ignored.
 */
export const ZAssessmentFile = z.union([
  ZAssessmentView,
  z.object({ result: ZAssessmentView }).transform((a) => a.result),
  z.object({ assessment: z.object({ result: ZAssessmentView }) }).transform((a) => a.assessment.result),
]);

const ZSlug = z
  .string()
  .refine(isCatalogSlug, { error: (iss) => `Unknown tool '${String(iss.input)}': not in the catalog.` });

const ZProfile = z.object({
  languages: z.array(z.enum(LANGUAGES)),
  clouds: z.array(z.enum(CLOUDS)),
  preference: z.enum(TOOL_PREFERENCES),
});

const ZMember = z.object({
  membershipId: z.string().min(1).optional(),
  name: z.string().min(1),
  skills: z.object({
    tools: z.array(z.object({ slug: ZSlug, familiarity: z.enum(FAMILIARITIES) })),
    languages: z.array(z.enum(LANGUAGES)),
    note: z.string().default(""),
  }),
  openWorkload: z.int().nonnegative().default(0),
});

/** A profile file: `{ profile, members? }` (the API's profile answer fits; extra fields are ignored). */
export const ZProfileFile = z
  .object({ profile: ZProfile.nullable(), members: z.array(ZMember).default([]) })
  .transform(({ profile, members }) => ({
    profile,
    members: members.map((m, i) => ({
      membershipId: m.membershipId ?? `member-${i + 1}`,
      name: m.name,
      openWorkload: m.openWorkload,
      skills: { tools: m.skills.tools, languages: m.skills.languages, note: m.skills.note },
    })),
  }));

type _AssessmentFileFits = Assert<z.infer<typeof ZAssessmentFile> extends AssessmentView ? true : false>;
type _ProfileFileFits = Assert<
  z.infer<typeof ZProfileFile> extends { profile: TeamProfile | null; members: RecommendMember[] } ? true : false
>;
