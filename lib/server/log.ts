import "server-only";

// One JSON line per event, so logs can be grepped by request id.
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
  console.error(
    JSON.stringify({ level: "error", time: new Date().toISOString(), requestId, ...context, error: detail }),
  );
}
