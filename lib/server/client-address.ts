import "server-only";
import { clientAddress } from "@/lib/net/client-address";
import { parseTrustProxy, type TTrustProxy } from "@/lib/net/trust-proxy";

// The client address of a request that reached the auth route, for rate limits.

/** Set on every request by scripts/support/peer-address.mjs, which serve.ts preloads into Next. */
export const PEER_HEADER = "x-mlops-peer-address";
/** Set by that preload in the server's process: only then is PEER_HEADER ours rather than a client's. */
export const PEER_STAMP_ENV = "MLOPS_MAP_PEER_STAMP";
/** The only header better-auth reads an address from (lib/server/auth.ts); set by withClientAddress alone. */
export const CLIENT_IP_HEADER = "x-mlops-client-ip";

let trustCache: { raw: string | undefined; value: TTrustProxy } | undefined;

function trustProxy(): TTrustProxy {
  const raw = process.env.TRUST_PROXY;
  if (!trustCache || trustCache.raw !== raw) {
    // lib/env.ts has already stopped the server on a malformed value; this is for other callers.
    const parsed = parseTrustProxy(raw);
    if (!parsed.ok) throw new Error(`TRUST_PROXY: ${parsed.message}`);
    trustCache = { raw, value: parsed.value };
  }
  return trustCache.value;
}

/**
 * The client's address, or null when it cannot be known: the server was not started by
 * scripts/serve.ts (plain `next start`), so the connection's address never reached the app.
 */
export function requestClientAddress(headers: Headers): string | null {
  const peer = process.env[PEER_STAMP_ENV] === "1" ? headers.get(PEER_HEADER) : null;
  return clientAddress({ peer, forwardedFor: headers.get("x-forwarded-for"), trust: trustProxy() });
}

/** The request as better-auth gets it: our address in CLIENT_IP_HEADER, any client-sent copy gone. */
export function withClientAddress(request: Request): Request {
  const address = requestClientAddress(request.headers);
  const headers = new Headers(request.headers);
  headers.delete(CLIENT_IP_HEADER);
  if (address) headers.set(CLIENT_IP_HEADER, address);
  // Not `new Request(request, { headers })`: Next hands route handlers a Proxy of the request,
  // and from Node 22 undici's Request reads its input's private fields, which a Proxy does not
  // forward ("Cannot read private member #state": every sign-in failed with a 500 on Node 24).
  // The parts are read through the Proxy's getters instead, which do work.
  const body = request.method === "GET" || request.method === "HEAD" ? null : request.body;
  return new Request(request.url, {
    method: request.method,
    headers,
    body,
    signal: request.signal,
    redirect: request.redirect,
    // A streamed body needs duplex "half" (fetch's rule); RequestInit's type does not list it yet.
    ...(body ? ({ duplex: "half" } as RequestInit) : {}),
  });
}
