import type { Automation, Phase, Priority, Stage } from "@/lib/pipeline/types";

export const PHASE_LABELS: Record<Phase, { title: string; subtitle: string }> = {
  ML: { title: "ML", subtitle: "Experiments" },
  DEV: { title: "DEV", subtitle: "API, tests, containers" },
  PROD: { title: "PROD", subtitle: "Hosting, monitoring" },
};

export const STAGE_LABELS: Record<Stage, string> = { EXPERIMENTAL: "Experimental", MVP: "MVP", PRODUCTIONIZATION: "Productionization" };

export const AUTOMATION_LABELS: Record<Automation, string> = { MANUAL: "Manual", PARTIAL: "Partly automated", AUTOMATED: "Automated" };

export const PRIORITY_LABELS: Record<Priority, string> = { P0: "P0 · now", P1: "P1 · next", P2: "P2 · later", P3: "P3 · someday" };
