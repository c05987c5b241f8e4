import { DIMENSION_IDS, type AssessmentComparison, type AssessmentResult } from "./types";

// The change from one stored result to the next, for the delta and the trend chart. The two
// may come from different bank versions, so dimensions are matched by id (never by position),
// and a dimension only one of them has shows null on the other side.

export function compareResults(previous: AssessmentResult, current: AssessmentResult): AssessmentComparison {
  const before = new Map(previous.dimensions.map((d) => [d.id, d]));
  const after = new Map(current.dimensions.map((d) => [d.id, d]));
  const dimensions = DIMENSION_IDS.filter((id) => before.has(id) || after.has(id)).map((id) => {
    const from = before.get(id)?.level ?? null;
    const to = after.get(id)?.level ?? null;
    return {
      id,
      label: after.get(id)?.label ?? before.get(id)?.label ?? id,
      from,
      to,
      change: from === null || to === null ? null : to - from,
    };
  });
  return {
    google: {
      from: previous.google.level,
      to: current.google.level,
      change: current.google.level - previous.google.level,
    },
    dimensions,
    confidence: { from: previous.confidence, to: current.confidence, change: current.confidence - previous.confidence },
    bankChanged: previous.bankVersion !== current.bankVersion,
  };
}
