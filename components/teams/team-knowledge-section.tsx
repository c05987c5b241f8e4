"use client";

import { GraduationCap } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { CATALOG } from "@/lib/catalog/catalog";
import { COMPONENTS, type ComponentId } from "@/lib/pipeline/components";
import { PHASE_LABELS } from "@/lib/pipeline/labels";
import type { TeamFamiliarity } from "@/lib/teams/team-knowledge";
import type { TTeamProfile, TToolKnowledge } from "@/lib/validation/team-profile";
import { toolName } from "./tool-name";
import { useTeamProfile } from "./use-team-profile";

const PRIMARY_COMPONENT = new Map(CATALOG.map((tool) => [tool.slug, tool.components[0]]));

const LEVEL: Record<TeamFamiliarity, { label: string; variant: "default" | "secondary" | "outline" }> = {
  expert: { label: "Expert", variant: "default" },
  some: { label: "Some", variant: "secondary" },
  family: { label: "Related", variant: "outline" },
};

/** What the team knows, by component (the tool's most apt one, in the pipeline's order), from every member's skills. */
export function TeamKnowledgeSection({ teamId, initialProfile }: { teamId: string; initialProfile: TTeamProfile }) {
  const { data: profile } = useTeamProfile(teamId, initialProfile);
  if (profile.knowledge.length === 0) {
    return (
      <EmptyState
        icon={GraduationCap}
        titleAs="h3"
        title="No skills recorded yet"
        description="Members add the tools they know with “Edit skills” in the members list; leads can add them for anyone."
      />
    );
  }
  const groups = new Map<ComponentId, TToolKnowledge[]>();
  for (const entry of profile.knowledge) {
    const component = PRIMARY_COMPONENT.get(entry.slug);
    if (!component) continue;
    groups.set(component, [...(groups.get(component) ?? []), entry]);
  }
  return (
    <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
      {COMPONENTS.filter((c) => groups.has(c.id)).map((component) => (
        <section key={component.id} aria-labelledby={`knows-${component.id}`} className="rounded-lg border p-3">
          <div className="mb-2 flex items-baseline justify-between gap-2">
            <h3 id={`knows-${component.id}`} className="text-sm font-medium">
              {component.label}
            </h3>
            <span className="shrink-0 text-xs text-muted-foreground">{PHASE_LABELS[component.phase].title}</span>
          </div>
          <ul className="grid gap-2">
            {groups.get(component.id)!.map((entry) => (
              <KnowledgeRow key={entry.slug} entry={entry} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function KnowledgeRow({ entry }: { entry: TToolKnowledge }) {
  const level = LEVEL[entry.level];
  return (
    <li className="grid gap-0.5 text-sm" data-testid="knowledge-row">
      <div className="flex items-center gap-2">
        <span className="font-medium">{toolName(entry.slug)}</span>
        <Badge variant={level.variant}>{level.label}</Badge>
      </div>
      {entry.members.length > 0 && (
        <p className="text-xs text-muted-foreground">
          {entry.members.map((m) => (m.familiarity === "expert" ? `${m.name} (expert)` : m.name)).join(", ")}
        </p>
      )}
      {entry.family.length > 0 && (
        <p className="text-xs text-muted-foreground">
          Related: {entry.family.map((m) => `${m.name} knows ${toolName(m.via)}`).join("; ")}
        </p>
      )}
    </li>
  );
}
