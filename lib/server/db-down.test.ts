import { afterAll, describe, expect, it, vi } from "vitest";
import { isDatabaseUnavailable } from "@/lib/db/unavailable";

vi.mock("server-only", () => ({}));

// The access check and the autosave's statement go to the pg pool itself (./db.ts queryRows),
// past Prisma's error wrapping: with the database down they must still read as "unavailable"
// (the API's 503 with Retry-After), not as a bug. Against a port nothing listens on.
vi.stubEnv("DATABASE_URL", "postgresql://postgres@127.0.0.1:9/unreachable");
vi.stubEnv("MLOPS_MAP_EMBEDDED_DB", "");

const { closeDb } = await import("./db");
const { getProject } = await import("./projects");
const { savePipeline } = await import("./pipeline");

afterAll(async () => {
  await closeDb();
  vi.unstubAllEnvs();
});

const user = { id: "cuser0000000000000000001", name: "Ada", email: "ada@example.com" };
const projectId = "cproject00000000000000001";
const save = { baseVersion: 0, viewport: { x: 0, y: 0, zoom: 1 }, nodes: [], edges: [] };

describe("with the database down", () => {
  it.each([
    ["the access check", () => getProject(user, projectId)],
    ["an autosave", () => savePipeline(user, projectId, { ...save, baseVersion: 3 })],
  ])("%s fails as 'database unavailable'", async (_, work) => {
    const error = await work().then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    expect(isDatabaseUnavailable(error)).toBe(true);
  });
});
