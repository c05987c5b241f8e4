import { vi } from "vitest";
import { flushLog, logger } from "@/lib/server/log";

/**
 * The JSON log lines `run` writes to stdout, at `level` and above (tests run at warn, so the
 * access log is off unless asked for). Reads what pino writes, so the levels seen are the real ones.
 */
export async function logLinesOf(level: string, run: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const written: string[] = [];
  const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
  const before = logger().level;
  logger().level = level;
  try {
    await run();
    flushLog();
  } finally {
    logger().level = before;
    spy.mockRestore();
  }
  return written
    .flatMap((chunk) => chunk.split("\n"))
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
