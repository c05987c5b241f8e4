import { resolveAnswer, questionsOf } from "./bank-index";
import type {
  Answers,
  AssessmentResult,
  DimensionId,
  DimensionResult,
  NextPractice,
  Question,
  QuestionBank,
} from "./types";

// Next practices, chosen from the answers (DORA's quick check proposes the same three to
// everyone; this is the opposite). For each of the weakest dimensions, the questions answered
// below their top option, or "not sure", are taken lowest answer first; each offers the
// practices of the next options up (the bank words them on the option they lead to). One
// practice per question per round, so the lowest questions speak first and no one question
// fills the list.

/** How many weakest dimensions to show, and how many practices each. */
export const WEAKEST_COUNT = 3;
export const MAX_PRACTICES = 5;
/** How far above its answer a question may propose steps: two is a plan, four is a wish. */
const LOOKAHEAD = 3;

/**
 * Equal levels: the dimension earlier here is the weaker, the order a team usually builds
 * in (Google's progression): data and reproducibility under the pipeline, the pipeline under
 * automated release, release under monitoring; team practice follows the others' changes.
 */
export const WEAKEST_TIE_ORDER: readonly DimensionId[] = [
  "data_management",
  "experimentation",
  "training_pipeline",
  "model_release",
  "code_quality",
  "serving",
  "monitoring",
  "team_process",
];

/**
 * The WEAKEST_COUNT lowest dimensions that have a next practice, weakest first. A dimension
 * with no question answered with an option (nothing, or only "not sure") is not listed: its
 * level 0 is a gap in the answers, not a finding.
 */
export function weakestDimensions(
  bank: QuestionBank,
  answers: Answers,
  dimensions: readonly DimensionResult[],
): AssessmentResult["weakest"] {
  const rank = (id: DimensionId) => WEAKEST_TIE_ORDER.indexOf(id);
  return [...dimensions]
    .filter((d) => d.answered > 0)
    .sort((a, b) => a.level - b.level || rank(a.id) - rank(b.id))
    .map((d) => ({ dimension: d.id, level: d.level, practices: nextPractices(bank, answers, d) }))
    .filter((w) => w.practices.length > 0)
    .slice(0, WEAKEST_COUNT);
}

type Candidate = { question: Question; sortLevel: number; order: number; practices: NextPractice[] };

/** Up to MAX_PRACTICES next practices for one dimension, from its answers. */
export function nextPractices(bank: QuestionBank, answers: Answers, dimension: DimensionResult): NextPractice[] {
  const candidates: Candidate[] = [];
  questionsOf(bank, dimension.id).forEach((question, order) => {
    const a = resolveAnswer(question, answers);
    if (a.kind === "unanswered") return;
    // "Not sure": assume the question stands where its dimension does, and say so.
    const from = a.kind === "option" ? a.index : baselineIndex(question, dimension.level);
    const sortLevel = a.kind === "option" ? a.option.level : dimension.level + 0.5;
    const practices = question.options
      .slice(from + 1, from + 1 + LOOKAHEAD)
      .flatMap((o) => (o.practice ? [toPractice(question, o.id, o.practice, a.kind === "not_sure")] : []));
    if (practices.length > 0) candidates.push({ question, sortLevel, order, practices });
  });
  candidates.sort((a, b) => a.sortLevel - b.sortLevel || a.order - b.order);

  const chosen: NextPractice[] = [];
  for (let round = 0; chosen.length < MAX_PRACTICES && round < LOOKAHEAD; round++)
    for (const c of candidates) {
      const p = c.practices[round];
      if (p && chosen.length < MAX_PRACTICES) chosen.push(p);
    }
  return chosen;
}

/** The highest option at or below the level, or -1 (then every option is ahead). */
function baselineIndex(question: Question, level: number): number {
  let index = -1;
  question.options.forEach((o, i) => {
    if (o.level <= level) index = i;
  });
  return index;
}

function toPractice(
  question: Question,
  optionId: string,
  text: NonNullable<Question["options"][number]["practice"]>,
  notSure: boolean,
): NextPractice {
  return {
    // Stable across bank versions while the option keeps its id: the roadmap keys on it.
    id: `${question.id}:${optionId}`,
    title: text.title,
    detail: notSure ? `You were not sure about “${question.text}” Check that first. ${text.detail}` : text.detail,
    components: [...text.components],
    questionId: question.id,
  };
}
