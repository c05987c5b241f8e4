import "server-only";
import { randomUUID } from "node:crypto";
import { getDb } from "./db";

// Per-account limit on sign-in attempts. better-auth's own limit counts per client
// address, which a client can fake with an X-Forwarded-For header unless a proxy in
// front sets it; counting per email bounds password guessing against one account
// whatever address the attempts claim. Counters live in better-auth's RateLimit table.

export const LOGIN_WINDOW_SECONDS = 300;
export const LOGIN_MAX_ATTEMPTS = 20;

/** Counts an attempt for `email`; false when the account has had too many in the window. */
export async function allowLoginAttempt(email: string, now = Date.now()): Promise<boolean> {
  const key = `sign-in-account|${email.trim().toLowerCase()}`;
  const db = getDb();
  return db.$transaction(async (tx) => {
    const row = await tx.rateLimit.findUnique({ where: { key } });
    if (!row || now - Number(row.lastRequest) > LOGIN_WINDOW_SECONDS * 1000) {
      await tx.rateLimit.upsert({
        where: { key },
        create: { id: randomUUID(), key, count: 1, lastRequest: BigInt(now) },
        update: { count: 1, lastRequest: BigInt(now) },
      });
      return true;
    }
    const updated = await tx.rateLimit.update({ where: { key }, data: { count: { increment: 1 } } });
    return updated.count <= LOGIN_MAX_ATTEMPTS;
  });
}
