import { Star } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { LANGUAGE_LABELS } from "@/lib/teams/profile";
import type { TMemberSkills } from "@/lib/validation/team-profile";
import { toolName } from "./tool-name";

/** A member's skills in the members table: tool chips (a star for expert), then languages and the note. */
export function MemberSkillChips({ skills }: { skills: TMemberSkills }) {
  const { tools, languages, note } = skills;
  if (tools.length === 0 && languages.length === 0 && !note)
    return <span className="text-sm text-muted-foreground">None listed</span>;
  return (
    <>
      {tools.map((tool) => (
        <Badge
          key={tool.slug}
          variant={tool.familiarity === "expert" ? "secondary" : "outline"}
          title={`${toolName(tool.slug)}: ${tool.familiarity}`}
        >
          {tool.familiarity === "expert" && <Star className="fill-current" aria-hidden="true" />}
          {toolName(tool.slug)}
          <span className="sr-only">({tool.familiarity})</span>
        </Badge>
      ))}
      {languages.length > 0 && (
        <span className="text-xs text-muted-foreground">{languages.map((l) => LANGUAGE_LABELS[l]).join(", ")}</span>
      )}
      {note && (
        <span className="w-full truncate text-xs text-muted-foreground" title={note}>
          {note}
        </span>
      )}
    </>
  );
}
