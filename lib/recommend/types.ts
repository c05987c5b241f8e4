import type { AssessmentResult, DimensionId, GoogleLevel, MsLevel } from "../assessment/types";
import type { Hosting, LicenceKind, TCatalogTool } from "../catalog/schema";
import type { ComponentId } from "../pipeline/components";
import type { Phase, PipelineDiagram, Stage } from "../pipeline/types";
import type { Familiarity, MemberSkills, TeamProfile } from "../teams/profile";

// What the recommender takes and gives. Pure data: the server loader, the CLI and the tests
// build a RecommendInput, `recommend()` (./recommend.ts) answers Recommendations. On the wire
// it is lib/validation/recommendations.ts, checked there to be these types.

/**
 * The part of an assessment the engine reads. lib/assessment's AssessmentResult is assignable
 * to it, so callers pass the result as it is; the CLI needs only these fields in a file.
 */
export type AssessmentView = {
  google: { level: GoogleLevel };
  dimensions: readonly { id: DimensionId; label?: string; level: MsLevel; confidence: number }[];
};
type Assert<T extends true> = T;
export type _ResultIsAView = Assert<AssessmentResult extends AssessmentView ? true : false>;

export type RecommendMember = {
  membershipId: string;
  name: string;
  skills: MemberSkills;
  /** Open roadmap items (or issues) assigned to this member: fewer → suggested first. */
  openWorkload: number;
};

export type RecommendInput = {
  diagram: PipelineDiagram | null;
  assessment: AssessmentView | null;
  profile: TeamProfile | null;
  members: readonly RecommendMember[];
  catalog: readonly TCatalogTool[];
};

/** missing: no node provides it; manual / partial: only MANUAL or PARTIAL nodes do. */
export const GAP_STATUSES = ["missing", "manual", "partial"] as const;
export type GapStatus = (typeof GAP_STATUSES)[number];

/** The named parts of a gap's score, in display order. */
export const GAP_PART_IDS = ["stage", "status", "unblocks", "assessment", "bottleneck", "priority"] as const;
export type GapPartId = (typeof GAP_PART_IDS)[number];

/** The named parts of a tool's score for one gap, in display order. */
export const TOOL_PART_IDS = [
  "aptness",
  "familiarity",
  "language",
  "cloud",
  "complexity",
  "licence",
  "prerequisites",
] as const;
export type ToolPartId = (typeof TOOL_PART_IDS)[number];

export type ScorePart<Id extends string = string> = {
  id: Id;
  /** Short name of the part, e.g. "Stage", "Team familiarity". */
  label: string;
  /** Signed whole points; the score is their sum. */
  points: number;
  /** One short sentence on why these points, e.g. "Python SDK, matches your stack". */
  reason: string;
};
export type GapScorePart = ScorePart<GapPartId>;
export type ToolScorePart = ScorePart<ToolPartId>;

/** A member who could own the work: knows the tool itself, or another tool of its family. */
export type OwnerSuggestion = {
  membershipId: string;
  name: string;
  familiarity: Familiarity;
  via: "tool" | "family";
  /** The catalog slug they know (the tool itself when via is "tool"). */
  knows: string;
  openWorkload: number;
};

export type ToolLicence = {
  kind: LicenceKind;
  /** e.g. "Apache-2.0", "BUSL-1.1". */
  name: string;
  /** Source-available (BSL, SSPL, FSL, RSAL, ELv2…): shown with a badge. */
  flagged: boolean;
  openAlternative: { slug: string; name: string } | null;
};

export type ToolPick = {
  slug: string;
  name: string;
  score: number;
  parts: ToolScorePart[];
  /** The written reasons worth showing on the card, most telling first (the parts' non-neutral reasons). */
  reasons: string[];
  licence: ToolLicence;
  hosting: Hosting[];
  complexity: number;
  /** For the "open source only" filter: an OSI licence. */
  openSource: boolean;
  /** For the "managed only" filter: offered as a SaaS or natively by a cloud. */
  managed: boolean;
  /** The team's best familiarity with the tool: from a member who knows it, or one of its family. */
  teamFamiliarity: Familiarity | "family" | null;
  /** Who could own it: via the tool before via its family, experts first, least loaded first. */
  owners: OwnerSuggestion[];
  /** The tool's prerequisites the pipeline does not have yet. */
  needs: ComponentId[];
};

export type Gap = {
  component: ComponentId;
  label: string;
  phase: Phase;
  /** The component's usual stage (COMPONENTS), the main part of the score. */
  stage: Stage;
  status: GapStatus;
  /** 1-based position in `gaps`. */
  rank: number;
  score: { total: number; parts: GapScorePart[] };
  /** One sentence: why it ranks here. */
  reason: string;
  /** Missing prerequisite components; the gap is ranked after each of them. */
  blockedBy: ComponentId[];
  /** Nodes that provide the component (manual/partial) or whose work it would take over (missing); sorted. */
  nodeIds: string[];
  /** Every catalog tool serving the component, best first (the UI shows the top three). */
  tools: ToolPick[];
  /** The assessment dimension the component belongs to. */
  dimension: DimensionId;
};

export type Recommendations = {
  gaps: Gap[];
  context: {
    /** A diagram with at least one node. */
    hasPipeline: boolean;
    hasAssessment: boolean;
    hasProfile: boolean;
    /** The team's Google Cloud level the complexity part is weighed against, and where it came from. */
    teamLevel: GoogleLevel;
    teamLevelSource: "assessment" | "pipeline";
  };
};
