// Whether an error means "the database cannot be reached right now" rather than "this
// request is wrong" or "our code is wrong": the API answers the first with 503 and
// Retry-After, so clients wait and retry instead of reporting a bug.
//
// Errors arrive in several wrappings: Prisma's (P1001 "can't reach", P1017 "closed"...),
// the pg adapter's (a `kind`, or a PostgreSQL SQLSTATE as `originalCode`), node's socket
// codes, pg's own messages for a dropped connection, and better-auth's APIError with any
// of these as its `cause`. The chain of causes is walked, by shape only, so this module
// needs neither Prisma nor pg.

const PRISMA_CODES = new Set([
  "P1001", // can't reach database server
  "P1002", // reached, but timed out
  "P1008", // operations timed out (socket timeout)
  "P1017", // server closed the connection
  "P2024", // timed out fetching a connection from the pool
  "P2037", // too many connections
]);

const ADAPTER_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);

const SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EPIPE",
]);

/** Class 08 (connection exception), admin/crash shutdown, "starting up", too many connections. */
const SQLSTATE = /^(08[0-9A-Z]{3}|57P0[1-3]|53300)$/;

const MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Can't reach database server|Client has encountered a connection error|Unable to start a transaction in the given time/i;

const MAX_DEPTH = 8;

export function isDatabaseUnavailable(error: unknown): boolean {
  const queue: unknown[] = [error];
  const seen = new Set<unknown>();
  while (queue.length > 0 && seen.size < MAX_DEPTH) {
    const current = queue.shift();
    if (current === null || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    const e = current as Record<string, unknown>;
    if (e.name === "PrismaClientInitializationError") return true;
    if (typeof e.code === "string" && (PRISMA_CODES.has(e.code) || SOCKET_CODES.has(e.code) || SQLSTATE.test(e.code)))
      return true;
    if (typeof e.originalCode === "string" && SQLSTATE.test(e.originalCode)) return true;
    if (typeof e.kind === "string" && ADAPTER_KINDS.has(e.kind)) return true;
    if (typeof e.message === "string" && MESSAGES.test(e.message)) return true;
    const meta = e.meta as Record<string, unknown> | undefined;
    queue.push(e.cause, meta?.driverAdapterError);
  }
  return false;
}
