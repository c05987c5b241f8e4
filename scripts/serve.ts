// Starts Next.js (`dev` or `start`) with a database ready: the PostgreSQL in
// DATABASE_URL, or else the embedded PGlite in PGLITE_DIR. Migrations are applied
// before Next starts, so the app never serves an unmigrated database.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../lib/db/embedded";
import { prepareDatabase } from "../lib/db/prepare";
import { parseServerEnv } from "../lib/env";
import { portFrom, withHostname } from "./support/next-args";

const [mode, ...nextArgs] = process.argv.slice(2);
if (mode !== "dev" && mode !== "start") {
  console.error("usage: tsx scripts/serve.ts dev|start [next options]");
  process.exit(2);
}

const dataDir = path.resolve(".data");

function authSecret(): string {
  if (process.env.BETTER_AUTH_SECRET) return process.env.BETTER_AUTH_SECRET;
  // A fresh machine has no secret: make one and keep it, so sessions survive restarts.
  const file = path.join(dataDir, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(32).toString("hex"), { mode: 0o600 });
    console.log(
      `[serve] generated a session secret in ${path.relative(process.cwd(), file)}; set BETTER_AUTH_SECRET in production`,
    );
  }
  return readFileSync(file, "utf8").trim();
}

function lockDataDir(dir: string): () => void {
  // PGlite has one writer: two servers on the same folder would corrupt it.
  const lock = `${dir}.lock`;
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, "utf8"));
    if (pid && isRunning(pid)) {
      console.error(`[serve] ${dir} is in use by process ${pid}. Stop it, or set PGLITE_DIR to another folder.`);
      process.exit(1);
    }
  }
  mkdirSync(path.dirname(lock), { recursive: true });
  writeFileSync(lock, String(process.pid));
  return () => rmSync(lock, { force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function main() {
  let env;
  try {
    env = parseServerEnv({ ...process.env, BETTER_AUTH_SECRET: authSecret() });
  } catch (error) {
    console.error(`[serve] ${(error as Error).message}`);
    process.exit(1);
  }

  let embedded: EmbeddedPostgres | undefined;
  let unlock = () => {};
  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    const dir = path.resolve(env.PGLITE_DIR);
    unlock = lockDataDir(dir);
    embedded = await startEmbeddedPostgres({ dataDir: dir });
    databaseUrl = embedded.url;
    console.log(
      `[serve] embedded PostgreSQL (PGlite) in ${path.relative(process.cwd(), dir)} on ${new URL(databaseUrl).host}`,
    );
  }

  const { applied } = await prepareDatabase({
    connectionString: databaseUrl,
    log: (line) => console.log(`[migrate] ${line}`),
  });
  if (applied.length === 0) console.log("[migrate] database is up to date");

  const bin = path.resolve("node_modules", ".bin", "next");
  // Auth needs the app's own URL for its origin checks; locally it is this port.
  const authUrl = env.BETTER_AUTH_URL ?? `http://localhost:${portFrom(nextArgs) ?? process.env.PORT ?? 3000}`;
  // Loopback unless HOST says otherwise: a fresh `npm run dev` is not reachable from the network.
  const child = spawn(bin, [mode!, ...withHostname(nextArgs, env.HOST)], {
    stdio: "inherit",
    env: {
      ...process.env,
      // Stamps each request with its connection's address, which Next does not pass on (rate limits need it).
      NODE_OPTIONS: [
        process.env.NODE_OPTIONS,
        `--import=${pathToFileURL(path.resolve("scripts/support/peer-address.mjs")).href}`,
      ]
        .filter(Boolean)
        .join(" "),
      DATABASE_URL: databaseUrl,
      BETTER_AUTH_SECRET: env.BETTER_AUTH_SECRET,
      BETTER_AUTH_URL: authUrl,
      MLOPS_MAP_EMBEDDED_DB: embedded ? "1" : "",
      // `start`: SIGTERM is ours (instrumentation.ts drains, then exits 0), not Next's (closes at once, exits 143).
      ...(mode === "start" && { NEXT_MANUAL_SIG_HANDLE: "1" }),
      // Telemetry would try to reach the network, which these machines do not have.
      NEXT_TELEMETRY_DISABLED: process.env.NEXT_TELEMETRY_DISABLED ?? "1",
    },
  });

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await embedded?.stop().catch(() => {});
    unlock();
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      child.kill(signal);
    });
  }
  child.on("exit", (code, signal) => void shutdown(code ?? (signal ? 0 : 1)));
}

main().catch((error) => {
  console.error("[serve] failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
