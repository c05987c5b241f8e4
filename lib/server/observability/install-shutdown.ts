import "server-only";
import { closeDb } from "../db";
import { runningNotebookPool } from "../notebook-pool";
import { closeRedis } from "../redis";
import { installGracefulShutdown } from "./shutdown";

const DEFAULT_TIMEOUT_MS = 25_000;

/** Graceful shutdown of the server process (./shutdown.ts), with what it must close. */
export function installServerShutdown(): void {
  const configured = Number(process.env.SHUTDOWN_TIMEOUT_MS);
  installGracefulShutdown({
    timeoutMs: Number.isFinite(configured) && process.env.SHUTDOWN_TIMEOUT_MS ? configured : DEFAULT_TIMEOUT_MS,
    close: async () => {
      runningNotebookPool()?.close();
      await Promise.all([closeDb(), closeRedis()]);
    },
  });
}
