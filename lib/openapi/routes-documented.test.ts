import path from "node:path";
import { describe, expect, it } from "vitest";
import { API_OPERATIONS } from "./registry";
import { implementedRouteMethods, openApiPathOf } from "./route-files";

// The document names exactly the routes the app has: a route method without an operation,
// or an operation without a route, fails here.

const apiRoot = path.resolve(import.meta.dirname, "../../app/api/v1");
const key = (r: { method: string; path: string }) => `${r.method.toUpperCase()} ${r.path}`;

describe("the OpenAPI registry and the route files", () => {
  const routes = implementedRouteMethods(apiRoot);
  const documented = new Set(API_OPERATIONS.map(key));

  it("reads the route files", () => {
    expect(routes.map(key)).toContain("GET /teams/{teamId}");
    expect(routes.map(key)).toContain("PATCH /projects/{projectId}/assessments/{assessmentId}");
    // otherMethods(…) answers are not real handlers.
    expect(routes.map(key)).not.toContain("DELETE /teams/{teamId}");
    expect(routes.length).toBeGreaterThan(50);
  });

  it("documents every method of every route", () => {
    const missing = routes.filter((r) => !documented.has(key(r))).map((r) => `${key(r)} (${r.file})`);
    expect(missing).toEqual([]);
  });

  it("documents no method or path that does not exist", () => {
    const real = new Set(routes.map(key));
    expect(API_OPERATIONS.map(key).filter((k) => !real.has(k))).toEqual([]);
  });

  it("documents each operation once, with a unique operationId", () => {
    const keys = API_OPERATIONS.map(key);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    const ids = API_OPERATIONS.map((op) => op.operationId);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it("names the path parameters the path has", () => {
    for (const op of API_OPERATIONS) {
      const inPath = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(Object.keys(op.params?.shape ?? {}).sort(), key(op)).toEqual(inPath);
    }
  });

  it("maps folders to OpenAPI paths", () => {
    expect(openApiPathOf("projects/[projectId]/roadmap.csv/route.ts")).toBe("/projects/{projectId}/roadmap.csv");
    expect(openApiPathOf("teams/route.ts")).toBe("/teams");
    expect(openApiPathOf("(group)/teams/[teamId]/route.ts")).toBe("/teams/{teamId}");
  });
});
