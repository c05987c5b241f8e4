// The app under test: `npm run build`, then `npm start` on a free port with MLOPS_MAP_BENCH=1.

import { randomBytes } from "node:crypto";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { cleanups, freePort, log, run, sleep, stopGroup, tail } from "./cleanup";
import { fmt } from "./report";

/** Builds the app into .next (the bare baseline page must be in the build). */
export async function buildApp(tmp: string): Promise<void> {
  log("building (npm run build)…");
  const t = performance.now();
  const buildLog = path.join(tmp, "build.log");
  const build = run("npm", ["run", "build"], { ...process.env, NEXT_TELEMETRY_DISABLED: "1" }, buildLog);
  cleanups.push({ name: "stop build", run: () => stopGroup(build.child) });
  const code = await build.done;
  if (code !== 0) throw new Error(`build failed (${code}):\n${tail(buildLog)}`);
  log(`built in ${fmt((performance.now() - t) / 1000, 1)} s`);
}

/** Starts the built app on `databaseUrl`, its output to `serverLog`; resolves with its base URL once /api/health answers. */
export async function startServer(databaseUrl: string, tmp: string, serverLog: string): Promise<string> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = run(
    "npm",
    ["start", "--", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PGLITE_DIR: path.join(tmp, "pglite"),
      MLOPS_MAP_BENCH: "1",
      BETTER_AUTH_URL: base,
      BETTER_AUTH_SECRET: randomBytes(32).toString("hex"),
      NEXT_TELEMETRY_DISABLED: "1",
    },
    serverLog,
  );
  cleanups.push({ name: "stop server", run: () => stopGroup(server.child) });
  let exited: number | undefined;
  void server.done.then((code) => (exited = code));
  const upBy = Date.now() + 120_000;
  for (;;) {
    if (exited !== undefined) throw new Error(`the server exited (${exited}):\n${tail(serverLog)}`);
    if (Date.now() > upBy) throw new Error(`the server did not answer /api/health in 120 s:\n${tail(serverLog)}`);
    const ok = await fetch(`${base}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await sleep(250);
  }
  log(`server up on ${base}`);
  return base;
}
