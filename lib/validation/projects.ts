import { z } from "zod";
import { TEAM_ROLES } from "@/lib/teams/roles";
import { displayName, ZTimestamp } from "./common";
import { safeText, version } from "./text";

// Projects on the wire: what clients send, and what the API answers.

const ZDescription = safeText("Description").trim().max(2000, "Description must be at most 2000 characters.");

export const ZProjectCreate = z
  .object({ name: displayName("Project name", 100), description: ZDescription.default("") })
  .strict();

export const ZProjectUpdate = z
  .object({
    version: version("version"),
    name: displayName("Project name", 100).optional(),
    description: ZDescription.optional(),
  })
  .strict()
  .refine((v) => v.name !== undefined || v.description !== undefined, "Give a name or description to change.");

export type TProjectCreate = z.input<typeof ZProjectCreate>;
export type TProjectUpdate = z.infer<typeof ZProjectUpdate>;

// ---- Output ----

export const ZProject = z.strictObject({
  id: z.string(),
  teamId: z.string(),
  name: z.string(),
  description: z.string(),
  version: z.int().positive(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
});

export const ZProjectsResponse = z.strictObject({ projects: z.array(ZProject) });
export const ZProjectResponse = z.strictObject({ project: ZProject });
/** GET /api/v1/projects/:projectId: the project, its team and the caller's role in it. */
export const ZProjectPageResponse = z.strictObject({
  project: ZProject,
  team: z.strictObject({ id: z.string(), name: z.string() }),
  role: z.enum(TEAM_ROLES),
});

export type TProject = z.infer<typeof ZProject>;
export type TProjectPage = z.infer<typeof ZProjectPageResponse>;
