import { afterEach, describe, expect, it, vi } from "vitest";
import { getDb } from "./db";
import { handleAuthRequest } from "./auth-handler";
import { PEER_HEADER, PEER_STAMP_ENV } from "./client-address";

// Through the auth route's handler, as the browser reaches it, so hooks and rate limits apply.
// `peer` plays the connection's address, which scripts/support/peer-address.mjs stamps on
// every request in the real server; `headers` are whatever else the client sends.
process.env[PEER_STAMP_ENV] = "1";
// The rate limits in PostgreSQL, whatever the shell's REDIS_URL: the 5-minute test below moves
// a fake Date past better-auth's one-minute window, which in Redis is a key TTL on Redis's own
// clock (lib/server/redis.ts), so there the window would still hold. The per-account limits in
// Redis are tested in ./login-throttle.int.test.ts, better-auth's limits in Redis in
// e2e/multi-instance.spec.ts. Read when the auth instance is first made (./auth.ts getAuth).
vi.stubEnv("REDIS_URL", "");

async function post(path: string, body: unknown, peer = "203.0.113.7", headers: Record<string, string> = {}) {
  const response = await handleAuthRequest(
    new Request(`http://localhost:3000/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", ...headers, [PEER_HEADER]: peer },
      body: JSON.stringify(body),
    }),
  );
  const json = (await response.json().catch(() => null)) as { message?: string; code?: string } | null;
  return {
    status: response.status,
    json,
    cookies: response.headers.getSetCookie(),
    retryAfter: response.headers.get("retry-after"),
  };
}

afterEach(() => {
  vi.useRealTimers();
});

const email = () => `u${Date.now()}${Math.random().toString(36).slice(2, 8)}@example.com`;

describe("accounts", () => {
  it("signs up with a hashed password and an httpOnly session cookie", async () => {
    const address = email();
    const res = await post(
      "/sign-up/email",
      { name: "Ada", email: address, password: "analytical-42x" },
      "203.0.113.1",
    );
    expect(res.status).toBe(200);
    const cookie = res.cookies.find((c) => c.includes("session_token"));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const account = await getDb().account.findFirstOrThrow({ where: { user: { email: address } } });
    expect(account.password).not.toContain("analytical-42x");
    expect(account.password!.length).toBeGreaterThan(40);
  });

  it("refuses weak passwords, long or empty names and bad emails with a clear message, creating nothing", async () => {
    const ip = "203.0.113.2";
    const cases: [Record<string, string>, string][] = [
      [{ name: "Ada", email: email(), password: "short1" }, "Password must be at least 10 characters."],
      [{ name: "Ada", email: email(), password: "onlyletterslong" }, "Password must contain a digit."],
      [
        { name: "x".repeat(10_000), email: email(), password: "analytical-42x" },
        "Name must be at most 100 characters.",
      ],
      [{ name: "   ", email: email(), password: "analytical-42x" }, "Enter your name."],
      [{ name: "Ada", email: "not-an-email", password: "analytical-42x" }, "Enter a valid email address."],
    ];
    const before = await getDb().user.count();
    for (const [body, message] of cases) {
      const res = await post("/sign-up/email", body, ip);
      expect(res.status, message).toBe(400);
      expect(res.json?.message).toBe(message);
    }
    expect(await getDb().user.count()).toBe(before);
  });

  it("refuses a taken email (case-insensitively) and keeps HTML in names as text", async () => {
    const address = email();
    const ip = "203.0.113.3";
    expect(
      (await post("/sign-up/email", { name: "<b>Bold</b>", email: address, password: "analytical-42x" }, ip)).status,
    ).toBe(200);
    const again = await post(
      "/sign-up/email",
      { name: "Other", email: address.toUpperCase(), password: "analytical-42x" },
      ip,
    );
    expect(again.status).toBe(422);
    expect(again.json?.code).toMatch(/USER_ALREADY_EXISTS/);
    expect((await getDb().user.findUniqueOrThrow({ where: { email: address } })).name).toBe("<b>Bold</b>");
  });

  it("rate-limits sign-in attempts per client address", async () => {
    const address = email();
    await post("/sign-up/email", { name: "Rate", email: address, password: "analytical-42x" }, "203.0.113.4");
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++)
      statuses.push(
        (await post("/sign-in/email", { email: address, password: "wrong-password-1" }, "203.0.113.5")).status,
      );
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    // Another address is not affected.
    expect((await post("/sign-in/email", { email: address, password: "analytical-42x" }, "203.0.113.6")).status).toBe(
      200,
    );
  });

  it("ignores a client's X-Forwarded-For and address headers: the sign-up limit holds, and its 429 says when to retry", async () => {
    const peer = "203.0.113.9";
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      const spoofed = `198.51.100.${i + 1}`;
      const res = await post("/sign-up/email", { name: "Spoof", email: email(), password: "analytical-42x" }, peer, {
        "x-forwarded-for": spoofed,
        "x-mlops-client-ip": spoofed,
        "x-real-ip": spoofed,
      });
      statuses.push(res.status);
      if (i === 10) {
        expect(Number(res.retryAfter)).toBeGreaterThan(0);
        expect(Number(res.retryAfter)).toBeLessThanOrEqual(60);
      }
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(200));
    expect(statuses[10]).toBe(429);
    // Another connection address is a different client.
    expect(
      (await post("/sign-up/email", { name: "Other", email: email(), password: "analytical-42x" }, "203.0.113.10"))
        .status,
    ).toBe(200);
  });

  it("21 wrong passwords from one address do not lock the owner out of their own", async () => {
    const address = email();
    await post("/sign-up/email", { name: "Owner", email: address, password: "analytical-42x" }, "203.0.113.11");
    const statuses: number[] = [];
    for (let i = 0; i < 21; i++) {
      const res = await post("/sign-in/email", { email: address, password: "wrong-password-1" }, "192.0.2.66", {
        "x-forwarded-for": `198.51.100.${i + 1}`,
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses.slice(10)).toEqual(Array(11).fill(429));
    expect((await post("/sign-in/email", { email: address, password: "analytical-42x" }, "203.0.113.11")).status).toBe(
      200,
    );
  });

  it("limits one address's attempts on one account for 5 minutes, answering 429 with Retry-After", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2030-01-01T10:00:00Z"));
    const address = email();
    await post("/sign-up/email", { name: "Slow", email: address, password: "analytical-42x" }, "203.0.113.12");
    for (let i = 0; i < 10; i++) {
      expect(
        (await post("/sign-in/email", { email: address, password: "wrong-password-1" }, "192.0.2.77")).status,
      ).toBe(401);
    }
    // Past better-auth's one-minute limit per address (which prunes old rate-limit rows as it resets),
    // the account + address limit still holds, even for the right password.
    vi.setSystemTime(new Date("2030-01-01T10:02:00Z"));
    const refused = await post("/sign-in/email", { email: address, password: "analytical-42x" }, "192.0.2.77");
    expect(refused.status).toBe(429);
    expect(refused.json?.message).toContain("Too many sign-in attempts for this account");
    expect(Number(refused.retryAfter)).toBe(180);
    // The same account from another address, and another account from this address, still work.
    expect((await post("/sign-in/email", { email: address, password: "analytical-42x" }, "203.0.113.12")).status).toBe(
      200,
    );
    expect((await post("/sign-in/email", { email: email(), password: "wrong-password-1" }, "192.0.2.77")).status).toBe(
      401,
    );
    vi.setSystemTime(new Date("2030-01-01T10:05:01Z"));
    expect((await post("/sign-in/email", { email: address, password: "analytical-42x" }, "192.0.2.77")).status).toBe(
      200,
    );
  });
});
