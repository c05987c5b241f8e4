import { expect, request, test, type APIRequestContext } from "@playwright/test";
import { Redis } from "ioredis";
import { twoNodes, type Diagram, type DiagramNode } from "./canvas-helpers";
import { PASSWORD, uniqueEmail } from "./helpers";
import {
  logLines,
  METRICS_TOKEN,
  SHUTDOWN_TIMEOUT_MS,
  startInstance,
  stopInstance,
  type Instance,
} from "./multi-instance-helpers";

// More than one instance (issue #15, point 3): two more servers from the same build against
// the same PostgreSQL, side by side. A session, the pipeline's stale-save rules and the rate
// limits hold across them; with REDIS_URL the limits are shared through Redis. Then one is
// stopped with SIGTERM in the middle of a request. The embedded PGlite has one writer, so this
// needs DATABASE_URL (as CI sets it).

const REDIS_URL = process.env.E2E_REDIS_URL ?? "redis://127.0.0.1:6379/14";

test.describe.configure({ mode: "serial", timeout: 180_000 });
test.skip(!process.env.DATABASE_URL, "needs DATABASE_URL: two instances cannot share the embedded PGlite database");

let a: Instance | undefined;
let b: Instance | undefined;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  [a, b] = await Promise.all([startInstance(), startInstance()]);
});

test.afterAll(async () => {
  await Promise.all([stopInstance(a), stopInstance(b)]);
});

/** An API client of one instance; writes carry that instance's origin, as its pages would send. */
function client(instance: Instance, storageState?: Awaited<ReturnType<APIRequestContext["storageState"]>>) {
  return request.newContext({ baseURL: instance.url, extraHTTPHeaders: { origin: instance.url }, storageState });
}

/** A documentation address of its own for each test run, so its rate-limit counters start at zero. */
const address = () => `198.51.100.${1 + Math.floor(Math.random() * 250)}`;

async function signUp(api: APIRequestContext, email: string) {
  const response = await api.post("/api/auth/sign-up/email", {
    data: { name: "Multi Instance", email, password: PASSWORD },
    headers: { "x-forwarded-for": address() },
  });
  expect(response.status(), await response.text()).toBe(200);
}

function save(
  api: APIRequestContext,
  projectId: string,
  baseVersion: number,
  nodes: DiagramNode[],
  edges: Diagram["edges"],
) {
  return api.put(`/api/v1/projects/${projectId}/pipeline`, {
    data: { baseVersion, viewport: { x: 0, y: 0, zoom: 1 }, nodes, edges },
  });
}

const renamed = (nodes: DiagramNode[], id: string, title: string) =>
  nodes.map((node) => (node.id === id ? { ...node, title } : node));

