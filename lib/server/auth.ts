import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { loopbackTwins } from "@/lib/security/origin-policy";
import { ZSignUp } from "@/lib/validation/auth";
import { getDb } from "./db";
import { allowLoginAttempt } from "./login-throttle";

// better-auth does sign-up, sign-in, sessions (httpOnly cookies) and password hashing.
// Teams, roles and invitations are ours (lib/server/teams.ts etc.), so that all
// authorization lives in the data-access layer.

function createAuth() {
  const baseURL = process.env.BETTER_AUTH_URL || undefined;
  return betterAuth({
    appName: "MLOps Map",
    // Failed sign-ins are expected in tests; elsewhere they are worth a warning.
    logger: { level: process.env.NODE_ENV === "test" ? "error" : "warn" },
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
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 200,
      customRules: {
        // Guessing passwords: at most 10 sign-in and 10 sign-up attempts a minute per client address.
        "/sign-in/email": { window: 60, max: 10 },
        "/sign-up/email": { window: 60, max: 10 },
      },
    },
    advanced: {
      useSecureCookies: baseURL?.startsWith("https://") ?? false,
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path === "/sign-in/email") {
          const email = typeof ctx.body?.email === "string" ? ctx.body.email : "";
          if (email && !(await allowLoginAttempt(email))) {
            throw new APIError("TOO_MANY_REQUESTS", { message: "Too many sign-in attempts for this account. Wait a few minutes and try again." });
          }
          return;
        }
        if (ctx.path !== "/sign-up/email") return;
        const parsed = ZSignUp.safeParse(ctx.body);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new APIError("BAD_REQUEST", { message: issue?.message ?? "Invalid sign-up details.", code: "INVALID_INPUT" });
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
