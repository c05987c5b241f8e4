import { registerOTel } from "@vercel/otel";

// OpenTelemetry tracing, loaded by instrumentation.ts only when OTEL_EXPORTER_OTLP_ENDPOINT is
// set. @vercel/otel is Next's documented way and runs on Node 20 (the OpenTelemetry Node SDK's
// current releases need Node 22.15); it reads the standard OTEL_EXPORTER_OTLP_* variables
// (endpoint, headers, protocol) and traces Next's own spans: each request, route and fetch.
export function startTracing(): void {
  registerOTel({ serviceName: process.env.OTEL_SERVICE_NAME || "mlops-map" });
}
