"use client";

import { Plus } from "lucide-react";
import { OnRoadmapLink } from "@/components/roadmap/on-roadmap-link";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { AssessmentResult, Dimension, NextPractice } from "@/lib/assessment/types";
import { getComponent } from "@/lib/pipeline/components";
import type { TChoice } from "@/lib/validation/choices";
import { useChoices, useChoose } from "./use-choices";

type Props = {
  projectId: string;
  result: AssessmentResult;
  dimensions: Dimension[];
  choices: TChoice[];
  canChoose: boolean;
};

/** The weakest dimensions, each with the next practices the answers call for, and "Add to roadmap". */
export function NextPractices({ projectId, result, dimensions, choices, canChoose }: Props) {
  const { data: chosen } = useChoices(projectId, choices);
  const chosenIds = new Map(chosen.map((c) => [c.key, c.id]));
  const labels = new Map(dimensions.map((d) => [d.id, d.label]));
  if (result.weakest.length === 0) return null;
  return (
    <section aria-labelledby="next-title" className="grid gap-4">
      <h2 id="next-title" className="text-lg font-semibold">
        Weakest dimensions and next practices
      </h2>
      {result.weakest.map((w) => (
        <div key={w.dimension} className="rounded-xl border p-4">
          <h3 className="font-medium">
            {labels.get(w.dimension) ?? w.dimension}{" "}
            <span className="text-muted-foreground">— level {w.level} of 4</span>
          </h3>
          <ul className="mt-3 grid gap-3">
            {w.practices.map((p) => (
              <PracticeItem
                key={p.id}
                projectId={projectId}
                practice={p}
                chosenId={chosenIds.get(p.id)}
                canChoose={canChoose}
              />
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function PracticeItem({
  projectId,
  practice,
  chosenId,
  canChoose,
}: {
  projectId: string;
  practice: NextPractice;
  /** The roadmap item made from this practice, when there is one. */
  chosenId: string | undefined;
  canChoose: boolean;
}) {
  const choose = useChoose(projectId);
  return (
    <li className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
      <div className="min-w-0">
        <p className="font-medium">{practice.title}</p>
        <p className="text-sm text-muted-foreground">{practice.detail}</p>
        <div className="mt-1.5 flex flex-wrap gap-1">
          {practice.components.map((c) => (
            <Badge key={c} variant="outline">
              {getComponent(c).label}
            </Badge>
          ))}
        </div>
        {choose.error && (
          <p role="alert" className="mt-1 text-sm text-destructive">
            {choose.error.message}
          </p>
        )}
      </div>
      {chosenId ? (
        <span className="shrink-0">
          <OnRoadmapLink projectId={projectId} itemId={chosenId} title={practice.title} />
        </span>
      ) : (
        canChoose && (
          <Button
            size="sm"
            variant="outline"
            className="shrink-0"
            disabled={choose.isPending}
            aria-label={`Add to roadmap: ${practice.title}`}
            onClick={() =>
              choose.mutate({
                source: "assessment",
                key: practice.id,
                title: practice.title,
                componentId: practice.components[0] ?? null,
                detail: practice.detail,
              })
            }
          >
            <Plus aria-hidden="true" /> Add to roadmap
          </Button>
        )
      )}
    </li>
  );
}
