import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute, created, readJson } from "@/lib/server/api/route";
import { createProject, listProjects } from "@/lib/server/projects";
import { ZTeamParams } from "@/lib/validation/params";

export const GET = authedRoute(ZTeamParams, async ({ user, params }) => ({
  projects: await listProjects(user, params.teamId),
}));

export const POST = authedRoute(ZTeamParams, async ({ request, user, params }) => {
  const project = await createProject(user, params.teamId, await readJson(request));
  return created({ project });
});

export const { HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET, POST });
