import type { GoogleLevel } from "../assessment/types";
import type { Hosting, TCatalogTool } from "../catalog/schema";
import type { ComponentId } from "../pipeline/components";
import { CLOUD_LABELS, LANGUAGE_LABELS, type CloudId, type TeamProfile } from "../teams/profile";
import { componentName } from "./gap-score";
import { licenceReason, toolLicence } from "./licence";
import type { TeamFacts } from "./team-facts";
import type { ToolPick, ToolScorePart } from "./types";

// One tool's score for one gap, in named parts, each with its written reason. Weights: the
// tool made for the component (30) against one that only touches it (6); the team's own
// knowledge (up to 29) weighs about as much; cloud (±15), language (±10), licence and
// preference (±15), a missing prerequisite (−15 each) and complexity beyond the team's level
// (−6 per step) adjust. Familiarity only ever adds points, so knowing a tool better never
// lowers its rank (a property test checks).

const APTNESS_POINTS = { 1: 6, 2: 18, 3: 30 } as const;
const FAMILIARITY_POINTS = { expert: 25, some: 15, family: 8 } as const;
/** Each further member who knows the tool adds a little, up to 4. */
const PER_EXTRA_KNOWER = 2;
const MAX_EXTRA_KNOWERS = 4;
const LANGUAGE_POINTS = 10;
const CLOUD_POINTS = 15;
const PREREQUISITE_PENALTY = 15;
/** The most complex tool (1–5) a team at each Google level takes on comfortably. */
const COMFORTABLE_COMPLEXITY: Record<GoogleLevel, number> = { 0: 2, 1: 3, 2: 5 };
const PER_COMPLEXITY_STEP = 6;
const FITS_LEVEL_POINTS = 5;

const CLOUD_HOSTINGS = ["gcp", "aws", "azure"] as const satisfies readonly (Hosting & CloudId)[];

export type ToolContext = {
  component: ComponentId;
  knowledge: TeamFacts;
  profile: TeamProfile | null;
  level: GoogleLevel;
  missing: ReadonlySet<ComponentId>;
  catalog: readonly TCatalogTool[];
};

export function scoreTool(tool: TCatalogTool, ctx: ToolContext): ToolPick {
  const known = ctx.knowledge.knowledgeOf(tool);
  const licence = toolLicence(tool, ctx.catalog);
  const needs = tool.prerequisites.filter((id) => id !== ctx.component && ctx.missing.has(id));
  const parts: ToolScorePart[] = [
    aptnessPart(tool, ctx.component),
    familiarityPart(tool, known, ctx.catalog),
    languagePart(tool, ctx),
    cloudPart(tool, ctx.profile),
    complexityPart(tool, ctx.level),
    { id: "licence", label: "Licence and preference", ...licenceReason(tool, licence, ctx.profile?.preference) },
    {
      id: "prerequisites",
      label: "Prerequisites",
      points: needs.length === 0 ? 0 : -PREREQUISITE_PENALTY * needs.length,
      reason:
        needs.length === 0 ? "Nothing it needs is missing." : `Needs ${needs.map(componentName).join(" and ")} first.`,
    },
  ];
  return {
    slug: tool.slug,
    name: tool.name,
    score: parts.reduce((sum, p) => sum + p.points, 0),
    parts,
    reasons: reasonsOf(parts, licence.flagged),
    licence,
    hosting: [...tool.hosting],
    complexity: tool.complexity,
    openSource: licence.kind === "open_source",
    managed: tool.hosting.some((h) => h !== "self_hosted"),
    teamFamiliarity: known.best,
    owners: known.owners,
    needs,
  };
}

/** The reasons worth a card: what the team knows first, then the weightiest; a licence flag always. */
function reasonsOf(parts: ToolScorePart[], flagged: boolean): string[] {
  const shown = parts.filter((p) => p.points !== 0 || (flagged && p.id === "licence"));
  const weight = (p: ToolScorePart) => (p.id === "familiarity" ? Infinity : Math.abs(p.points));
  return shown
    .map((p, i) => ({ p, i }))
    .sort((a, b) => weight(b.p) - weight(a.p) || a.i - b.i)
    .map(({ p }) => p.reason);
}

function aptnessPart(tool: TCatalogTool, component: ComponentId): ToolScorePart {
  const aptness = (tool.aptness[tool.components.indexOf(component)] ?? 1) as 1 | 2 | 3;
  const name = componentName(component);
  const reason =
    aptness === 3
      ? `Made for ${name}.`
      : aptness === 2
        ? `Good at ${name}, among other things.`
        : `Covers ${name} only in part.`;
  return { id: "aptness", label: "Aptness", points: APTNESS_POINTS[aptness], reason };
}

