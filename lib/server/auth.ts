import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { noteAuthFailure } from "./auth-failures";
import type { z } from "zod";
import { loopbackTwins } from "@/lib/security/origin-policy";
import { ZPasswordChange, ZSignInEmail, ZSignUp, ZUserUpdate } from "@/lib/validation/auth";
import { CLIENT_IP_HEADER } from "./client-address";
import { getDb } from "./db";
import { consumeSignInAttempt } from "./login-throttle";
import { redisClient, redisSecondaryStorage } from "./redis";
import { forgetSessionOf } from "./session-memo";

// better-auth does sign-up, sign-in, sessions (httpOnly cookies) and password hashing.
// Teams, roles and invitations are ours (lib/server/teams.ts etc.), so that all
// authorization lives in the data-access layer.

/**
 * Bodies checked before better-auth sees them: its own checks let through text that the
 * database cannot store (NUL, lone surrogates) and, on /update-user, any value at all.
 * A sign-in's email is checked before it becomes the per-account throttle's key.
 */
const BODY_SCHEMAS: Record<string, z.ZodType<Record<string, unknown>>> = {
  "/sign-up/email": ZSignUp,
  "/sign-in/email": ZSignInEmail,
  "/update-user": ZUserUpdate,
  "/change-password": ZPasswordChange,
};

function createAuth() {
  const baseURL = process.env.BETTER_AUTH_URL || undefined;
  // With REDIS_URL, better-auth keeps its rate-limit counters (and a copy of each session) in
  // Redis; PostgreSQL stays the record of sessions, so nothing is lost if Redis is emptied.
  const redis = redisClient();
  return betterAuth({
    ...(redis && { secondaryStorage: redisSecondaryStorage(redis) }),
    appName: "MLOps Map",
    // Failed sign-ins are expected in tests; elsewhere they are worth a warning.
    logger: { level: process.env.NODE_ENV === "test" ? "error" : "warn" },
    // Faults are answered and logged as the API's are (./auth-failures.ts, ./auth-handler.ts).
    onAPIError: { onError: noteAuthFailure },
    baseURL,
    // The same origins the API's own cross-site check trusts (lib/security/origin-policy.ts).
    trustedOrigins: baseURL ? loopbackTwins(baseURL) : [],
    database: prismaAdapter(getDb(), { provider: "postgresql" }),
    emailAndPassword: {
      enabled: true,
      autoSignIn: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
    },
    session: {
      expiresIn: 60 * 60 * 24 * 14,
      updateAge: 60 * 60 * 24,
      // Every API request reads the session; without this each one costs two database reads
      // before any work (GET roadmap.md served 0.23× a bare route). The signed cookie is
      // trusted for a minute: a session revoked elsewhere (not a sign-out here, which clears
      // the cookie) can act for up to 60 s more. What a user may do is still checked in the
      // database on every request (membership and role, lib/server/access.ts).
      cookieCache: { enabled: true, maxAge: 60 },
      storeSessionInDatabase: true,
    },
    rateLimit: {
      enabled: true,
      // Shared by every instance: PostgreSQL, or Redis when it is there.
      storage: redis ? "secondary-storage" : "database",
      window: 60,
      max: 200,
      customRules: {
        // At most 10 sign-in and 10 sign-up attempts a minute per client address (the e2e
        // suite signs up about 10 users a minute from one address: do not go lower).
        // Sign-in has per-account limits too (login-throttle.ts).
        "/sign-in/email": { window: 60, max: 10 },
        "/sign-up/email": { window: 60, max: 10 },
      },
    },
    advanced: {
      useSecureCookies: baseURL?.startsWith("https://") ?? false,
      // The address comes from the connection, or from the proxies TRUST_PROXY names, never
      // from what a client writes in X-Forwarded-For (lib/server/client-address.ts).
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
    hooks: {
      // The session memo (./session-memo.ts) must not outlive a sign-out through this process.
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path === "/sign-out") forgetSessionOf(ctx.headers);
      }),
      before: createAuthMiddleware(async (ctx) => {
        const schema = BODY_SCHEMAS[ctx.path];
        if (!schema) return;
        const parsed = schema.safeParse(ctx.body);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new APIError("BAD_REQUEST", { message: issue?.message ?? "Invalid details.", code: "INVALID_INPUT" });
        }
        if (ctx.path === "/sign-in/email") {
          const decision = await consumeSignInAttempt(
            String(parsed.data.email),
            ctx.headers?.get(CLIENT_IP_HEADER) ?? null,
          );
          if (!decision.allowed) {
            throw new APIError(
              "TOO_MANY_REQUESTS",
              {
                message: "Too many sign-in attempts for this account. Wait a few minutes and try again.",
                code: "TOO_MANY_ATTEMPTS",
              },
              { "Retry-After": String(decision.retryAfterSeconds) },
            );
          }
          return;
        }
        // Store the trimmed, lower-cased values the form showed.
        return { context: { body: { ...ctx.body, ...parsed.data } } };
      }),
    },
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { auth?: Auth };

export function getAuth(): Auth {
  globalForAuth.auth ??= createAuth();
  return globalForAuth.auth;
}
