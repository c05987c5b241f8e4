import { z } from "zod";
import { ZSkills } from "@/lib/validation/teams";

// The skills form edits one comma-separated text; what it sends is ZSkills's list. The form
// schema checks the list with ZSkills itself and reports its first problem on the text,
// the one field the user can see (a problem with "skills[3]" would have nowhere to show).

/** The skills in a comma-separated text, trimmed, without empty entries. */
export function splitSkills(text: string): string[] {
  return text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
}

export const ZSkillsForm = z.object({
  text: z.string().transform((text, ctx) => {
    const result = ZSkills.safeParse(splitSkills(text));
    if (result.success) return result.data;
    ctx.addIssue({ code: "custom", message: result.error.issues[0]?.message ?? "Check the skills." });
    return z.NEVER;
  }),
});
