import "server-only";
import pino, { type Logger } from "pino";
import { currentRequest } from "./observability/request-context";

// One JSON line per event (pino), with the request id on every line logged while a request
// is being answered, so a request's lines can be grepped together. LOG_LEVEL sets the
// level (info by default; "silent" turns logs off). Lines go to stdout, as containers expect.

function createLogger(): Logger {
  return pino(
    {
      level: process.env.LOG_LEVEL || (process.env.NODE_ENV === "test" ? "warn" : "info"),
      base: { service: "mlops-map" },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: () => {
        const request = currentRequest();
        if (!request) return {};
        return request.apiTokenId
          ? { requestId: request.requestId, apiTokenId: request.apiTokenId }
          : { requestId: request.requestId };
      },
    },
    // Through process.stdout (not a worker thread: the standalone server has no transport files
    // to load), gathered per event-loop turn: stdout is a pipe under a container runtime, and
    // Node writes pipes synchronously on Linux, so one write per access-log line cost about a
    // fifth of an API request's throughput (bench:roadmap, 519 against 641 req/s with LOG_LEVEL=warn).
    { write: bufferLine },
  );
}

let pending: string[] = [];
let scheduled = false;

function bufferLine(line: string) {
  pending.push(line);
  if (scheduled) return;
  scheduled = true;
  setImmediate(flushLog);
}

/** Writes the lines gathered so far; errors call it at once, and so does the process's exit. */
export function flushLog() {
  scheduled = false;
  if (pending.length === 0) return;
  const text = pending.join("");
  pending = [];
  process.stdout.write(text);
}

process.on("exit", flushLog);

const holder = globalThis as unknown as { mlopsMapLogger?: Logger };

/** The process's logger. */
export function logger(): Logger {
  holder.mlopsMapLogger ??= createLogger();
  return holder.mlopsMapLogger;
}

export function logError(requestId: string, error: unknown, context: Record<string, unknown> = {}) {
  const detail =
    error instanceof Error
      ? {
          name: error.name,
          message: error.message,
          stack: error.stack,
          ...(error.cause instanceof Error && { cause: { name: error.cause.name, message: error.cause.message } }),
        }
      : { value: String(error) };
  logger().error({ requestId, ...context, error: detail }, error instanceof Error ? error.message : "error");
  // An error's line goes out now, not at the end of the turn: the process may be about to fall over.
  flushLog();
}
