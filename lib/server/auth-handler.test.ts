import { afterAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

// better-auth answers any fault of its own with a bare 500, the database being down included.
// Its handler runs here against a PostgreSQL port nothing listens on (no database needed): a
// client must get the API's 503 with Retry-After, as every other route gives it, and wait.
vi.stubEnv("DATABASE_URL", "postgresql://postgres@127.0.0.1:9/unreachable");
vi.stubEnv("BETTER_AUTH_SECRET", "a".repeat(64));
vi.stubEnv("BETTER_AUTH_URL", "http://app.test");
vi.stubEnv("REDIS_URL", "");

const { handleAuthRequest } = await import("./auth-handler");

afterAll(() => vi.unstubAllEnvs());

const post = (path: string, body: unknown) =>
  new Request(`http://app.test/api/auth${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: "http://app.test" },
    body: JSON.stringify(body),
  });

describe("handleAuthRequest with the database down", () => {
  it.each([
    ["sign-in", post("/sign-in/email", { email: "ada@example.com", password: "correct-horse-42" })],
    ["sign-up", post("/sign-up/email", { name: "Ada", email: "ada@example.com", password: "correct-horse-42" })],
    ["session", new Request("http://app.test/api/auth/get-session", { headers: { cookie: "x=1" } })],
  ])("answers %s with 503 service_unavailable and Retry-After", async (_, request) => {
    const response = await handleAuthRequest(request);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
    const body = (await response.json()) as { error: { code: string; message: string; requestId: string } };
    expect(body.error.code).toBe("service_unavailable");
    expect(body.error.message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
  });
});
