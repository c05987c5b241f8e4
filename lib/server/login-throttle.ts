import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { Prisma } from "@/lib/generated/prisma/client";
import { getDb, sqlName } from "./db";
import { countInRedisWindow, redisClient } from "./redis";

// Sign-in limits per account, on top of better-auth's per-address limit (lib/server/auth.ts):
// - per account and address: one address guessing one account's password is stopped soon;
// - per account, from any address: a higher ceiling bounds guessing spread over many addresses.
// An attempt refused by the first limit does not count towards the second, so one address
// cannot use up the account's ceiling and lock its owner out of their own address.
//
// Counters are rows of better-auth's RateLimit table, keyed apart from its own ("mlops:…",
// with a hash of the email so no address is stored). Each row is a fixed window counted
// by one INSERT … ON CONFLICT statement, so concurrent attempts cannot both pass a stale
// read. Our rows keep the window's END in "lastRequest": better-auth deletes rows whose
// lastRequest is older than its own longest window (60 s), which must not clear ours early.
// With REDIS_URL the same counters live in Redis (one MULTI per window), off the database.

export const SIGN_IN_LIMITS = {
  accountAddress: { windowSeconds: 300, max: 10 },
  account: { windowSeconds: 900, max: 100 },
} as const;

export type TSignInDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts a sign-in attempt for `email` from `address` (null when the address is unknown:
 * those attempts share one counter). Refuses when either limit is used up.
 */
export async function consumeSignInAttempt(
  email: string,
  address: string | null,
  now = Date.now(),
): Promise<TSignInDecision> {
  const account = createHash("sha256").update(email.trim().toLowerCase()).digest("base64url");
  const perAddress = await countAttempt(
    `mlops:sign-in|${account}|${address ?? "unknown"}`,
    SIGN_IN_LIMITS.accountAddress,
    now,
  );
  if (!perAddress.allowed) return perAddress;
  return countAttempt(`mlops:sign-in|${account}`, SIGN_IN_LIMITS.account, now);
}

async function countAttempt(
  key: string,
  limit: { windowSeconds: number; max: number },
  now: number,
): Promise<TSignInDecision> {
  const redis = redisClient();
  if (redis) {
    const { count, windowEnd } = await countInRedisWindow(redis, key, limit.windowSeconds * 1000, now);
    if (count <= limit.max) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((windowEnd - now) / 1000)) };
  }
  const table = Prisma.raw(sqlName("RateLimit"));
  const nowMs = BigInt(now);
  const endMs = BigInt(now + limit.windowSeconds * 1000);
  const [row] = await getDb().$queryRaw<{ count: number; windowEnd: bigint }[]>`
    INSERT INTO ${table} AS r ("id", "key", "count", "lastRequest")
    VALUES (${randomUUID()}, ${key}, 1, ${endMs})
    ON CONFLICT ("key") DO UPDATE SET
      "count" = CASE WHEN r."lastRequest" <= ${nowMs} THEN 1 ELSE r."count" + 1 END,
      "lastRequest" = CASE WHEN r."lastRequest" <= ${nowMs} THEN ${endMs} ELSE r."lastRequest" END
    RETURNING r."count" AS "count", r."lastRequest" AS "windowEnd"`;
  if (!row || row.count <= limit.max) return { allowed: true };
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((Number(row.windowEnd) - now) / 1000)) };
}
