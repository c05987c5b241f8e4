import type { TCatalogTool } from "../catalog/schema";
import { getComponent, isComponentId, type ComponentId } from "../pipeline/components";
import type { Familiarity, ToolPreference } from "../teams/profile";

// The team's tech radar: the tools it knows, the ones it chose for the roadmap and the ones
// recommended for its gaps, each on one ring of one quadrant, in the shape Thoughtworks'
// build-your-own-radar (BYOR) reads (radar-export.ts writes the CSV and JSON).
//
// Rings, decided in this order (the first that applies wins):
//   Hold   — source-available (BSL, SSPL, FSL…) while the team prefers open source; the open
//            alternative, when there is one, is placed in Assess beside it.
//   Adopt  — a member knows it as an expert: the team can run it today.
//   Trial  — chosen for the roadmap, or known by some members: in use, not yet mastered.
//   Assess — recommended for a top gap and known by nobody.
// A tool the team knows but the recommendations rank low is NOT put on Hold: ranking low for
// this project's gaps says nothing against a tool the team already runs well elsewhere.
//
// Quadrants: "Data" for the data components (processing, versioning, validation, feature
// store), else the component's phase (ML, DEV, PROD). The component is the one the tool was
// chosen or recommended for, else the tool's most apt one.

export const RADAR_RINGS = ["Adopt", "Trial", "Assess", "Hold"] as const;
export type RadarRing = (typeof RADAR_RINGS)[number];
export const RADAR_QUADRANTS = ["ML", "DEV", "PROD", "Data"] as const;
export type RadarQuadrant = (typeof RADAR_QUADRANTS)[number];

/** How many gaps (most important first) put their top tool on the radar. */
export const RADAR_TOP_GAPS = 8;

export type RadarInput = {
  catalog: readonly TCatalogTool[];
  members: readonly { name: string; tools: readonly { slug: string; familiarity: Familiarity }[] }[];
  /** "Chosen for the roadmap" rows; those without a tool (an assessment practice) are skipped. */
  chosen: readonly { toolSlug: string | null; componentId: string | null }[];
  /** Ranked gaps, most important first, each with its tools best first (the engine's Gap fits). */
  gaps: readonly { component: ComponentId; tools: readonly { slug: string }[] }[];
  preference: ToolPreference | null;
};

export type RadarEntry = {
  slug: string;
  name: string;
  ring: RadarRing;
  quadrant: RadarQuadrant;
  /** No member knows it: new to the team (BYOR draws new blips differently). */
  isNew: boolean;
  /** Plain sentences: who knows it, why it is on this ring. */
  description: string;
};

const DATA_COMPONENTS: ReadonlySet<ComponentId> = new Set([
  "data_processing",
  "data_versioning",
  "data_validation",
  "feature_store",
]);

export function quadrantOf(component: ComponentId): RadarQuadrant {
  return DATA_COMPONENTS.has(component) ? "Data" : getComponent(component).phase;
}

type Facts = {
  tool: TCatalogTool;
  component: ComponentId;
  knownBy: { name: string; familiarity: Familiarity }[];
  chosen: boolean;
  recommendedFor: ComponentId | null;
  alternativeTo: TCatalogTool | null;
};

/** The radar's entries, ordered by ring, then quadrant, then name (BYOR orders rings by first appearance). */
export function buildRadar(input: RadarInput): RadarEntry[] {
  const bySlug = new Map(input.catalog.map((t) => [t.slug, t]));
  const facts = new Map<string, Facts>();
  const factsOf = (tool: TCatalogTool, component: ComponentId): Facts => {
    let found = facts.get(tool.slug);
    if (!found) {
      found = { tool, component, knownBy: [], chosen: false, recommendedFor: null, alternativeTo: null };
      facts.set(tool.slug, found);
    }
    return found;
  };

  for (const member of input.members)
    for (const skill of member.tools) {
      const tool = bySlug.get(skill.slug);
      if (tool)
        factsOf(tool, primaryComponent(tool)).knownBy.push({ name: member.name, familiarity: skill.familiarity });
    }
  for (const choice of input.chosen) {
    const tool = choice.toolSlug ? bySlug.get(choice.toolSlug) : undefined;
    if (!tool) continue;
    const component = isComponentId(choice.componentId) ? choice.componentId : primaryComponent(tool);
    const f = factsOf(tool, component);
    f.chosen = true;
    f.component = component;
  }
  for (const { gap, slug } of recommendedPicks(input.gaps)) {
    const tool = bySlug.get(slug);
    if (!tool) continue;
    const f = factsOf(tool, gap);
    f.recommendedFor ??= gap;
    if (!f.chosen && f.knownBy.length === 0) f.component = gap;
  }
  if (input.preference === "open_source") addOpenAlternatives(facts, bySlug);

  const nameOf = (slug: string) => bySlug.get(slug)?.name ?? slug;
  return [...facts.values()].map((f) => entryOf(f, input.preference, nameOf)).sort(compareEntries);
}