test("a session from one instance works on the other; stale saves through both merge, or 409 on the same field", async () => {
  const onA = await client(a!);
  await signUp(onA, uniqueEmail("multi"));
  expect((await onA.get("/api/v1/teams")).status()).toBe(200);
  const onB = await client(b!, await onA.storageState());
  expect((await onB.get("/api/v1/teams")).status()).toBe(200);

  const teamResponse = await onB.post("/api/v1/teams", { data: { name: `Two instances ${Date.now()}` } });
  expect(teamResponse.status(), await teamResponse.text()).toBe(201);
  const { team } = (await teamResponse.json()) as { team: { id: string } };
  const projectResponse = await onA.post(`/api/v1/teams/${team.id}/projects`, { data: { name: "Churn model" } });
  expect(projectResponse.status(), await projectResponse.text()).toBe(201);
  const { project } = (await projectResponse.json()) as { project: { id: string } };

  const { nodes, edges } = twoNodes();
  const seeded = await save(onA, project.id, 0, nodes, edges);
  expect(seeded.status(), await seeded.text()).toBe(200);
  const v1 = ((await seeded.json()) as { pipeline: Diagram }).pipeline.version;
  const [notebook, api] = nodes as [DiagramNode, DiagramNode];

  // Both from v1 at once, each to a different instance, touching different nodes: both kept.
  const apart = await Promise.all([
    save(onA, project.id, v1, renamed(nodes, notebook.id, "Training notebook v2"), edges),
    save(onB, project.id, v1, renamed(nodes, api.id, "FastAPI service"), edges),
  ]);
  expect(apart.map((r) => r.status())).toEqual([200, 200]);
  const answers = (await Promise.all(apart.map((r) => r.json()))) as { merged: boolean; pipeline: Diagram }[];
  expect(answers.map((x) => x.merged).sort()).toEqual([false, true]);
  const afterMerge = (
    (await (await onA.get(`/api/v1/projects/${project.id}/pipeline`)).json()) as { pipeline: Diagram }
  ).pipeline;
  expect(afterMerge.nodes.map((n) => n.title).sort()).toEqual(["FastAPI service", "Training notebook v2"]);

  // Both from the same version at once, the same field of the same node: one wins, one is 409.
  const clash = await Promise.all([
    save(onA, project.id, afterMerge.version, renamed(afterMerge.nodes, notebook.id, "From A"), afterMerge.edges),
    save(onB, project.id, afterMerge.version, renamed(afterMerge.nodes, notebook.id, "From B"), afterMerge.edges),
  ]);
  expect(clash.map((r) => r.status()).sort()).toEqual([200, 409]);
  const refused = clash.find((r) => r.status() === 409)!;
  const body = (await refused.json()) as { error: { code: string; conflicts: { id: string; fields: string[] }[] } };
  expect(body.error.code).toBe("conflict");
  expect(body.error.conflicts).toEqual([expect.objectContaining({ id: notebook.id, fields: ["title"] })]);
});

