import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute, created, readJson } from "@/lib/server/api/route";
import { createApiToken, listApiTokens } from "@/lib/server/api-tokens";
import { ZNoParams } from "@/lib/validation/params";

export const GET = authedRoute(ZNoParams, async ({ user }) => ({ tokens: await listApiTokens(user) }));

export const POST = authedRoute(ZNoParams, async ({ request, user }) =>
  created(await createApiToken(user, await readJson(request))),
);

export const { HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });
