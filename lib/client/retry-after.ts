/**
 * How long a `Retry-After` header asks to wait, in milliseconds: it holds either whole
 * seconds or an HTTP date (RFC 9110 §10.2.3). Undefined when absent or unreadable, so the
 * caller falls back to its own backoff.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  if (Number.isNaN(at) || !/[a-z]/i.test(text)) return undefined;
  return Math.max(0, at - now);
}
