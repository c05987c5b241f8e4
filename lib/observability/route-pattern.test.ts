import { describe, expect, it } from "vitest";
import { routePatternOf } from "./route-pattern";

describe("routePatternOf", () => {
  it("puts each param's name where its value was", () => {
    expect(routePatternOf("/api/v1/projects/cm1abc/pipeline", { projectId: "cm1abc" })).toBe(
      "/api/v1/projects/[projectId]/pipeline",
    );
    expect(routePatternOf("/api/v1/teams/t1/members/m2", { teamId: "t1", memberId: "m2" })).toBe(
      "/api/v1/teams/[teamId]/members/[memberId]",
    );
  });

  it("keeps a route without params as it is", () => {
    expect(routePatternOf("/api/v1/teams", {})).toBe("/api/v1/teams");
  });

  it("collapses a catch-all's segments into one placeholder", () => {
    expect(routePatternOf("/api/v1/no/such/route", { path: ["no", "such", "route"] })).toBe("/api/v1/[...path]");
  });

  it("matches params Next decoded against the encoded path", () => {
    expect(routePatternOf("/api/v1/catalog/tools/ml%20flow", { toolId: "ml flow" })).toBe(
      "/api/v1/catalog/tools/[toolId]",
    );
  });
});