test("a sign-in limit counted on one instance holds on the other", async () => {
  const email = uniqueEmail("limit");
  await signUp(await client(a!), email);
  const from = { "x-forwarded-for": address() };
  const wrong = (instance: Instance) =>
    fetch(`${instance.url}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: instance.url, ...from },
      body: JSON.stringify({ email, password: "wrong-password-1" }),
    });
  // Ten attempts from one address, half through each instance: the eleventh is refused.
  for (let i = 0; i < 10; i++) expect((await wrong(i % 2 === 0 ? a! : b!)).status, `attempt ${i + 1}`).toBe(401);
  expect((await wrong(b!)).status).toBe(429);
  expect((await wrong(a!)).status).toBe(429);
});

test("metrics: requests by route pattern with latency, pool and conflicts, behind the token; logs carry the request id", async () => {
  const unauthorised = await fetch(`${a!.url}/api/metrics`);
  expect(unauthorised.status).toBe(401);
  const response = await fetch(`${a!.url}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  expect(response.status).toBe(200);
  const text = await response.text();
  expect(text).toMatch(
    /mlops_map_http_requests_total\{route="\/api\/v1\/projects\/\[projectId\]\/pipeline",method="PUT",status="200"\} \d+/,
  );
  expect(text).toMatch(
    /mlops_map_http_request_duration_seconds_bucket\{le="0\.1",route="\/api\/v1\/teams",method="GET",status="200"\}/,
  );
  expect(text).toMatch(/mlops_map_db_pool_connections \d+/);
  expect(text).toMatch(/mlops_map_db_up 1/);
  expect(text).toMatch(/process_resident_memory_bytes \d+/);
  // The stale saves of the first test went to one instance or the other: both count theirs.
  const bText = await (
    await fetch(`${b!.url}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
  ).text();
  const staleSaves = (body: string) =>
    [...body.matchAll(/mlops_map_pipeline_stale_saves_total\{outcome="(\w+)"\} (\d+)/g)].reduce(
      (sum, m) => ({ ...sum, [m[1]!]: (sum[m[1]!] ?? 0) + Number(m[2]) }),
      {} as Record<string, number>,
    );
  const both = [staleSaves(text), staleSaves(bText)];
  expect(both.reduce((n, s) => n + (s.merged ?? 0), 0)).toBe(1);
  expect(both.reduce((n, s) => n + (s.conflict_overlap ?? 0), 0)).toBe(1);
  // No raw ids in labels: every route label is a pattern.
  for (const [, route] of text.matchAll(/route="([^"]+)"/g)) expect(route).not.toMatch(/\/c[a-z0-9]{20,}/);

  const requestId = `e2e-${Date.now()}`;
  await fetch(`${a!.url}/api/v1/teams`, { headers: { "x-request-id": requestId } });
  await expect
    .poll(() => logLines(a!).find((line) => line.requestId === requestId && line.msg === "request"))
    .toMatchObject({ route: "/api/v1/teams", method: "GET", status: 401, level: "info" });
});

test("SIGTERM: the request in flight finishes, new ones are refused, and the process exits 0 in time", async () => {
  const slow = fetch(`${b!.url}/api/bench/slow?ms=3000`);
  // The slow request is in flight once the instance counts it.
  await expect
    .poll(async () => {
      const text = await (
        await fetch(`${b!.url}/api/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })
      ).text();
      return Number(/mlops_map_http_requests_in_flight (\d+)/.exec(text)?.[1] ?? 0);
    })
    .toBeGreaterThanOrEqual(2);
  const stoppedAt = Date.now();
  b!.child.kill("SIGTERM");
  await expect.poll(async () => (await fetch(`${b!.url}/api/health`)).status).toBe(503);
  expect(await (await fetch(`${b!.url}/api/health`)).json()).toMatchObject({ status: "draining" });
  const refused = await fetch(`${b!.url}/api/v1/teams`);
  expect(refused.status).toBe(503);
  expect(((await refused.json()) as { error: { code: string } }).error.code).toBe("draining");

  const finished = await slow;
  expect(finished.status).toBe(200);
  expect(await finished.json()).toEqual({ sleptMs: 3000 });
  const exit = await b!.exited;
  expect(exit).toEqual({ code: 0, signal: null });
  expect(Date.now() - stoppedAt).toBeLessThan(SHUTDOWN_TIMEOUT_MS);
  await expect(fetch(`${b!.url}/api/health`)).rejects.toThrow();
  // The other instance goes on.
  expect((await fetch(`${a!.url}/api/health`)).status).toBe(200);
});

test("with REDIS_URL: the session works across instances and the limits count in Redis", async () => {
  await Promise.all([stopInstance(a), stopInstance(b)]);
  const redis = new Redis(REDIS_URL);
  let c: Instance | undefined;
  let d: Instance | undefined;
  try {
    [c, d] = await Promise.all([startInstance({ REDIS_URL }), startInstance({ REDIS_URL })]);
    const email = uniqueEmail("redis");
    const onC = await client(c);
    await signUp(onC, email);
    const onD = await client(d, await onC.storageState());
    expect((await onD.get("/api/v1/teams")).status()).toBe(200);

    const ip = address();
    const wrong = (instance: Instance) =>
      fetch(`${instance.url}/api/auth/sign-in/email`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: instance.url, "x-forwarded-for": ip },
        body: JSON.stringify({ email, password: "wrong-password-1" }),
      });
    for (let i = 0; i < 10; i++) expect((await wrong(i % 2 === 0 ? c : d)).status, `attempt ${i + 1}`).toBe(401);
    expect((await wrong(d)).status).toBe(429);
    // The counters are in Redis: better-auth's per address, and ours per account and address.
    expect(await redis.exists(`mlops:ba:${ip}|/sign-in/email`)).toBe(1);
    expect((await redis.keys(`mlops:sign-in|*|${ip}`)).length).toBe(1);
  } finally {
    const keys = await redis.keys("mlops:*");
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
    await Promise.all([stopInstance(c), stopInstance(d)]);
  }
});
