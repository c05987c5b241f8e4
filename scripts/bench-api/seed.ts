// bench:api's data, made through the app's own API as a signed-up user: a project with a
// 10-node pipeline, one with 500, and one project per connection (and some spare) for the
// saves, so every PUT can name its project's current version (no 409, no merge).

import { benchGraph } from "../../lib/pipeline/bench-graph";
import { api, type Session } from "../bench-canvas/http-api";
import { CONNECTIONS } from "../support/http-compare";

type Graph = ReturnType<typeof benchGraph>;

export const graphOf = (nodes: number): Graph => benchGraph({ nodes, edges: Math.round(nodes * 1.4) });

export async function newTeam(session: Session): Promise<string> {
  const { team } = await api<{ team: { id: string } }>(session, "POST", "/api/v1/teams", { name: "API bench" });
  return team.id;
}

/** A project with `graph` saved as its pipeline (version 1). */
export async function projectWithPipeline(session: Session, teamId: string, name: string, graph: Graph) {
  const { project } = await api<{ project: { id: string } }>(session, "POST", `/api/v1/teams/${teamId}/projects`, {
    name,
  });
  await api(session, "PUT", `/api/v1/projects/${project.id}/pipeline`, saveBody(graph, 0));
  return project.id;
}

/** A save of `graph` from `baseVersion`, its first node retitled so the save changes a row. */
export function saveBody(graph: Graph, baseVersion: number): { baseVersion: number } & Record<string, unknown> {
  const [first, ...rest] = graph.nodes;
  return {
    baseVersion,
    viewport: { x: 0, y: 0, zoom: 1 },
    nodes: [{ ...first!, title: `Step saved from v${baseVersion}` }, ...rest],
    edges: graph.edges,
  };
}

/**
 * The saves' projects and their versions: each PUT takes an idle project and sends its
 * version; the answer's version is the next one. A project whose save failed leaves the pool
 * (its failure is counted as a non-2xx, a timeout as an error). Twice as many projects as connections
 * keep every connection busy with a save at the right version even after some leave.
 */
export async function savePool(session: Session, teamId: string, graph: Graph) {
  const idle: { id: string; version: number }[] = [];
  for (let i = 0; i < 2 * CONNECTIONS; i++)
    idle.push({ id: await projectWithPipeline(session, teamId, `Saves ${i + 1}`, graph), version: 1 });
  const busy = new Map<string, { id: string; version: number }>();
  let saves = 0;
  return {
    build: () => {
      const next = idle.shift() ?? [...busy.values()][0]!;
      busy.set(next.id, next);
      return {
        key: next.id,
        path: `/api/v1/projects/${next.id}/pipeline`,
        body: JSON.stringify(saveBody(graph, next.version)),
      };
    },
    done: (key: string, body: string) => {
      const project = busy.get(key);
      if (!project) return;
      busy.delete(key);
      try {
        const answer = JSON.parse(body) as { pipeline?: { version?: number }; merged?: boolean };
        if (typeof answer.pipeline?.version !== "number" || answer.merged) return;
        project.version = answer.pipeline.version;
        saves += 1;
        idle.push(project);
      } catch {
        // Not an answer of a save: the project leaves the pool.
      }
    },
    saves: () => saves,
    /**
     * Before each autocannon run: the saves the last one left in flight when it stopped got no
     * answer here, so their projects' versions are read again and they rejoin the pool.
     */
    reclaim: async () => {
      // Let the server finish those saves first.
      if (busy.size) await new Promise((resolve) => setTimeout(resolve, 1_000));
      for (const project of busy.values()) {
        project.version = (
          await api<{ version: number }>(session, "GET", `/api/v1/projects/${project.id}/pipeline/version`)
        ).version;
        idle.push(project);
      }
      busy.clear();
    },
  };
}
