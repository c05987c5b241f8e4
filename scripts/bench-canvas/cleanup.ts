// The canvas benchmark's log, its cleanup registry and the helpers for the processes it starts.

import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";

export const log = (line: string) => console.log(`[bench] ${line}`);

// ---------------------------------------------------------------------------------------
// Cleanup: everything started or created is registered here and undone in reverse order,
// on success, on failure and on Ctrl-C.

export const cleanups: { name: string; run: () => Promise<void> | void }[] = [];
let cleaning: Promise<void> | undefined;

export function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const { name, run } of cleanups.reverse()) {
      try {
        await run();
      } catch (error) {
        console.error(`[bench] cleanup "${name}" failed:`, error instanceof Error ? error.message : error);
      }
    }
  })();
  return cleaning;
}

/**
 * Runs a benchmark's `main` and exits: cleans up on success, on failure (printing the error and,
 * when `serverLog` names one, the last lines of the server's output) and on SIGINT/SIGTERM.
 * Exit code 0 or 1; 130 after a signal.
 */
export async function runBench(main: () => Promise<void>, serverLog?: () => string | undefined): Promise<never> {
  cleanupOnSignals();
  let failed = false;
  try {
    await main();
  } catch (error) {
    failed = true;
    console.error("[bench] failed:", error instanceof Error ? (error.stack ?? error.message) : error);
    const file = serverLog?.();
    if (file) {
      await sleep(1000); // an exit of the server takes a moment to reach its log
      console.error(`[bench] server output (last lines):\n${tail(file)}`);
    }
  } finally {
    await cleanup();
  }
  process.exit(failed ? 1 : 0);
}

/** Cleans up on SIGINT and SIGTERM, then exits. */
function cleanupOnSignals(): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      console.error(`[bench] ${signal}: cleaning up`);
      void cleanup().finally(() => process.exit(130));
    });
  }
}

// ---------------------------------------------------------------------------------------
// Processes

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Runs a command in its own process group, output to `logFile`; resolves with the exit code. */
export function run(
  command: string,
  commandArgs: string[],
  env: NodeJS.ProcessEnv,
  logFile: string,
): { child: ChildProcess; done: Promise<number> } {
  const out = createWriteStream(logFile);
  const child = spawn(command, commandArgs, { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.pipe(out);
  child.stderr!.pipe(out);
  const done = new Promise<number>((resolve) =>
    child.on("exit", (code, signal) => {
      out.write(`\n[bench] ${command} ${commandArgs[0] ?? ""} exited: code ${code}, signal ${signal}\n`);
      resolve(code ?? (signal ? 128 : 1));
    }),
  );
  return { child, done };
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM to the whole process group (npm → tsx → serve.ts → next), SIGKILL after 10 s. */
export async function stopGroup(child: ChildProcess): Promise<void> {
  const pgid = child.pid;
  if (!pgid || !groupAlive(pgid)) return;
  process.kill(-pgid, "SIGTERM");
  const deadline = Date.now() + 10_000;
  while (groupAlive(pgid) && Date.now() < deadline) await sleep(100);
  if (groupAlive(pgid)) {
    log(`server group ${pgid} still alive after SIGTERM; SIGKILL`);
    process.kill(-pgid, "SIGKILL");
    while (groupAlive(pgid)) await sleep(100);
  }
}

export function tail(file: string, lines = 40): string {
  if (!existsSync(file)) return "";
  return readFileSync(file, "utf8").split("\n").slice(-lines).join("\n");
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
