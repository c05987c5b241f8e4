import * as pipelineRoute from "@/app/api/v1/projects/[projectId]/pipeline/route";
import * as historyRoute from "@/app/api/v1/projects/[projectId]/roadmap/items/[itemId]/history/route";
import * as itemRoute from "@/app/api/v1/projects/[projectId]/roadmap/items/[itemId]/route";
import * as bulkRoute from "@/app/api/v1/projects/[projectId]/roadmap/items/bulk/route";
import * as itemsRoute from "@/app/api/v1/projects/[projectId]/roadmap/items/route";
import * as orderRoute from "@/app/api/v1/projects/[projectId]/roadmap/order/route";
import * as roadmapRoute from "@/app/api/v1/projects/[projectId]/roadmap/route";
import * as teamMembers from "@/app/api/v1/teams/[teamId]/members/route";
import * as teamProjects from "@/app/api/v1/teams/[teamId]/projects/route";
import * as teams from "@/app/api/v1/teams/route";
import { getDb } from "@/lib/server/db";
import { call } from "./api";
import { pipelineNode } from "./pipeline-node";
import { joinTeam } from "./teams";
import { signUp } from "./users";

// A team with one of each role, a stranger, and a project whose diagram has two manual
// nodes ("a", "b"), plus one-line calls of the roadmap routes.

export async function setupRoadmap() {
  const lead = await signUp("Lead");
  const teamId = (await call(teams.POST, { method: "POST", cookie: lead.cookie, body: { name: "Roadmap team" } })).body!
    .team.id as string;
  const projectId = (
    await call(teamProjects.POST, {
      method: "POST",
      cookie: lead.cookie,
      params: { teamId },
      body: { name: "Churn model" },
    })
  ).body!.project.id as string;
  const member = await signUp("Member");
  const other = await signUp("Other member");
  const viewer = await signUp("Viewer");
  const stranger = await signUp("Stranger");
  await joinTeam(lead, teamId, member, "MEMBER");
  await joinTeam(lead, teamId, other, "MEMBER");
  await joinTeam(lead, teamId, viewer, "VIEWER");
  const rows = (await call(teamMembers.GET, { cookie: lead.cookie, params: { teamId } })).body!.members as {
    id: string;
    userId: string;
  }[];
  const membershipOf = (user: { id: string }) => rows.find((m) => m.userId === user.id)!.id;
  const saved = await call(pipelineRoute.PUT, {
    method: "PUT",
    cookie: lead.cookie,
    params: { projectId },
    body: {
      baseVersion: 0,
      viewport: { x: 0, y: 0, zoom: 1 },
      nodes: [
        pipelineNode("a", { kind: "step", category: "model_training", title: "Train model" }),
        pipelineNode("b", { kind: "step", category: "model_evaluation", title: "Evaluate" }),
      ],
      edges: [{ id: "e1", source: "a", target: "b", label: null }],
    },
  });
  if (saved.status !== 200) throw new Error(`pipeline save failed: ${JSON.stringify(saved.body)}`);
  return {
    lead,
    member,
    other,
    viewer,
    stranger,
    teamId,
    projectId,
    ids: {
      lead: membershipOf(lead),
      member: membershipOf(member),
      other: membershipOf(other),
      viewer: membershipOf(viewer),
    },
  };
}

type Who = { cookie: string };

export function roadmapApi(projectId: string) {
  const params = { projectId };
  return {
    get: (who: Who) => call(roadmapRoute.GET, { cookie: who.cookie, params }),
    create: (who: Who, body: unknown) => call(itemsRoute.POST, { method: "POST", cookie: who.cookie, params, body }),
    bulk: (who: Who, body: unknown) => call(bulkRoute.POST, { method: "POST", cookie: who.cookie, params, body }),
    patch: (who: Who, itemId: string, body: unknown) =>
      call(itemRoute.PATCH, { method: "PATCH", cookie: who.cookie, params: { ...params, itemId }, body }),
    remove: (who: Who, itemId: string, query: string) =>
      call(itemRoute.DELETE, {
        method: "DELETE",
        cookie: who.cookie,
        params: { ...params, itemId },
        path: `/api/test${query}`,
      }),
    order: (who: Who, body: unknown) => call(orderRoute.PUT, { method: "PUT", cookie: who.cookie, params, body }),
    history: (who: Who, itemId: string) =>
      call(historyRoute.GET, { cookie: who.cookie, params: { ...params, itemId } }),
  };
}

/** Everything a refused write must leave as it was: the items, the order's version, the audit trail. */
export async function roadmapState(projectId: string) {
  const db = getDb();
  const [items, project, events, nodes] = await Promise.all([
    db.roadmapItem.findMany({ where: { projectId }, orderBy: { id: "asc" } }),
    db.project.findUniqueOrThrow({ where: { id: projectId }, select: { roadmapVersion: true } }),
    db.auditEvent.count({ where: { projectId, targetType: "roadmap_item" } }),
    db.pipelineNode.findMany({ where: { diagram: { projectId } }, orderBy: { id: "asc" } }),
  ]);
  return { items, roadmapVersion: project.roadmapVersion, events, nodes };
}
