import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute, created, readJson } from "@/lib/server/api/route";
import { chooseItem, listChoices } from "@/lib/server/choices";
import { ZProjectParams } from "@/lib/validation/params";

export const GET = authedRoute(ZProjectParams, async ({ user, params }) => ({
  choices: await listChoices(user, params.projectId),
}));

/** Body `{ source, key, title, componentId?, toolSlug?, detail? }`: 201 when chosen now, 200 when the key was chosen before. */
export const POST = authedRoute(ZProjectParams, async ({ request, user, params }) => {
  const { choice, created: isNew } = await chooseItem(user, params.projectId, await readJson(request));
  return isNew ? created({ choice }) : { choice };
});

export const { HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });
