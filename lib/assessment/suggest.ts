import type { PipelineDiagram } from "../pipeline/types";
import { diagramFacts } from "./diagram-facts";
import { SUGGESTION_RULES } from "./suggestion-rules";
import type { QuestionBank, Suggestions } from "./types";

// Answers the project's diagram implies, proposed as "suggested from your pipeline" for the
// user to confirm or change. Rules (./suggestion-rules.ts) name question and option ids; a
// rule whose question or option the bank lacks is skipped, so one rule set serves every bank
// version. Several matches for one question: the highest option wins (the rules only claim
// what is drawn, so the strongest claim is still one the diagram supports).

export function suggestAnswers(bank: QuestionBank, diagram: PipelineDiagram): Suggestions {
  const facts = diagramFacts(diagram);
  const best = new Map<string, { index: number; optionId: string; reason: string; nodeIds: string[] }>();
  for (const rule of SUGGESTION_RULES) {
    const question = bank.questions.find((q) => q.id === rule.questionId);
    const index = question?.options.findIndex((o) => o.id === rule.optionId) ?? -1;
    if (index < 0) continue;
    const current = best.get(rule.questionId);
    if (current && current.index >= index) continue;
    const match = rule.match(facts);
    if (match)
      best.set(rule.questionId, {
        index,
        optionId: rule.optionId,
        reason: match.reason,
        nodeIds: match.nodes.map((n) => n.id),
      });
  }
  const suggestions: Suggestions = {};
  // In bank order, so the result reads like the questionnaire.
  for (const q of bank.questions) {
    const s = best.get(q.id);
    if (s) suggestions[q.id] = { optionId: s.optionId, reason: s.reason, nodeIds: s.nodeIds };
  }
  return suggestions;
}
