// Runs once when the Next.js server starts: a wrong environment stops it here, with a
// message naming the variable, instead of failing on the first request. Then tracing (only
// when OTEL_EXPORTER_OTLP_ENDPOINT is set: nothing of OpenTelemetry is loaded otherwise) and,
// in production, the graceful shutdown on SIGTERM (lib/server/observability/shutdown.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { checkEnvOrExit } = await import("./lib/env-check");
    checkEnvOrExit();
    if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
      const { startTracing } = await import("./lib/server/observability/tracing");
      startTracing();
    }
    if (process.env.NODE_ENV === "production") {
      const { installServerShutdown } = await import("./lib/server/observability/install-shutdown");
      installServerShutdown();
    }
  }
}
