// Preloaded into the Next.js server by scripts/serve.ts (NODE_OPTIONS=--import): stamps every
// request with the address of the connection it came on, in a header of our own.
//
// Why: rate limits need the client's address, and Next does not give it to app code. Its
// server copies the socket's address into X-Forwarded-For only when the request has no such
// header (`??=` in next/dist/server/base-server.js), so a client that sends one replaces it.
// Next has no hook on its HTTP server, so this wraps http(s).createServer, which `next dev`
// and `next start` both call with their request listener, and runs first on each request.
//
// Any copy of the header that a client sent is removed. MLOPS_MAP_PEER_STAMP tells the app
// (lib/server/client-address.ts) that the header is ours; without it the header is ignored.
import http from "node:http";
import https from "node:https";

export const PEER_HEADER = "x-mlops-peer-address";
export const PEER_STAMP_ENV = "MLOPS_MAP_PEER_STAMP";

/** Replaces any client-sent PEER_HEADER with the address of the request's connection. */
export function stampPeerAddress(request) {
  const raw = request.rawHeaders;
  for (let i = raw.length - 2; i >= 0; i -= 2) {
    if (raw[i].toLowerCase() === PEER_HEADER) raw.splice(i, 2);
  }
  const address = request.socket?.remoteAddress ?? "";
  request.headers[PEER_HEADER] = address;
  raw.push(PEER_HEADER, address);
}

function stampingServers(createServer) {
  return function createStampingServer(...args) {
    const server = createServer.apply(this, args);
    server.prependListener("request", stampPeerAddress);
    return server;
  };
}

const hooked = Symbol.for("mlops-map.peer-address");
if (!globalThis[hooked]) {
  globalThis[hooked] = true;
  http.createServer = stampingServers(http.createServer);
  https.createServer = stampingServers(https.createServer);
  process.env[PEER_STAMP_ENV] = "1";
}
