import { NextRequest } from "next/server";
import { afterEach, describe, expect, it, vi } from "vitest";
import { METRIC_NAMES } from "@/lib/observability/metric-names";
import { logger } from "../log";
import { metricsResponse } from "../observability/metrics-endpoint";
import { otherMethods } from "./other-methods";

// The drain flag, set per test (lib/server/observability/shutdown.ts sets it on SIGTERM).
const drain = vi.hoisted(() => ({ on: false }));
vi.mock("../observability/shutdown", () => ({ isDraining: () => drain.on }));

afterEach(() => {
  drain.on = false;
  vi.restoreAllMocks();
});

const scrape = async () => (await metricsResponse("Bearer a-token-of-sixteen", "a-token-of-sixteen")).body;

const GET = async () => Response.json({ ok: true });
const { PUT, OPTIONS, HEAD } = otherMethods({ GET });

const PATH = "/api/v1/projects/cm9abc/pipeline/version";
const PATTERN = "/api/v1/projects/[projectId]/pipeline/version";
const context = () => ({ params: Promise.resolve({ projectId: "cm9abc" }) });
const request = (method: string) =>
  new NextRequest(`http://localhost${PATH}`, { method, headers: { "x-request-id": "m-1" } });

describe("otherMethods", () => {
  it("answers an unimplemented method 405 with Allow, counted and logged under the route pattern", async () => {
    const lines: unknown[] = [];
    vi.spyOn(logger(), "info").mockImplementation(((entry: unknown) => void lines.push(entry)) as never);
    const response = await PUT(request("PUT"), context());
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(await response.json()).toEqual({
      error: {
        code: "method_not_allowed",
        message: "PUT is not allowed here. Allowed: GET, HEAD, OPTIONS.",
        requestId: "m-1",
      },
    });
    const text = await scrape();
    expect(text).toContain(`${METRIC_NAMES.httpRequests}{route="${PATTERN}",method="PUT",status="405"} 1`);
    expect(text).toContain(`${METRIC_NAMES.httpDuration}_count{route="${PATTERN}",method="PUT",status="405"} 1`);
    expect(text).not.toContain("cm9abc");
    expect(lines).toEqual([expect.objectContaining({ route: PATTERN, method: "PUT", status: 405 })]);
  });

  it("answers OPTIONS 204 with Allow and the request id, counted under the route pattern", async () => {
    const response = await OPTIONS(request("OPTIONS"), context());
    expect(response.status).toBe(204);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    expect(response.headers.get("x-request-id")).toBe("m-1");
    expect(await scrape()).toContain(
      `${METRIC_NAMES.httpRequests}{route="${PATTERN}",method="OPTIONS",status="204"} 1`,
    );
  });

  it("answers HEAD with the GET handler itself", () => {
    expect(HEAD).toBe(GET);
  });

  it("refuses 405 and OPTIONS answers with 503 draining while the instance drains, and counts them", async () => {
    drain.on = true;
    for (const [handler, method] of [
      [PUT, "PUT"],
      [OPTIONS, "OPTIONS"],
    ] as const) {
      const response = await handler(request(method), context());
      expect(response.status, method).toBe(503);
      expect((await response.json()).error).toMatchObject({ code: "draining", requestId: "m-1" });
    }
    const text = await scrape();
    expect(text).toContain(`${METRIC_NAMES.httpRequests}{route="${PATTERN}",method="PUT",status="503"} 1`);
    expect(text).toContain(`${METRIC_NAMES.httpRequests}{route="${PATTERN}",method="OPTIONS",status="503"} 1`);
  });
});
