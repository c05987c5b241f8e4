import { isIP } from "node:net";
import { z } from "zod";
import { parseTrustProxy } from "./net/trust-proxy";

// Environment of the server, validated once at start: a wrong value stops the app
// with a message that names it (formatEnvError), rather than failing later.

const postgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, "must be a postgresql:// connection URL")
  .refine((value) => URL.canParse(value), "is not a valid URL");

const HOSTNAME = /^(?=.{1,253}$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i;

const trustProxy = z
  .string()
  .optional()
  .transform((value, ctx) => {
    const parsed = parseTrustProxy(value);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: "custom", message: parsed.message });
    return z.NEVER;
  });

export const ZServerEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A real PostgreSQL server; when unset the embedded PGlite database is used. */
  DATABASE_URL: postgresUrl.optional(),
  /** Signs session cookies. Generated into .data/auth-secret when unset (see scripts/serve.ts). */
  BETTER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters"),
  /**
   * Public URL of the app, e.g. https://mlops-map.example.com. API writes must come from its
   * origin (lib/security/origin-policy.ts); when unset, from the origin the request was sent
   * to (the Host header), which is wrong behind a proxy that rewrites Host: set it there.
   */
  BETTER_AUTH_URL: z.url().optional(),
  PGLITE_DIR: z.string().min(1).default(".data/pglite"),
  /** The interface the server listens on (scripts/serve.ts); 0.0.0.0 or :: for every interface. */
  HOST: z
    .string()
    .refine(
      (value) => isIP(value) !== 0 || HOSTNAME.test(value),
      "must be an IP address or a host name, e.g. 127.0.0.1 or 0.0.0.0",
    )
    .default("127.0.0.1"),
  /** Which X-Forwarded-For hops to believe for rate limits: unset = none, a hop count, or addresses/CIDR ranges. */
  TRUST_PROXY: trustProxy,
  /** Redis for what instances share beyond PostgreSQL: rate-limit counters (README "Operations"). */
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "must be a redis:// or rediss:// URL")
    .refine((value) => URL.canParse(value), "is not a valid URL")
    .optional(),
  /** Bearer token for /api/metrics; unset, the route answers 404. */
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  /** How long a SIGTERM'd instance waits for requests in flight before it exits. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(25_000),
  /** Turns on OpenTelemetry tracing (instrumentation.ts), e.g. http://collector:4318. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
});

export type TServerEnv = z.infer<typeof ZServerEnv>;

export function formatEnvError(error: z.ZodError): string {
  const lines = error.issues.map((issue) => `  ${issue.path.join(".") || "(env)"}: ${issue.message}`);
  return `Invalid environment variables:\n${lines.join("\n")}`;
}

/** Parses the given variables; throws an Error whose message names each wrong variable. */
export function parseServerEnv(source: Record<string, string | undefined>): TServerEnv {
  const empty = Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === "" ? undefined : v]));
  const result = ZServerEnv.safeParse(empty);
  if (!result.success) throw new Error(formatEnvError(result.error));
  return result.data;
}
