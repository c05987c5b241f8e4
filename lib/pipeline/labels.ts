import { getStepCategory, isStepCategory } from "../notebook/taxonomy";
import { getComponent, isComponentId } from "./components";
import type { Automation, NodeKind, Phase, Priority, Stage } from "./types";

// What the app calls the pipeline's terms on screen: the canvas and the notebook import
// both show them, so they live with the terms rather than with either screen.

export const PHASE_LABELS: Record<Phase, { title: string; subtitle: string }> = {
  ML: { title: "ML", subtitle: "Experiments" },
  DEV: { title: "DEV", subtitle: "API, tests, containers" },
  PROD: { title: "PROD", subtitle: "Hosting, monitoring" },
};

export const STAGE_LABELS: Record<Stage, string> = {
  EXPERIMENTAL: "Experimental",
  MVP: "MVP",
  PRODUCTIONIZATION: "Productionization",
};

export const AUTOMATION_LABELS: Record<Automation, string> = {
  MANUAL: "Manual",
  PARTIAL: "Partly automated",
  AUTOMATED: "Automated",
};

export const PRIORITY_LABELS: Record<Priority, string> = {
  P0: "P0 · now",
  P1: "P1 · next",
  P2: "P2 · later",
  P3: "P3 · someday",
};

export const DATA_LABEL = "Data set / artifact";
export const EXTERNAL_LABEL = "External system";

/** A human name for a node's category; unknown ids (e.g. from a newer app version) show as they are. */
export function nodeCategoryLabel(kind: NodeKind, category: string | null): string {
  if (kind === "component" && isComponentId(category)) return getComponent(category).label;
  if (kind === "step" && isStepCategory(category)) return getStepCategory(category).label;
  if (kind === "data") return DATA_LABEL;
  if (kind === "external") return EXTERNAL_LABEL;
  return category ?? kind;
}
