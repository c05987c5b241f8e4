import type { Automation } from "@/lib/pipeline/types";

// Marking an item done can mark its linked pipeline steps automated — asked, never silent.
// The question is only worth asking for linked steps still in the diagram and not yet automated.

export function nodesToAutomate(
  nodeIds: readonly string[],
  nodes: readonly { id: string; automation: Automation }[],
): string[] {
  const automation = new Map(nodes.map((n) => [n.id, n.automation]));
  return nodeIds.filter((id) => {
    const current = automation.get(id);
    return current !== undefined && current !== "AUTOMATED";
  });
}

export function automateQuestion(count: number): string {
  return count === 1 ? "Mark the linked step automated?" : `Mark the ${count} linked steps automated?`;
}
