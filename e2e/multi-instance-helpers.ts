import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

// App instances for e2e/multi-instance.spec.ts: more servers from the production build
// Playwright's webServer made, against the same DATABASE_URL. Each runs what the image runs
// (`node start.mjs` in .next/standalone, scripts/image/start.mjs; the first server migrated
// already), without npm and a shell in between, so a SIGTERM goes to the server's own process
// the way a container runtime sends it.

export const E2E_AUTH_SECRET = "e2e-secret-e2e-secret-e2e-secret-e2e-secret";
export const METRICS_TOKEN = "e2e-metrics-token-0123456789";
export const SHUTDOWN_TIMEOUT_MS = 10_000;

export type Instance = {
  url: string;
  child: ChildProcess;
  /** Every line it wrote to stdout (its JSON logs among them). */
  lines: string[];
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
};

export async function startInstance(env: Record<string, string> = {}): Promise<Instance> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["start.mjs", "--skip-migrations"], {
    cwd: path.resolve(".next/standalone"),
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      BETTER_AUTH_SECRET: E2E_AUTH_SECRET,
      BETTER_AUTH_URL: url,
      // The slow route of the shutdown test; addresses from X-Forwarded-For (sent by the tests
      // through loopback) so their rate-limit counters are their own.
      MLOPS_MAP_BENCH: "1",
      TRUST_PROXY: "127.0.0.1",
      METRICS_TOKEN,
      SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS),
      LOG_LEVEL: "info",
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  let tail = "";
  child.stdout!.on("data", (chunk: Buffer) => {
    const text = tail + chunk.toString();
    const parts = text.split("\n");
    tail = parts.pop() ?? "";
    lines.push(...parts);
  });
  const errors: string[] = [];
  child.stderr!.on("data", (chunk: Buffer) => errors.push(chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("exit", (code, signal) => resolve({ code, signal })),
  );
  const instance = { url, child, lines, exited };
  await waitForHealth(instance, errors);
  return instance;
}

/** Ends an instance the test did not stop itself. */
export async function stopInstance(instance: Instance | undefined): Promise<void> {
  if (!instance || instance.child.exitCode !== null || instance.child.signalCode !== null) return;
  instance.child.kill("SIGKILL");
  await instance.exited;
}

/** The JSON log lines of an instance. */
export function logLines(instance: Instance): Record<string, unknown>[] {
  return instance.lines.flatMap((line) => {
    if (!line.startsWith("{")) return [];
    try {
      return [JSON.parse(line) as Record<string, unknown>];
    } catch {
      return [];
    }
  });
}

async function waitForHealth(instance: Instance, errors: string[]): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (instance.child.exitCode !== null) throw new Error(`instance exited early: ${errors.join("")}`);
    try {
      if ((await fetch(`${instance.url}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`instance at ${instance.url} was not healthy within 120 s: ${errors.join("")}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}
