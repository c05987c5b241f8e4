import { z } from "zod";
import { displayName } from "./common";
import { safeText, version } from "./text";

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