/** The top tool of each of the first RADAR_TOP_GAPS gaps, plus that of the first gap in each quadrant still empty. */
function recommendedPicks(gaps: RadarInput["gaps"]): { gap: ComponentId; slug: string }[] {
  const picks: { gap: ComponentId; slug: string }[] = [];
  const covered = new Set<RadarQuadrant>();
  gaps.forEach((gap, index) => {
    const top = gap.tools[0];
    if (!top) return;
    const quadrant = quadrantOf(gap.component);
    if (index < RADAR_TOP_GAPS || !covered.has(quadrant)) {
      picks.push({ gap: gap.component, slug: top.slug });
      covered.add(quadrant);
    }
  });
  return picks;
}

function addOpenAlternatives(facts: Map<string, Facts>, bySlug: Map<string, TCatalogTool>) {
  for (const f of [...facts.values()]) {
    if (f.tool.licence.kind !== "source_available" || !f.tool.licence.openAlternative) continue;
    const alternative = bySlug.get(f.tool.licence.openAlternative);
    if (!alternative) continue;
    const altFacts = facts.get(alternative.slug) ?? {
      tool: alternative,
      component: f.component,
      knownBy: [],
      chosen: false,
      recommendedFor: null,
      alternativeTo: null,
    };
    altFacts.alternativeTo ??= f.tool;
    facts.set(alternative.slug, altFacts);
  }
}

function entryOf(f: Facts, preference: ToolPreference | null, nameOf: (slug: string) => string): RadarEntry {
  const experts = f.knownBy.filter((k) => k.familiarity === "expert");
  const held = preference === "open_source" && f.tool.licence.kind === "source_available";
  const ring: RadarRing = held
    ? "Hold"
    : experts.length > 0
      ? "Adopt"
      : f.chosen || f.knownBy.length > 0
        ? "Trial"
        : "Assess";
  return {
    slug: f.tool.slug,
    name: f.tool.name,
    ring,
    quadrant: quadrantOf(f.component),
    isNew: f.knownBy.length === 0,
    description: describe(f, held, nameOf),
  };
}

function describe(f: Facts, held: boolean, nameOf: (slug: string) => string): string {
  const sentences: string[] = [];
  if (held) {
    const alternative = f.tool.licence.openAlternative;
    sentences.push(
      `${f.tool.licence.name} is source-available, not open source, and the team prefers open source` +
        (alternative ? `: ${nameOf(alternative)} is the open alternative.` : "."),
    );
  }
  if (f.knownBy.length > 0) {
    const names = [...f.knownBy]
      .sort((a, b) => familiarityOrder(a) - familiarityOrder(b) || a.name.localeCompare(b.name))
      .map((k) => `${k.name} (${k.familiarity})`);
    sentences.push(`Known by ${names.join(", ")}.`);
  } else sentences.push("New to the team.");
  if (f.chosen) sentences.push(`Chosen for the roadmap for ${getComponent(f.component).label}.`);
  if (f.recommendedFor) sentences.push(`Recommended for ${getComponent(f.recommendedFor).label}.`);
  if (f.alternativeTo) sentences.push(`Open alternative to ${f.alternativeTo.name}.`);
  return sentences.join(" ");
}

/** The tool's most apt component (the schema requires at least one). */
const primaryComponent = (tool: TCatalogTool): ComponentId => tool.components[0]!;

const familiarityOrder = (k: { familiarity: Familiarity }) => (k.familiarity === "expert" ? 0 : 1);

function compareEntries(a: RadarEntry, b: RadarEntry): number {
  return (
    RADAR_RINGS.indexOf(a.ring) - RADAR_RINGS.indexOf(b.ring) ||
    RADAR_QUADRANTS.indexOf(a.quadrant) - RADAR_QUADRANTS.indexOf(b.quadrant) ||
    a.name.localeCompare(b.name, "en") ||
    a.slug.localeCompare(b.slug, "en")
  );
}
