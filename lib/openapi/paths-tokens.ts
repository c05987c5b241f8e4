import { ZApiTokenCreate, ZApiTokenCreated, ZApiTokenList, ZApiTokenParams } from "@/lib/validation/api-tokens";
import { createdJson, NO_CONTENT, okJson, type ApiOperation } from "./api-operation";

// Personal API tokens (lib/tokens/README.md). Managed only from a signed-in session: a token
// cannot make, list or revoke tokens (403 session_required).
const tag = "API tokens";

export const tokenOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/tokens",
    operationId: "listApiTokens",
    summary: "List your API tokens",
    description: "Never the secrets: only each token's prefix, scope, ceiling, expiry and last use.",
    tag,
    auth: "session",
    responses: [okJson(ZApiTokenList)],
    errors: ["session_required"],
  },
  {
    method: "post",
    path: "/tokens",
    operationId: "createApiToken",
    summary: "Create an API token",
    description:
      "`teamIds` null is every team you belong to at the time of each request. The secret (`mm_…`) is in this answer only; it is stored hashed.",
    tag,
    auth: "session",
    body: { kind: "json", schema: ZApiTokenCreate },
    responses: [createdJson(ZApiTokenCreated)],
    errors: ["session_required"],
  },
  {
    method: "delete",
    path: "/tokens/{tokenId}",
    operationId: "revokeApiToken",
    summary: "Revoke an API token",
    description: "From the next request on, on every instance. Another user's token is 404.",
    tag,
    auth: "session",
    params: ZApiTokenParams,
    responses: [NO_CONTENT],
    errors: ["session_required"],
  },
];
