import { z } from "zod";
import { displayName, ZCuid, ZTimestamp } from "./common";
import { boundedInt } from "./text";
import { ZTeamRole } from "./teams";

// Personal API tokens on the wire (POST/GET /api/v1/tokens, DELETE /api/v1/tokens/:tokenId).
// These shapes are a contract: the CLI is built against them.

export const API_TOKEN_DEFAULT_DAYS = 90;
export const API_TOKEN_MAX_DAYS = 365;

export const ZApiTokenCreate = z
  .object({
    name: displayName("Token name", 80),
    // null: every team the user is in when a request comes, including teams joined later.
    teamIds: z
      .array(ZCuid, { error: "teamIds must be a list of team ids, or null for all your teams." })
      .min(1, "teamIds must name at least one team (or be null for all your teams).")
      .max(50, "teamIds may name at most 50 teams.")
      .nullable(),
    ceiling: ZTeamRole,
    expiresInDays: boundedInt("expiresInDays", 1, API_TOKEN_MAX_DAYS).default(API_TOKEN_DEFAULT_DAYS),
  })
  .strict();

export const ZApiTokenParams = z.object({ tokenId: ZCuid });

export type TApiTokenCreate = z.input<typeof ZApiTokenCreate>;

// ---- Output ----

export const ZApiTokenView = z.strictObject({
  id: z.string(),
  name: z.string(),
  /** The start of the secret, e.g. `mm_a1B2c`: enough to recognise it, useless to use. */
  prefix: z.string(),
  teamIds: z.array(z.string()).nullable(),
  ceiling: ZTeamRole,
  createdAt: ZTimestamp,
  expiresAt: ZTimestamp,
  lastUsedAt: ZTimestamp.nullable(),
  revokedAt: ZTimestamp.nullable(),
});

/** POST /api/v1/tokens: the secret is in this answer and nowhere else, ever. */
export const ZApiTokenCreated = z.strictObject({ token: ZApiTokenView, secret: z.string() });

export const ZApiTokenList = z.strictObject({ tokens: z.array(ZApiTokenView) });

export type TApiTokenView = z.infer<typeof ZApiTokenView>;
export type TApiTokenCreated = z.infer<typeof ZApiTokenCreated>;
