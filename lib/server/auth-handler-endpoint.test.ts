import { afterAll, describe, expect, it, vi } from "vitest";

vi.mock("server-only", () => ({}));

// As auth-handler.test.ts, but with the rate limits in Redis (which runs on every developer and
// CI machine), so the request gets past the limiter and the endpoint itself meets the database
// that is down: better-auth answers that with its own bare 500, which must become our 503.
vi.stubEnv("DATABASE_URL", "postgresql://postgres@127.0.0.1:9/unreachable");
vi.stubEnv("BETTER_AUTH_SECRET", "b".repeat(64));
vi.stubEnv("BETTER_AUTH_URL", "http://app.test");
vi.stubEnv("REDIS_URL", process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379/12");

const { handleAuthRequest } = await import("./auth-handler");
const { logger } = await import("./log");

afterAll(() => vi.unstubAllEnvs());

describe("handleAuthRequest when an endpoint meets the database down", () => {
  it("answers sign-in with 503 service_unavailable, logs the fault under the request id", async () => {
    const errors = vi.spyOn(logger(), "error");
    const response = await handleAuthRequest(
      new Request("http://app.test/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://app.test", "x-request-id": "auth-down-1" },
        body: JSON.stringify({ email: "ada@example.com", password: "correct-horse-42" }),
      }),
    );
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toMatch(/^\d+$/);
    const body = (await response.json()) as { error: { code: string; requestId: string } };
    expect(body.error).toMatchObject({ code: "service_unavailable", requestId: "auth-down-1" });
    expect(errors.mock.calls.some(([fields]) => (fields as { requestId?: string }).requestId === "auth-down-1")).toBe(
      true,
    );
  });
});
