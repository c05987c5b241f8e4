import type { PipelineNode } from "../pipeline/types";
import { automated, type DiagramFacts } from "./diagram-facts";

// What a diagram implies about the answers, one rule per (question, option). A rule speaks
// only from what is drawn: the absence of a node is never read as the absence of a practice
// (diagrams are drawn partly), except that training drawn only as hand-run notebook steps,
// with no orchestrator anywhere, is the "notebook run by hand" answer. A component drawn as
// MANUAL or PARTIAL shows the tool is there, not that it runs by itself, so rules about
// automation ask for AUTOMATED. Where a question has several matching rules the highest
// option wins (suggest.ts).

export type Match = { nodes: PipelineNode[]; reason: string };
export type SuggestionRule = { questionId: string; optionId: string; match: (facts: DiagramFacts) => Match | null };

const names = (nodes: readonly PipelineNode[]) => nodes.map((n) => `'${n.title}'`).join(", ");

/** A rule that matches when some node provides the component (and passes the filter). */
function present(
  questionId: string,
  optionId: string,
  component: Parameters<DiagramFacts["providing"]>[0],
  says: string,
  filter?: (node: PipelineNode) => boolean,
): SuggestionRule {
  return {
    questionId,
    optionId,
    match: (facts) => {
      const nodes = facts.providing(component, filter);
      return nodes.length > 0 ? { nodes, reason: `Your pipeline has ${says}: ${names(nodes)}` } : null;
    },
  };
}

/** Nodes of `a` that are linked to some node of `b`, with those nodes. */
function linkedPairs(facts: DiagramFacts, a: PipelineNode[], b: PipelineNode[], directed = false) {
  const pairs = a.flatMap((x) => b.filter((y) => facts.linked(x, y, directed)).map((y) => [x, y] as const));
  const nodes = [...new Set(pairs.flat())];
  return { pairs, nodes };
}

const componentNode = (node: PipelineNode) => node.kind === "component";
const notStep = (node: PipelineNode) => node.kind !== "step" || automated(node);

export const SUGGESTION_RULES: readonly SuggestionRule[] = [
  present("code.ci", "app_ci", "ci_cd", "an automated CI/CD component", automated),
  {
    questionId: "code.ci",
    optionId: "pipeline_cicd",
    match: (facts) => {
      const ci = facts.providing("ci_cd", automated);
      const { pairs, nodes } = linkedPairs(facts, ci, facts.providing("pipeline_orchestration", automated));
      const [first] = pairs;
      return first
        ? {
            nodes,
            reason: `Your pipeline's automated CI/CD component '${first[0].title}' is connected to the training pipeline '${first[1].title}'`,
          }
        : null;
    },
  },
  present("release.registry", "registry", "model_registry", "a model registry"),
  present("train.orchestration", "orchestrated", "pipeline_orchestration", "an automated training pipeline", automated),
  {
    questionId: "train.orchestration",
    optionId: "notebook",
    match: (facts) => {
      const training = facts.nodes.filter((n) => n.kind === "step" && n.category === "model_training");
      const byHand = (n: PipelineNode) => n.automation === "MANUAL" && n.sourceCells !== null;
      if (training.length === 0 || !training.every(byHand)) return null;
      if (facts.providing("pipeline_orchestration").length > 0) return null;
      return {
        nodes: training,
        reason: `Training appears only in notebook steps run by hand (${names(training)}), and no training pipeline is drawn`,
      };
    },
  },
  present("exp.tracking", "tracker", "experiment_tracking", "experiment tracking", notStep),
  present("data.validation", "script", "data_validation", "a data validation component", componentNode),
  present("data.validation", "pipeline", "data_validation", "automated data validation", automated),
  present("data.versioning", "versioned", "data_versioning", "dataset versioning"),
  present("data.features", "store", "feature_store", "a feature store"),
  present("data.sources", "scheduled", "data_processing", "automated data processing", automated),
  present("serve.api", "api", "model_api", "a model serving API"),
  present("serve.packaging", "container", "containerization", "containerised services"),
  {
    questionId: "serve.packaging",
    optionId: "as_code",
    match: (facts) => {
      const nodes = [...facts.providing("containerization"), ...facts.providing("infrastructure_as_code")];
      const both =
        facts.providing("containerization").length > 0 && facts.providing("infrastructure_as_code").length > 0;
      return both
        ? { nodes, reason: `Your pipeline has containers and infrastructure as code: ${names(nodes)}` }
        : null;
    },
  },
  present("serve.scaling", "autoscale", "autoscaling", "auto-scaling"),
  {
    questionId: "serve.scaling",
    optionId: "autoscale_cached",
    match: (facts) => {
      const scaling = facts.providing("autoscaling");
      const caching = facts.providing("caching");
      if (scaling.length === 0 || caching.length === 0) return null;
      const nodes = [...scaling, ...caching];
      return { nodes, reason: `Your pipeline has auto-scaling and a cache: ${names(nodes)}` };
    },
  },
  present("serve.performance", "before_releases", "load_testing", "load tests"),
  present("mon.service", "dashboards", "monitoring", "service monitoring", notStep),
  present("mon.model", "drift", "model_monitoring", "automated model monitoring", automated),
  {
    questionId: "train.triggers",
    optionId: "production_signals",
    match: (facts) => {
      const monitors = facts.providing("model_monitoring", automated);
      const { pairs, nodes } = linkedPairs(facts, monitors, facts.providing("pipeline_orchestration", automated), true);
      const [first] = pairs;
      return first
        ? {
            nodes,
            reason: `Your automated model monitoring '${first[0].title}' feeds the training pipeline '${first[1].title}'`,
          }
        : null;
    },
  },
];
