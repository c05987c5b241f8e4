import { z } from "zod";
import { ZProject } from "@/lib/validation/projects";

// The answer of POST /api/v1/teams/:teamId/projects/restore: the new project, and what the
// restore could not carry over (people who are not members of the team, by e-mail).

export const ZRestoreReport = z.strictObject({
  /** E-mails in the backup that are not members of the team (or viewers named as owners): left unassigned. */
  unassignedEmails: z.array(z.string()),
  counts: z.strictObject({
    nodes: z.int(),
    edges: z.int(),
    cells: z.int(),
    groups: z.int(),
    assessments: z.int(),
    roadmapItems: z.int(),
  }),
});
export type TRestoreReport = z.infer<typeof ZRestoreReport>;

export const ZRestoreResponse = z.strictObject({ project: ZProject, report: ZRestoreReport });
export type TRestoreResponse = z.infer<typeof ZRestoreResponse>;
