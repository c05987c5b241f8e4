import { createServer, type IncomingMessage } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// instrumentation.ts loads OpenTelemetry only when OTEL_EXPORTER_OTLP_ENDPOINT is set; with
// it set, spans reach the collector it names.

const loaded = vi.hoisted(() => ({ tracing: 0 }));

vi.mock("@/lib/env-check", () => ({ checkEnvOrExit: () => {} }));
vi.mock("@/lib/server/observability/install-shutdown", () => ({ installServerShutdown: () => {} }));
vi.mock("@/lib/server/observability/tracing", async (importOriginal) => {
  loaded.tracing += 1;
  return importOriginal();
});

const saved = { ...process.env };

beforeEach(() => {
  vi.resetModules();
  loaded.tracing = 0;
  process.env.NEXT_RUNTIME = "nodejs";
});

afterEach(() => {
  process.env = { ...saved };
});

describe("instrumentation register()", () => {
  it("imports nothing of tracing without OTEL_EXPORTER_OTLP_ENDPOINT", async () => {
    delete process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
    const { register } = await import("@/instrumentation");
    await register();
    expect(loaded.tracing).toBe(0);
  });

  it("with it set, sends spans to that collector over OTLP/HTTP", async () => {
    const received: { url: string | undefined; bytes: number }[] = [];
    const collector = createServer((request: IncomingMessage, response) => {
      let bytes = 0;
      request.on("data", (chunk: Buffer) => (bytes += chunk.length));
      request.on("end", () => {
        received.push({ url: request.url, bytes });
        response.writeHead(200, { "content-type": "application/json" }).end("{}");
      });
    });
    await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
    try {
      process.env.OTEL_EXPORTER_OTLP_ENDPOINT = `http://127.0.0.1:${(collector.address() as AddressInfo).port}`;
      const { register } = await import("@/instrumentation");
      await register();
      expect(loaded.tracing).toBe(1);

      const { trace } = await import("@opentelemetry/api");
      trace.getTracer("instrumentation-test").startSpan("a span").end();
      const provider = trace.getTracerProvider() as { getDelegate?: () => { forceFlush?: () => Promise<void> } };
      await provider.getDelegate?.().forceFlush?.();
      await vi.waitFor(() => expect(received.some((r) => r.url === "/v1/traces" && r.bytes > 0)).toBe(true), {
        timeout: 5000,
      });
    } finally {
      collector.close();
    }
  });
});
