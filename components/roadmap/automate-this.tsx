"use client";

import { Sparkles } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ApiError } from "@/lib/client/api";
import type { PipelineNode } from "@/lib/pipeline/types";
import { roadmapItemOfNode } from "@/lib/roadmap/automate-node";
import { OnRoadmapLink } from "./on-roadmap-link";
import { useAutomateNode } from "./use-automate-node";

type Props = { projectId: string; node: PipelineNode; canPropose: boolean };

/**
 * "Automate this" under a manual (or partly automated) step in the canvas inspector: puts
 * "Automate <step>" on the roadmap, linked to the step (sourceKey "node:<id>", so a second
 * click answers the same item). Once there, it says so and links to the item.
 */
export function AutomateThis({ projectId, node, canPropose }: Props) {
  const eligible = node.automation !== "AUTOMATED" && (node.kind === "step" || node.kind === "component");
  const { roadmap, automate: add } = useAutomateNode(projectId, eligible);

  if (!eligible) return null;
  // The inspector stays mounted when another step is selected: the answer counts for its own step only.
  const added = add.data?.item.nodeIds.includes(node.id) ? add.data.item : undefined;
  const onRoadmap = added ?? (roadmap.data ? roadmapItemOfNode(roadmap.data.items, node.id) : undefined);

  return (
    <div className="grid gap-1.5 rounded-md border border-dashed p-3" data-testid="automate-this">
      {onRoadmap ? (
        <div className="grid gap-0.5">
          <OnRoadmapLink projectId={projectId} itemId={onRoadmap.id} title={onRoadmap.title} />
          <p className="text-xs break-words text-muted-foreground">{onRoadmap.title}</p>
        </div>
      ) : (
        <>
          <p className="text-xs text-muted-foreground">
            This step is {node.automation === "PARTIAL" ? "partly automated" : "manual"}. Plan the work to automate it.
          </p>
          <Button
            type="button"
            size="sm"
            variant="outline"
            disabled={!canPropose || add.isPending || roadmap.isPending}
            title={canPropose ? undefined : "Viewers cannot add to the roadmap."}
            onClick={() => add.mutate(node)}
          >
            <Sparkles aria-hidden="true" />
            Automate this
          </Button>
          {!canPropose && <p className="text-xs text-muted-foreground">Viewers cannot add to the roadmap.</p>}
        </>
      )}
      {add.error && add.variables?.id === node.id && (
        <p role="alert" className="text-xs text-destructive">
          {messageOf(add.error)}
        </p>
      )}
    </div>
  );
}

function messageOf(error: Error): string {
  // The server checks the step against the saved pipeline: a step drawn a moment ago may not be saved yet.
  if (error instanceof ApiError && error.status === 422 && /node/i.test(error.message))
    return `${error.message} Wait until the pipeline is saved, then try again.`;
  return error.message;
}
