import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { consumeSignInAttempt, SIGN_IN_LIMITS } from "./login-throttle";
import { closeRedis, redisClient } from "./redis";

const account = () => `t${Date.now()}${Math.random().toString(36).slice(2, 8)}@example.com`;
const T0 = Date.UTC(2030, 0, 1, 12);

// The same behaviour from both stores: PostgreSQL, and Redis when REDIS_URL is set (its own
// database number here, emptied of these keys afterwards).
const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379/13";

describe.each(["postgresql", "redis"] as const)("consumeSignInAttempt in %s", (store) => {
  beforeAll(() => {
    // Pinned both ways: a REDIS_URL from the shell would otherwise send the PostgreSQL runs to Redis.
    process.env.REDIS_URL = store === "redis" ? TEST_REDIS_URL : "";
  });
  afterAll(async () => {
    if (store !== "redis") return;
    const redis = redisClient()!;
    const keys = await redis.keys("mlops:sign-in|*");
    if (keys.length > 0) await redis.del(...keys);
    await closeRedis();
    delete process.env.REDIS_URL;
  });

  it("allows 10 attempts per account and address in 5 minutes, then says how long to wait", async () => {
    const email = account();
    for (let i = 0; i < SIGN_IN_LIMITS.accountAddress.max; i++) {
      expect(await consumeSignInAttempt(email, "192.0.2.1", T0 + i * 1000)).toEqual({ allowed: true });
    }
    expect(await consumeSignInAttempt(email, "192.0.2.1", T0 + 60_000)).toEqual({
      allowed: false,
      retryAfterSeconds: 240,
    });
    expect(await consumeSignInAttempt(email.toUpperCase(), "192.0.2.1", T0 + 60_000)).toMatchObject({ allowed: false });
    expect(await consumeSignInAttempt(email, "192.0.2.2", T0 + 60_000)).toEqual({ allowed: true });
    expect(await consumeSignInAttempt(email, "192.0.2.1", T0 + 300_000)).toEqual({ allowed: true });
  });

  it("has an account-wide ceiling that refused attempts from one address do not use up", async () => {
    const email = account();
    // One address hammering: only its first 10 attempts count towards the account.
    for (let i = 0; i < 50; i++) await consumeSignInAttempt(email, "198.51.100.1", T0);
    for (let a = 2; a <= 10; a++) {
      for (let i = 0; i < 10; i++)
        expect((await consumeSignInAttempt(email, `198.51.100.${a}`, T0)).allowed, `address ${a}`).toBe(true);
    }
    // 100 counted attempts: a fresh address is now refused until the 15-minute window ends.
    expect(await consumeSignInAttempt(email, "198.51.100.11", T0 + 1000)).toEqual({
      allowed: false,
      retryAfterSeconds: 899,
    });
    expect(
      await consumeSignInAttempt(email, "198.51.100.12", T0 + SIGN_IN_LIMITS.account.windowSeconds * 1000),
    ).toEqual({ allowed: true });
  });

  it("counts concurrent attempts exactly", async () => {
    const email = account();
    const decisions = await Promise.all(Array.from({ length: 25 }, () => consumeSignInAttempt(email, "192.0.2.9", T0)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(SIGN_IN_LIMITS.accountAddress.max);
  });

  it("keeps attempts from unknown addresses in one counter", async () => {
    const email = account();
    for (let i = 0; i < 10; i++) await consumeSignInAttempt(email, null, T0);
    expect((await consumeSignInAttempt(email, null, T0)).allowed).toBe(false);
    expect((await consumeSignInAttempt(email, "192.0.2.3", T0)).allowed).toBe(true);
  });
});
