// Part 2 of `npm run bench:roadmap`: GET /api/v1/projects/:id/roadmap.md over HTTP, at 50
// concurrent connections (autocannon, loopback), against the production build (`npm start`),
// versus a bare route of the same server returning the same bytes (app/api/bench/bare-roadmap)
// in the same run. Seeds a 300-node pipeline and 200 roadmap items through the real API.
// Reuses the canvas bench's build, server, database and sign-up helpers (scripts/bench-canvas/).

import { writeFileSync, mkdtempSync, rmSync, existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { benchGraph } from "../../lib/pipeline/bench-graph";
import { PRIORITIES, STAGES } from "../../lib/pipeline/types";
import { cleanup, cleanups, log } from "../bench-canvas/cleanup";
import { prepareDatabase } from "../bench-canvas/database";
import { api, signUp, type Session } from "../bench-canvas/http-api";
import { buildApp, startServer } from "../bench-canvas/server";
import {
  CONNECTIONS,
  P99_TARGET_MS,
  RATIO_TARGET,
  compareRoutes,
  roundLine,
  type HttpRound,
} from "../support/http-compare";

export const HTTP_NODES = 300;
export const HTTP_ITEMS = 200;
export type HttpResult = {
  bytes: number;
  durationS: number;
  rounds: number;
  route: HttpRound;
  bare: HttpRound;
  ratio: number;
  server: string;
};

/** Builds (unless skipBuild and .next exists), starts the app, seeds it, and measures both routes. */
export async function benchRoadmapHttp(options: { skipBuild: boolean; durationS: number; rounds: number }) {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "mlops-map-bench-roadmap-"));
  cleanups.push({ name: "remove temp folder", run: () => rmSync(tmp, { recursive: true, force: true }) });
  try {
    if (options.skipBuild && existsSync(path.join(process.cwd(), ".next", "BUILD_ID")))
      log("--skip-build: using the existing .next build (it must contain app/api/bench/bare-roadmap)");
    else await buildApp(tmp);
    const file = path.join(tmp, "roadmap.md");
    // The server inherits process.env (scripts/bench-canvas/server.ts): the bare route's file.
    process.env.MLOPS_MAP_BENCH_ROADMAP_FILE = file;
    const database = await prepareDatabase();
    log(`database: ${database.label}`);
    const base = await startServer(database.url, tmp, path.join(tmp, "server.log"));
    const session = await signUp(base);
    const projectId = await seed(session);

    const realUrl = `${base}/api/v1/projects/${projectId}/roadmap.md`;
    const bareUrl = `${base}/api/bench/bare-roadmap`;
    const real = await fetch(realUrl, { headers: { cookie: session.cookie } });
    if (!real.ok) throw new Error(`GET roadmap.md: ${real.status} ${await real.text()}`);
    const bytes = Buffer.from(await real.arrayBuffer());
    writeFileSync(file, bytes);
    const bare = Buffer.from(await (await fetch(bareUrl)).arrayBuffer());
    if (!bare.equals(bytes)) throw new Error("the bare route does not answer the same bytes as roadmap.md");
    log(
      `roadmap.md: ${bytes.length} bytes, ${HTTP_ITEMS} items, ${HTTP_NODES} nodes; the bare route answers the same bytes`,
    );

    const {
      route,
      bare: bareResult,
      ratio,
    } = await compareRoutes(
      "roadmap.md",
      { url: realUrl, headers: { cookie: session.cookie } },
      { url: bareUrl },
      options,
    );
    return {
      bytes: bytes.length,
      durationS: options.durationS,
      rounds: options.rounds,
      route,
      bare: bareResult,
      ratio,
      server: `next start (production build), ${database.label}`,
    } satisfies HttpResult;
  } finally {
    await cleanup();
  }
}

async function seed(session: Session): Promise<string> {
  const { team } = await api<{ team: { id: string } }>(session, "POST", "/api/v1/teams", { name: "Roadmap bench" });
  const { project } = await api<{ project: { id: string } }>(session, "POST", `/api/v1/teams/${team.id}/projects`, {
    name: "Roadmap bench",
  });
  const graph = benchGraph({ nodes: HTTP_NODES, edges: Math.round(HTTP_NODES * 1.4) });
  await api(session, "PUT", `/api/v1/projects/${project.id}/pipeline`, {
    baseVersion: 0,
    viewport: { x: 0, y: 0, zoom: 1 },
    nodes: graph.nodes,
    edges: graph.edges,
  });
  const { members } = await api<{ members: { id: string }[] }>(
    session,
    "GET",
    `/api/v1/projects/${project.id}/roadmap`,
  );
  const owner = members[0]!.id;
  const items = Array.from({ length: HTTP_ITEMS }, (_, i) => ({
    title: `Step ${i + 1}: automate "${graph.nodes[i % HTTP_NODES]!.title}" | with <care> & *escaping*`,
    doneWhen: `Step ${i + 1} runs in the pipeline without a person.`,
    detail: "A reason in words, as the recommendations write it.",
    stage: STAGES[i % STAGES.length],
    phase: (["ML", "DEV", "PROD"] as const)[i % 3],
    nodeIds: [graph.nodes[i % HTTP_NODES]!.id],
    priority: PRIORITIES[i % PRIORITIES.length],
    ownerId: i % 3 === 0 ? null : owner,
  }));
  await api(session, "POST", `/api/v1/projects/${project.id}/roadmap/items/bulk`, { items });
  return project.id;
}

/** The HTTP section of `npm run bench:roadmap`: its lines for BENCHMARKS.md. */
export async function httpSection(argv: readonly string[]): Promise<string[]> {
  const value = (flag: string, fallback: number) => {
    const at = argv.indexOf(flag);
    return at === -1 ? fallback : Number(argv[at + 1]);
  };
  const r = await benchRoadmapHttp({
    skipBuild: argv.includes("--skip-build"),
    durationS: value("--duration", 10),
    rounds: value("--rounds", 3),
  });
  const line = (name: string, x: HttpRound) => roundLine(name, x, r.rounds);
  return [
    `- ${r.server}; autocannon, ${CONNECTIONS} connections over loopback, ${r.rounds} rounds of ${r.durationS} s per side, alternating, after a 3 s warm-up each.`,
    `- Seeded through the API: a ${HTTP_NODES}-node pipeline and ${HTTP_ITEMS} roadmap items (bulk); roadmap.md is ${(r.bytes / 1024).toFixed(0)} kB.`,
    line("GET /api/v1/projects/:id/roadmap.md (session, access check, reads, render)", r.route),
    line("Bare route of the same server, same bytes (app/api/bench/bare-roadmap)", r.bare),
    `- Ratio roadmap.md / bare: ${r.ratio.toFixed(2)}× (target ≥ ${RATIO_TARGET}: ${r.ratio >= RATIO_TARGET ? "met" : "missed"}); p99 ${r.route.p99} ms (target < ${P99_TARGET_MS} ms: ${r.route.p99 < P99_TARGET_MS ? "met" : "missed"}).`,
  ];
}
