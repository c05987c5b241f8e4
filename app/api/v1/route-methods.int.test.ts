import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { call } from "@/test/api";

// Every route file under app/api/v1, found on disk, so a route added later is checked too.
const here = import.meta.dirname;
const routeFiles = readdirSync(here, { recursive: true, encoding: "utf8" })
  .filter((file) => path.basename(file) === "route.ts")
  .map((file) => file.split(path.sep).join("/"))
  .sort();
const CATCH_ALL = "[[...path]]/route.ts";
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

type RouteModule = Partial<Record<(typeof METHODS)[number], Parameters<typeof call>[0]>>;

describe("methods of every /api/v1 route", () => {
  it("finds the route files", () => {
    expect(routeFiles).toContain("teams/route.ts");
    expect(routeFiles).toContain(CATCH_ALL);
    expect(routeFiles.length).toBeGreaterThan(10);
  });

  for (const file of routeFiles.filter((f) => f !== CATCH_ALL)) {
    it(`${file}: exports every method, so Next never answers a bare 405`, async () => {
      const mod = (await import(/* @vite-ignore */ path.join(here, file))) as RouteModule;
      for (const method of METHODS) expect(typeof mod[method], `${file} ${method}`).toBe("function");

      const options = await call(mod.OPTIONS!, { method: "OPTIONS", headers: { "x-request-id": "o-1" } });
      expect(options.status).toBe(204);
      expect(options.headers.get("x-request-id")).toBe("o-1");
      const allow = options.headers.get("allow")!.split(", ");
      expect(allow).toContain("OPTIONS");

      for (const method of METHODS.filter((m) => !allow.includes(m))) {
        const res = await call(mod[method]!, { method, headers: { "x-request-id": "m-1" } });
        expect(res.status, `${file} ${method}`).toBe(405);
        expect(res.headers.get("allow")).toBe(allow.join(", "));
        expect(res.body).toEqual({
          error: {
            code: "method_not_allowed",
            message: `${method} is not allowed here. Allowed: ${allow.join(", ")}.`,
            requestId: "m-1",
          },
        });
      }
      // HEAD is answered wherever GET is.
      expect(allow.includes("HEAD")).toBe(allow.includes("GET"));
    });
  }
});

describe("unknown /api/v1 paths", () => {
  it("answer 404 in the API's error shape, for every method", async () => {
    const mod = (await import(/* @vite-ignore */ path.join(here, CATCH_ALL))) as RouteModule;
    for (const method of METHODS) {
      const res = await call(mod[method]!, {
        method,
        path: "/api/v1/no/such/thing",
        params: { path: ["no", "such", "thing"] } as never,
      });
      expect(res.status, method).toBe(404);
      expect(res.headers.get("content-type")).toContain("application/json");
      expect(res.body).toEqual({
        error: { code: "not_found", message: "No API route at /api/v1/no/such/thing.", requestId: expect.any(String) },
      });
    }
  });
});
