import { describe, expect, it } from "vitest";
import { getAuth } from "./auth";
import { getDb } from "./db";

// Through better-auth's HTTP handler, as the browser reaches it, so hooks and rate limits apply.
async function post(path: string, body: unknown, ip = "203.0.113.7") {
  const response = await getAuth().handler(
    new Request(`http://localhost:3000/api/auth${path}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost:3000", "x-forwarded-for": ip },
      body: JSON.stringify(body),
    }),
  );
  const json = (await response.json().catch(() => null)) as { message?: string; code?: string } | null;
  return { status: response.status, json, cookies: response.headers.getSetCookie() };
}

const email = () => `u${Date.now()}${Math.random().toString(36).slice(2, 8)}@example.com`;

describe("accounts", () => {
  it("signs up with a hashed password and an httpOnly session cookie", async () => {
    const address = email();
    const res = await post("/sign-up/email", { name: "Ada", email: address, password: "analytical-42x" }, "203.0.113.1");
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
      [{ name: "x".repeat(10_000), email: email(), password: "analytical-42x" }, "Name must be at most 100 characters."],
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
    expect((await post("/sign-up/email", { name: "<b>Bold</b>", email: address, password: "analytical-42x" }, ip)).status).toBe(200);
    const again = await post("/sign-up/email", { name: "Other", email: address.toUpperCase(), password: "analytical-42x" }, ip);
    expect(again.status).toBe(422);
    expect(again.json?.code).toMatch(/USER_ALREADY_EXISTS/);
    expect((await getDb().user.findUniqueOrThrow({ where: { email: address } })).name).toBe("<b>Bold</b>");
  });

  it("rate-limits sign-in attempts per client address", async () => {
    const address = email();
    await post("/sign-up/email", { name: "Rate", email: address, password: "analytical-42x" }, "203.0.113.4");
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await post("/sign-in/email", { email: address, password: "wrong-password-1" }, "203.0.113.5")).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses[10]).toBe(429);
    // Another address is not affected.
    expect((await post("/sign-in/email", { email: address, password: "analytical-42x" }, "203.0.113.6")).status).toBe(200);
  });

  it("limits attempts per account too, whatever address the client claims", async () => {
    const address = email();
    await post("/sign-up/email", { name: "Spoof", email: address, password: "analytical-42x" }, "203.0.113.8");
    const statuses: number[] = [];
    // A fresh X-Forwarded-For on every attempt dodges the per-address limit...
    for (let i = 0; i < 21; i++) statuses.push((await post("/sign-in/email", { email: address, password: "wrong-password-1" }, `198.51.100.${i + 1}`)).status);
    // ...but not the per-account one: the 21st attempt within the window is refused.
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses[20]).toBe(429);
    const right = await post("/sign-in/email", { email: address, password: "analytical-42x" }, "198.51.100.200");
    expect(right.status).toBe(429);
    expect(right.json?.message).toContain("Too many sign-in attempts for this account");
  });
});
