import { Star } from "lucide-react";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { LANGUAGE_LABELS } from "@/lib/teams/profile";
import type { TMemberSkills } from "@/lib/validation/team-profile";
import { toolName } from "./tool-name";

/**
 * A member's skills in the members table: tool chips (a star for expert) and languages on
 * one line with the edit action at its end, the note below.
 */
export function MemberSkillChips({ skills, action }: { skills: TMemberSkills; action?: ReactNode }) {
  const { tools, languages, note } = skills;
  const empty = tools.length === 0 && languages.length === 0 && !note;
  return (
    <div className="grid max-w-md gap-1">
      <div className="flex flex-wrap items-center gap-1">
        {empty && <span className="text-sm text-muted-foreground">None listed</span>}
        {tools.map((tool) => (
          <Badge
            key={tool.slug}
            variant={tool.familiarity === "expert" ? "secondary" : "outline"}
            title={`${toolName(tool.slug)}: ${tool.familiarity}`}
          >
            {tool.familiarity === "expert" && <Star className="fill-current" aria-hidden="true" />}
            <span>{toolName(tool.slug)}</span>
            <span className="sr-only">({tool.familiarity})</span>
          </Badge>
        ))}
        {languages.length > 0 && (
          <span className="text-xs text-muted-foreground">{languages.map((l) => LANGUAGE_LABELS[l]).join(", ")}</span>
        )}
        {action}
      </div>
      {note && (
        <p className="line-clamp-2 text-xs text-muted-foreground" title={note}>
          {note}
        </p>
      )}
    </div>
  );
}
