/** A `?next=` target is followed only when it is a path on this site (no open redirect). */
export function safeNextPath(value: string | null | undefined, fallback = "/teams"): string {
  if (!value || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) return fallback;
  return value;
}
