import type { MsLevel } from "./types";

// The level of one dimension, from the levels of its answered questions (options only:
// "not sure" and unanswered questions lower the confidence, never the level).
//
// Rule: the lower median of the answered levels, but at most one above the weakest answer.
// Why both: Microsoft's levels are cumulative ("as level 2, plus…"), so a dimension cannot
// honestly sit far above its weakest practice, which a plain median or mean would allow
// ([4, 4, 4, 0] has median 4); yet the strict "lowest answer wins" lets one lagging question
// cancel the rest ([3, 3, 3, 2] would be 2, where the team mostly works at 3). The lower
// median (of an even count, the lower middle value) errs on the cautious side.

export function dimensionLevel(levels: readonly MsLevel[]): MsLevel {
  if (levels.length === 0) return 0;
  const sorted = [...levels].sort((a, b) => a - b);
  const lowerMedian = sorted[Math.floor((sorted.length - 1) / 2)] as MsLevel;
  const weakest = sorted[0] as MsLevel;
  return Math.min(lowerMedian, weakest + 1) as MsLevel;
}
