import "server-only";
import { getSessionCookie } from "better-auth/cookies";

// Sessions this process has verified, by their signed session cookie, for SESSION_TRUST_MS.
// better-auth's cookie cache already trusts a signed session cookie for that long without
// the database; this skips the rest of its per-request work too (about 1.4 ms of the 2.3 ms
// an API call spent before its own work). Same trade-off, no wider: a session revoked
// elsewhere can act for up to SESSION_TRUST_MS more, a sign-out through this process ends
// it at once (forgetSession), and what the user may do is still read from the database on
// every request (lib/server/access.ts). Only values better-auth accepted are ever stored,
// so a forged cookie always goes to better-auth.

/** How long a verified session is trusted without asking better-auth again: its cookie cache's maxAge. */
export const SESSION_TRUST_MS = 60_000;
const MAX_ENTRIES = 10_000;

type Entry<T> = { value: T; until: number };

export class SessionMemo<T> {
  private readonly entries = new Map<string, Entry<T>>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxEntries = MAX_ENTRIES,
  ) {}

  get(key: string): T | undefined {
    const hit = this.entries.get(key);
    if (!hit) return undefined;
    if (hit.until > this.now()) return hit.value;
    this.entries.delete(key);
    return undefined;
  }

  /** Remembers `value` until SESSION_TRUST_MS from now, or the session's own expiry if sooner. */
  set(key: string, value: T, expiresAt: number): void {
    const until = Math.min(this.now() + SESSION_TRUST_MS, expiresAt);
    if (until <= this.now()) return;
    this.entries.delete(key);
    this.entries.set(key, { value, until });
    // A Map keeps insertion order: the first entries are the oldest.
    while (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
  }

  forget(key: string): void {
    this.entries.delete(key);
  }
}

// One memo per process, however many bundles import this module (as lib/server/db.ts does for its client).
const globalForSessions = globalThis as unknown as { sessionMemo?: SessionMemo<unknown> };

/** The process's memo of verified sessions (lib/server/session.ts reads and fills it). */
export function sessionMemo<T>(): SessionMemo<T> {
  globalForSessions.sessionMemo ??= new SessionMemo<unknown>();
  return globalForSessions.sessionMemo as SessionMemo<T>;
}

/** Ends this process's trust in the session these request headers carry, at once (sign-out). */
export function forgetSessionOf(requestHeaders: Headers | undefined): void {
  const token = requestHeaders ? getSessionCookie(requestHeaders) : null;
  if (token) sessionMemo().forget(token);
}
