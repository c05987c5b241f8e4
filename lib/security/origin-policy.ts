// Cross-site request forgery: the session cookie is SameSite=Lax, which still lets a page on
// another port of the same host (same site) post a form to us with the cookie attached. So
// a cookie-authenticated write must prove it comes from the app's own pages: its Origin is
// one of the app's origins, or, when a browser sends no Origin, Sec-Fetch-Site says
// same-origin. Forms and other "simple" requests can set neither header, and anything that
// could is preflighted by the browser, which this API never allows cross-origin.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * How the request proves who sends it. Browsers attach cookies on their own (hence the
 * check); a bearer token is only sent by code that holds it, so it needs no origin check.
 * lib/server/api/route.ts passes "bearer-token" for a request with an Authorization header.
 */
export type RequestCredentials = "session-cookie" | "bearer-token";

export type OriginVerdict = { allowed: true } | { allowed: false; message: string };

const ALLOWED: OriginVerdict = { allowed: true };

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method.toUpperCase());
}

/** Whether a request may go on, given the origins the app answers on (see appOrigins). */
export function checkRequestOrigin(input: {
  method: string;
  headers: Headers;
  credentials: RequestCredentials;
  appOrigins: readonly string[];
}): OriginVerdict {
  if (isSafeMethod(input.method)) return ALLOWED;
  if (input.credentials === "bearer-token") return ALLOWED;
  const expected = input.appOrigins[0] ?? "this app's origin";
  const origin = input.headers.get("origin");
  if (origin !== null) {
    if (input.appOrigins.includes(normaliseOrigin(origin) ?? "")) return ALLOWED;
    return refuse(`its Origin header does not match ${expected}`);
  }
  if (input.headers.get("sec-fetch-site") === "same-origin") return ALLOWED;
  return refuse(`it has no Origin header (send Origin: ${expected})`);
}

function refuse(why: string): OriginVerdict {
  return { allowed: false, message: `This request was refused because it did not come from this app's pages: ${why}.` };
}

/** "null" (sandboxed frames, some redirects) and anything unparsable match nothing. */
function normaliseOrigin(value: string): string | null {
  if (value === "null" || !URL.canParse(value)) return null;
  const url = new URL(value);
  return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
}

/**
 * The origins the app answers on. With a public URL (BETTER_AUTH_URL), that URL's origin and
 * its loopback twin. Without one, the origin the request was addressed to: the scheme Next
 * gives the request URL and the Host header the browser sent. X-Forwarded-Host is not used:
 * behind a proxy that rewrites Host, set the public URL instead.
 */
export function appOrigins(input: { publicUrl?: string | undefined; requestUrl: URL; host: string | null }): string[] {
  if (input.publicUrl) return loopbackTwins(input.publicUrl);
  const fromHost = input.host ? normaliseOrigin(`${input.requestUrl.protocol}//${input.host}`) : null;
  return [fromHost ?? input.requestUrl.origin];
}

/** localhost and 127.0.0.1 are the same machine: a local app is trusted under both names. */
export function loopbackTwins(baseURL: string): string[] {
  const url = new URL(baseURL);
  const twin = url.hostname === "localhost" ? "127.0.0.1" : url.hostname === "127.0.0.1" ? "localhost" : null;
  if (!twin) return [url.origin];
  return [url.origin, `${url.protocol}//${twin}${url.port ? `:${url.port}` : ""}`];
}
