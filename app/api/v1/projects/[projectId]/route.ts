import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute, readJson } from "@/lib/server/api/route";
import { deleteProject, getProject, updateProject } from "@/lib/server/projects";
import { ZProjectParams } from "@/lib/validation/params";

export const GET = authedRoute(ZProjectParams, async ({ user, params }) => getProject(user, params.projectId));

export const PATCH = authedRoute(ZProjectParams, async ({ request, user, params }) => ({
  project: await updateProject(user, params.projectId, await readJson(request)),
}));

export const DELETE = authedRoute(ZProjectParams, async ({ user, params }) => {
  await deleteProject(user, params.projectId);
  return null;
});

export const { HEAD, POST, PUT, OPTIONS } = otherMethods({ GET, PATCH, DELETE });
