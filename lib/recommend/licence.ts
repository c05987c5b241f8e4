import type { TCatalogTool } from "../catalog/schema";
import type { ToolPreference } from "../teams/profile";
import type { ToolLicence } from "./types";

// The licence part of a tool's score and the flag the card shows. A source-available licence
// (BSL, SSPL, FSL, RSAL, ELv2…) is always said so, with the open alternative when the catalog
// names one; the team's preference then decides the points.

const OPEN_SOURCE_POINTS = 10;
const SOURCE_AVAILABLE_PENALTY = 15;
const CLOSED_PENALTY = 10;
const MANAGED_POINTS = 10;
const SELF_RUN_PENALTY = 5;

/** Short names people know source-available licences by, found in the catalog's licence name. */
const SHORT_NAMES: [RegExp, string][] = [
  [/\bBU?SL|Business Source/, "BSL"],
  [/\bSSPL|Server Side Public/, "SSPL"],
  [/\bFSL|Functional Source/, "FSL"],
  [/\bRSAL|Redis Source Available/, "RSAL"],
  [/\bELv2|Elastic License/, "ELv2"],
];

export function toolLicence(tool: TCatalogTool, catalog: readonly TCatalogTool[]): ToolLicence {
  const alternative = tool.licence.openAlternative;
  const named = alternative === null ? undefined : catalog.find((t) => t.slug === alternative);
  return {
    kind: tool.licence.kind,
    name: tool.licence.name,
    flagged: tool.licence.kind === "source_available",
    openAlternative: alternative === null ? null : { slug: alternative, name: named?.name ?? alternative },
  };
}

export function shortLicenceName(name: string): string {
  const names = SHORT_NAMES.filter(([re]) => re.test(name)).map(([, short]) => short);
  return names.length > 0 ? names.join("/") : name;
}

export function licenceReason(
  tool: TCatalogTool,
  licence: ToolLicence,
  preference: ToolPreference | undefined,
): { points: number; reason: string } {
  const prefersOpen = preference === "open_source";
  if (licence.flagged) {
    const what = `${shortLicenceName(licence.name)} licence (source available)`;
    const reason = licence.openAlternative
      ? `${what}: ${licence.openAlternative.name} is the open alternative.`
      : `${what}; no open alternative is widely used.`;
    return { points: prefersOpen ? -SOURCE_AVAILABLE_PENALTY : 0, reason };
  }
  if (prefersOpen) {
    if (licence.kind === "open_source")
      return { points: OPEN_SOURCE_POINTS, reason: `Open source (${licence.name}), as your team prefers.` };
    return {
      points: -CLOSED_PENALTY,
      reason:
        licence.kind === "service"
          ? "A hosted service, not open source; your team prefers open source."
          : `Proprietary (${licence.name}); your team prefers open source.`,
    };
  }
  if (preference === "managed") {
    if (tool.hosting.some((h) => h !== "self_hosted"))
      return { points: MANAGED_POINTS, reason: "Offered managed: nobody on your team runs its servers." };
    return { points: -SELF_RUN_PENALTY, reason: "You run it yourself; your team prefers managed services." };
  }
  return {
    points: 0,
    reason: licence.kind === "open_source" ? `Open source (${licence.name}).` : `${licence.name} licence.`,
  };
}