function familiarityPart(
  tool: TCatalogTool,
  known: ReturnType<TeamFacts["knowledgeOf"]>,
  catalog: readonly TCatalogTool[],
): ToolScorePart {
  const label = "Team familiarity";
  if (known.best === null)
    return { id: "familiarity", label, points: 0, reason: "Nobody on the team has used it yet." };
  const names = (via: "tool" | "family") =>
    known.owners
      .filter((o) => o.via === via)
      .slice(0, 3)
      .map((o) => `${o.name}, ${o.familiarity}`)
      .join("; ");
  if (known.best === "family") {
    const slug = known.owners[0]?.knows ?? "";
    const knows = catalog.find((t) => t.slug === slug)?.name ?? slug;
    return {
      id: "familiarity",
      label,
      points: FAMILIARITY_POINTS.family,
      reason: `Your team knows ${knows}, of the same family (${names("family")}).`,
    };
  }
  const extra = Math.min(MAX_EXTRA_KNOWERS, PER_EXTRA_KNOWER * (known.direct - 1));
  return {
    id: "familiarity",
    label,
    points: FAMILIARITY_POINTS[known.best] + extra,
    reason: `Your team already uses ${tool.name} (${names("tool")}).`,
  };
}

function languagePart(tool: TCatalogTool, ctx: ToolContext): ToolScorePart {
  const label = "Language fit";
  const team = ctx.knowledge.languages;
  if (tool.languages.length === 0)
    return { id: "language", label, points: 0, reason: "Used from any language: no SDK to match." };
  if (team.size === 0) return { id: "language", label, points: 0, reason: "No languages named for the team yet." };
  const shared = tool.languages.filter((l) => team.has(l)).map((l) => LANGUAGE_LABELS[l]);
  if (shared.length > 0)
    return {
      id: "language",
      label,
      points: LANGUAGE_POINTS,
      reason: `${listed(shared)} ${shared.length === 1 ? "SDK, matches" : "SDKs, match"} your stack.`,
    };
  const offered = tool.languages.map((l) => LANGUAGE_LABELS[l]);
  return {
    id: "language",
    label,
    points: -LANGUAGE_POINTS,
    reason: `No SDK in your languages; it offers ${listed(offered)}.`,
  };
}

function cloudPart(tool: TCatalogTool, profile: TeamProfile | null): ToolScorePart {
  const label = "Cloud fit";
  const clouds = profile?.clouds ?? [];
  const native = CLOUD_HOSTINGS.filter((c) => tool.hosting.includes(c));
  const ours = native.filter((c) => clouds.includes(c));
  const teamClouds = CLOUD_HOSTINGS.filter((c) => clouds.includes(c));
  const cloudOnly = native.length === tool.hosting.length;
  if (ours.length > 0)
    return {
      id: "cloud",
      label,
      points: CLOUD_POINTS,
      reason: `Managed on ${listed(ours.map((c) => CLOUD_LABELS[c]))}, your cloud.`,
    };
  const where = listed(native.map((c) => CLOUD_LABELS[c]));
  if (cloudOnly && teamClouds.length > 0)
    return {
      id: "cloud",
      label,
      points: -CLOUD_POINTS,
      reason: `Runs only on ${where}; your team is on ${listed(teamClouds.map((c) => CLOUD_LABELS[c]))}.`,
    };
  if (clouds.includes("on_premises")) {
    if (tool.hosting.includes("self_hosted"))
      return { id: "cloud", label, points: 5, reason: "Self-hosted: runs on your own machines." };
    return { id: "cloud", label, points: -CLOUD_POINTS, reason: "Not self-hostable: it cannot run on your premises." };
  }
  if (clouds.length === 0 || clouds.includes("none"))
    return { id: "cloud", label, points: 0, reason: "No cloud named for the team yet." };
  return {
    id: "cloud",
    label,
    points: 0,
    reason: native.length > 0 ? `Also native to ${where}.` : "Runs on any cloud.",
  };
}

function complexityPart(tool: TCatalogTool, level: GoogleLevel): ToolScorePart {
  const label = "Complexity";
  const over = Math.max(0, tool.complexity - COMFORTABLE_COMPLEXITY[level]);
  const fits = tool.maturityLevels.includes(level);
  const points = (fits ? FITS_LEVEL_POINTS : 0) - PER_COMPLEXITY_STEP * over;
  const c = `Complexity ${tool.complexity} of 5`;
  const reason =
    over > 0
      ? `${c}: heavy for a team at maturity level ${level}.`
      : fits
        ? `${c}: fits a team at maturity level ${level}.`
        : `${c}: made for teams at maturity level ${tool.maturityLevels.join(" or ")}.`;
  return { id: "complexity", label, points, reason };
}

function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
