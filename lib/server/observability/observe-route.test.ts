import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { METRIC_NAMES } from "@/lib/observability/metric-names";
import { logger } from "../log";
import { currentRequest } from "./request-context";
import { metricsResponse } from "./metrics-endpoint";
import { apiRoutePattern, observeRoute } from "./observe-route";

afterEach(() => vi.restoreAllMocks());

const scrape = async () => (await metricsResponse("Bearer a-token-of-sixteen", "a-token-of-sixteen")).body;

describe("observeRoute", () => {
  it("counts and times a request under its route pattern, with the request id in its context and access log", async () => {
    const lines: unknown[] = [];
    vi.spyOn(logger(), "info").mockImplementation(((entry: unknown) => void lines.push(entry)) as never);
    let seen: string | undefined;
    const handler = observeRoute({ route: apiRoutePattern }, async () => {
      seen = currentRequest()?.requestId;
      return new Response(null, { status: 409 });
    });
    const request = new NextRequest("http://localhost/api/v1/projects/cm9zzz/pipeline", {
      method: "PUT",
      headers: { "x-request-id": "req-1" },
    });
    const response = await handler(request, { params: Promise.resolve({ projectId: "cm9zzz" }) });
    expect(response.status).toBe(409);
    expect(seen).toBe("req-1");
    const text = await scrape();
    expect(text).toContain(
      `${METRIC_NAMES.httpRequests}{route="/api/v1/projects/[projectId]/pipeline",method="PUT",status="409"} 1`,
    );
    expect(text).toContain(
      `${METRIC_NAMES.httpDuration}_count{route="/api/v1/projects/[projectId]/pipeline",method="PUT",status="409"} 1`,
    );
    expect(text).not.toContain("cm9zzz");
    expect(lines).toEqual([
      expect.objectContaining({ route: "/api/v1/projects/[projectId]/pipeline", method: "PUT", status: 409 }),
    ]);
  });

  it("with accessLog failures, logs a 2xx at debug and anything else at warn, counting both", async () => {
    const levels: string[] = [];
    for (const level of ["debug", "info", "warn"] as const)
      vi.spyOn(logger(), level).mockImplementation((() => void levels.push(level)) as never);
    let status = 200;
    const handler = observeRoute(
      { route: "/api/probe", accessLog: "failures" },
      async () => new Response(null, { status }),
    );
    await handler(new NextRequest("http://localhost/api/probe"), {});
    status = 503;
    await handler(new NextRequest("http://localhost/api/probe"), {});
    expect(levels).toEqual(["debug", "warn"]);
    const text = await scrape();
    expect(text).toContain(`${METRIC_NAMES.httpRequests}{route="/api/probe",method="GET",status="200"} 1`);
    expect(text).toContain(`${METRIC_NAMES.httpRequests}{route="/api/probe",method="GET",status="503"} 1`);
  });

  it("records a handler that throws as a 500", async () => {
    const handler = observeRoute({ route: "/api/boom" }, async () => {
      throw new Error("boom");
    });
    await expect(handler(new NextRequest("http://localhost/api/boom"), {})).rejects.toThrow("boom");
    expect(await scrape()).toContain(`${METRIC_NAMES.httpRequests}{route="/api/boom",method="GET",status="500"} 1`);
  });
});

describe("metricsResponse", () => {
  it("is 404 without a configured token, 401 with a wrong one, the Prometheus text with the right one", async () => {
    expect((await metricsResponse("Bearer anything", undefined)).status).toBe(404);
    expect((await metricsResponse(null, "a-token-of-sixteen")).status).toBe(401);
    expect((await metricsResponse("Bearer a-token-of-sixteeN", "a-token-of-sixteen")).status).toBe(401);
    const ok = await metricsResponse("Bearer a-token-of-sixteen", "a-token-of-sixteen");
    expect(ok.status).toBe(200);
    expect(ok.contentType).toMatch(/^text\/plain/);
    expect(ok.body).toContain("# TYPE process_cpu_seconds_total counter");
  });
});
