import { describe, expect, it } from "vitest";
import type { Gap, OwnerSuggestion, ToolPick } from "@/lib/recommend/types";
import { indexOwnerSuggestions, ownerSuggestionsFor } from "./owner-suggestions";

const owner = (
  membershipId: string,
  name: string,
  knows: string,
  via: "tool" | "family" = "tool",
): OwnerSuggestion => ({
  membershipId,
  name,
  familiarity: "expert",
  via,
  knows,
  openWorkload: 1,
});
const tool = (slug: string, owners: OwnerSuggestion[]) => ({ slug, owners }) as unknown as ToolPick;
const gaps = [
  {
    component: "experiment_tracking",
    tools: [
      tool("mlflow", [owner("m1", "Ada", "mlflow")]),
      tool("wandb", [owner("m2", "Grace", "mlflow", "family"), owner("m1", "Ada", "mlflow")]),
    ],
  },
] as Pick<Gap, "component" | "tools">[];
const nameOf = (slug: string) => ({ mlflow: "MLflow", wandb: "Weights & Biases" })[slug] ?? slug;

describe("owner suggestions", () => {
  const index = indexOwnerSuggestions(gaps, nameOf);

  it("suggests the people who know the item's tool, with a readable reason", () => {
    expect(ownerSuggestionsFor(index, "experiment_tracking", "mlflow")).toEqual([
      { id: "m1", name: "Ada", reason: "knows MLflow (expert), 1 open item" },
    ]);
  });

  it("without a tool (or nobody for it), anyone for the component, each once", () => {
    expect(ownerSuggestionsFor(index, "experiment_tracking", null).map((o) => o.id)).toEqual(["m1", "m2"]);
    expect(ownerSuggestionsFor(index, "experiment_tracking", "neptune").map((o) => o.id)).toEqual(["m1", "m2"]);
    expect(ownerSuggestionsFor(index, "experiment_tracking", "wandb")[0]?.reason).toBe(
      "knows MLflow, a similar tool (expert), 1 open item",
    );
  });

  it("nothing for an item without a component or a component with no gap", () => {
    expect(ownerSuggestionsFor(index, null, "mlflow")).toEqual([]);
    expect(ownerSuggestionsFor(index, "hosting", null)).toEqual([]);
  });
});
