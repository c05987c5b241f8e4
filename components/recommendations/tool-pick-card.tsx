"use client";

import { ChevronDown, GitCompareArrows, Plus, Undo2 } from "lucide-react";
import { LicenceBadge } from "@/components/catalog/licence-badge";
import { OnRoadmapLink } from "@/components/roadmap/on-roadmap-link";
import { Badge } from "@/components/ui/badge";
import { toolBySlug } from "@/lib/catalog/catalog";
import { Button } from "@/components/ui/button";
import { Collapsible, CollapsibleContent, CollapsibleTrigger } from "@/components/ui/collapsible";
import type { Gap, ToolPick } from "@/lib/recommend/types";
import { OwnerList } from "./owner-list";
import { inlineList } from "./component-name";
import { ScoreBreakdown } from "./score-breakdown";

const FAMILIARITY_LABELS = { expert: "Team expert", some: "Team knows it", family: "Team knows its family" } as const;

export type PickCardProps = {
  gap: Pick<Gap, "component" | "label">;
  pick: ToolPick;
  place: number;
  projectId: string;
  chosen: { id: string } | undefined;
  canChoose: boolean;
  /** can(role, "roadmap.plan"): taking an item off the roadmap is deleting it, the leads'. */
  canRemove: boolean;
  pending: boolean;
  onChoose: () => void;
  onUnchoose: (choiceId: string) => void;
  comparing: boolean;
  compareFull: boolean;
  onToggleCompare: () => void;
  nameOf: (slug: string) => string;
};

/** One recommended tool for a gap: its written reasons, licence, who could own it, and the actions. */
export function ToolPickCard(props: PickCardProps) {
  const { gap, pick, chosen } = props;
  const titleId = `pick-${gap.component}-${pick.slug}`;
  return (
    <article
      aria-labelledby={titleId}
      className="flex min-w-0 flex-col gap-3 rounded-lg border bg-background p-4 data-[chosen=true]:border-emerald-600/60"
      data-chosen={chosen ? "true" : "false"}
    >
      <header className="flex flex-wrap items-center gap-2">
        <span className="text-xs font-medium text-muted-foreground tabular-nums">{props.place}.</span>
        <h4 id={titleId} className="min-w-0 font-semibold break-words">
          {pick.name}
        </h4>
        {pick.teamFamiliarity && <Badge variant="secondary">{FAMILIARITY_LABELS[pick.teamFamiliarity]}</Badge>}
        <PickLicence pick={pick} />
      </header>
      {pick.needs.length > 0 && (
        <p className="text-sm text-amber-800 dark:text-amber-300">Needs {inlineList(pick.needs)} first.</p>
      )}
      <ul className="list-disc space-y-1 pl-5 text-sm" aria-label={`Why ${pick.name}`}>
        {pick.reasons.slice(0, 4).map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
      <OwnerList owners={pick.owners} toolName={pick.name} nameOf={props.nameOf} />
      <Collapsible>
        <CollapsibleTrigger className="group inline-flex items-center gap-1 rounded text-xs font-medium text-muted-foreground hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50 focus-visible:outline-none">
          <ChevronDown
            className="size-3.5 transition-transform group-data-[state=open]:rotate-180"
            aria-hidden="true"
          />
          Score {pick.score}: how {pick.name} scored
        </CollapsibleTrigger>
        <CollapsibleContent className="pt-2">
          <ScoreBreakdown parts={pick.parts} total={pick.score} caption={`How ${pick.name} scored for ${gap.label}`} />
        </CollapsibleContent>
      </Collapsible>
      <footer className="mt-auto flex flex-wrap items-center gap-2">
        <ChoiceButton {...props} />
        <Button
          type="button"
          variant="ghost"
          size="sm"
          aria-pressed={props.comparing}
          disabled={!props.comparing && props.compareFull}
          onClick={props.onToggleCompare}
          title={!props.comparing && props.compareFull ? "Compare up to three tools" : undefined}
          aria-label={`Compare ${pick.name}`}
        >
          <GitCompareArrows aria-hidden="true" />
          {props.comparing ? "In the compare" : "Compare"}
        </Button>
      </footer>
    </article>
  );
}

function ChoiceButton({ pick, projectId, chosen, canChoose, canRemove, pending, onChoose, onUnchoose }: PickCardProps) {
  if (chosen)
    return (
      <span className="inline-flex flex-wrap items-center gap-2">
        <OnRoadmapLink projectId={projectId} itemId={chosen.id} title={pick.name} />
        {canRemove && (
          <Button
            type="button"
            variant="ghost"
            size="sm"
            disabled={pending}
            onClick={() => onUnchoose(chosen.id)}
            aria-label={`Remove ${pick.name} from the roadmap`}
          >
            <Undo2 aria-hidden="true" />
            Remove
          </Button>
        )}
      </span>
    );
  if (!canChoose) return null;
  return (
    <Button
      type="button"
      variant="outline"
      size="sm"
      disabled={pending}
      onClick={onChoose}
      aria-label={`Add to roadmap: ${pick.name}`}
    >
      <Plus aria-hidden="true" />
      Add to roadmap
    </Button>
  );
}

/** The catalog's licence badge; a source-available licence names its open alternative, linked to the catalog. */
function PickLicence({ pick }: { pick: ToolPick }) {
  const licence = toolBySlug(pick.slug)?.licence;
  if (!licence) return null;
  const alt = pick.licence.openAlternative;
  return (
    <LicenceBadge
      licence={licence}
      alternative={alt ? { name: alt.name, href: `/catalog?q=${encodeURIComponent(alt.slug)}` } : undefined}
    />
  );
}
