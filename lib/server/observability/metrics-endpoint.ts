import "server-only";
import { createHash, timingSafeEqual } from "node:crypto";
import { appMetrics } from "./metrics";

type TMetricsAnswer = { status: number; body: string; contentType: string };

/** What /api/metrics answers for this Authorization header, given the configured token (none: 404). */
export async function metricsResponse(
  authorization: string | null,
  token: string | undefined,
): Promise<TMetricsAnswer> {
  const text = "text/plain; charset=utf-8";
  if (!token) return { status: 404, body: "Not found\n", contentType: text };
  const sent = /^Bearer (.+)$/i.exec(authorization ?? "")?.[1];
  if (!sent || !sameSecret(sent, token))
    return { status: 401, body: "Send Authorization: Bearer <METRICS_TOKEN>\n", contentType: text };
  const { registry } = appMetrics();
  return { status: 200, body: await registry.metrics(), contentType: registry.contentType };
}

/** Compares hashes, so neither the length nor the content leaks through timing. */
function sameSecret(a: string, b: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value).digest();
  return timingSafeEqual(digest(a), digest(b));
}
