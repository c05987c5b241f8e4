import { describe, expect, it } from "vitest";
import * as memberRoute from "@/app/api/v1/teams/[teamId]/members/[memberId]/route";
import { call } from "@/test/api";
import { setupRoadmap } from "@/test/roadmap";
import { recordQueries } from "@/test/count-queries";
import { signUp } from "@/test/users";
import { getPipeline, pipelineAnswer, savePipeline } from "./pipeline";

// GET …/pipeline keeps its encoded answer per project while the project's change stamp stays
// the same (lib/server/stamped-cache.ts). The answer must always be what a fresh read gives,
// including after a change that does not move the diagram's version (an owner leaving the team
// clears their nodes' owner through the foreign key).

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const fresh = async (user: { id: string; name: string; email: string }, projectId: string) =>
  JSON.stringify({ pipeline: await getPipeline(user, projectId) });

describe("GET …/pipeline's kept answer", () => {
  it("is a fresh read's JSON, read once until something changes, and follows every change", async () => {
    const s = await setupRoadmap();
    expect(decode(await pipelineAnswer(s.member, s.projectId))).toBe(await fresh(s.lead, s.projectId));
    // Kept: only the access check's query.
    const again = await recordQueries(() => pipelineAnswer(s.viewer, s.projectId));
    expect(again.queries).toEqual(["pool.query"]);
    expect(decode(again.result)).toBe(await fresh(s.lead, s.projectId));

    const saved = await getPipeline(s.lead, s.projectId);
    const owned = { ...saved.nodes[0]!, ownerId: s.ids.member, title: "Train nightly" };
    await savePipeline(s.lead, s.projectId, {
      baseVersion: saved.version,
      viewport: saved.viewport,
      nodes: [owned, saved.nodes[1]],
      edges: saved.edges,
    });
    const afterSave = JSON.parse(decode(await pipelineAnswer(s.member, s.projectId)));
    expect(afterSave.pipeline.nodes[0]).toMatchObject({ title: "Train nightly", ownerId: s.ids.member });
    expect(JSON.stringify(afterSave)).toBe(await fresh(s.lead, s.projectId));

    // The owner leaves: the node loses its owner, the diagram's version stays.
    const leave = await call(memberRoute.DELETE, {
      method: "DELETE",
      cookie: s.member.cookie,
      params: { teamId: s.teamId, memberId: s.ids.member },
    });
    expect(leave.status).toBe(204);
    const afterLeave = JSON.parse(decode(await pipelineAnswer(s.lead, s.projectId)));
    expect(afterLeave.pipeline.version).toBe(afterSave.pipeline.version);
    expect(afterLeave.pipeline.nodes[0].ownerId).toBeNull();
    expect(JSON.stringify(afterLeave)).toBe(await fresh(s.lead, s.projectId));
  });

  it("is never handed to someone outside the team (404), however warm", async () => {
    const s = await setupRoadmap();
    await pipelineAnswer(s.lead, s.projectId);
    await expect(pipelineAnswer(s.stranger, s.projectId)).rejects.toMatchObject({ code: "not_found" });
    await expect(pipelineAnswer(await signUp("Nobody"), s.projectId)).rejects.toMatchObject({ code: "not_found" });
  });
});
