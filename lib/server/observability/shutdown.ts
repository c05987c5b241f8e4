import "server-only";
import diagnostics from "node:diagnostics_channel";
import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { logger } from "../log";
import { appMetrics } from "./metrics";

// Graceful shutdown of one instance (installed by instrumentation.ts, in `next start` and the
// standalone server alike). On SIGTERM the instance drains: /api/health answers 503 "draining"
// so the load balancer stops sending, new API requests get 503 `draining`, and the requests in
// flight finish — for at most SHUTDOWN_TIMEOUT_MS. Then it stops listening, closes the notebook
// workers and the database pool, and exits 0. Next's own handler (start-server.js) would close
// the socket at once, wait without a bound and exit 143.
//
// In-flight requests are counted from Node's HTTP diagnostics channel, so pages count as well
// as the API, and the same channel hands over the server to close.

type TShutdownState = { draining: boolean; inFlight: number; servers: Set<Server>; onIdle: Set<() => void> };

const holder = globalThis as unknown as { mlopsMapShutdown?: TShutdownState };
const state = (holder.mlopsMapShutdown ??= { draining: false, inFlight: 0, servers: new Set(), onIdle: new Set() });

/** True once the instance has been told to stop: it finishes what it has and takes nothing new. */
export function isDraining(): boolean {
  return state.draining;
}

export type TShutdownOptions = {
  timeoutMs: number;
  /** Ends what the process holds open (pools), after the last request. */
  close: () => Promise<void>;
  exit?: (code: number) => void;
};

/** Counts HTTP requests in flight and handles SIGTERM/SIGINT as above; once per process. */
export function installGracefulShutdown(options: TShutdownOptions): void {
  const flag = globalThis as unknown as { mlopsMapShutdownInstalled?: boolean };
  if (flag.mlopsMapShutdownInstalled) return;
  flag.mlopsMapShutdownInstalled = true;
  trackHttpRequests();
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    // Without NEXT_MANUAL_SIG_HANDLE Next has its handler in place already: this one replaces it.
    if (!process.env.NEXT_MANUAL_SIG_HANDLE) process.removeAllListeners(signal);
    process.on(signal, () => void drainAndExit(signal, options));
  }
}

/** Counts the process's HTTP requests in flight, and notes its servers (to close them). */
export function trackHttpRequests(): void {
  diagnostics.subscribe("http.server.request.start", (message) => {
    const { response, server } = message as { response: ServerResponse<IncomingMessage>; server: Server };
    state.servers.add(server);
    state.inFlight += 1;
    // "close" comes after the last byte is sent and also when the client goes away.
    response.once("close", () => {
      state.inFlight -= 1;
      if (state.inFlight === 0) for (const resolve of state.onIdle) resolve();
    });
  });
}

/** Drains as above and exits; a second signal while draining changes nothing. */
export async function drainAndExit(signal: string, { timeoutMs, close, exit = process.exit }: TShutdownOptions) {
  if (state.draining) return;
  state.draining = true;
  appMetrics().draining.set(1);
  const log = logger();
  log.info({ signal, inFlight: state.inFlight, timeoutMs }, "draining: finishing requests in flight");
  const idle = await waitForIdle(timeoutMs);
  if (!idle) log.warn({ inFlight: state.inFlight }, "shutdown timeout reached with requests still in flight");
  for (const server of state.servers) {
    server.close();
    server.closeAllConnections();
  }
  try {
    await close();
  } catch (error) {
    log.error({ error: String(error) }, "closing pools failed");
  }
  log.info("stopped");
  exit(0);
}

function waitForIdle(timeoutMs: number): Promise<boolean> {
  if (state.inFlight <= 0) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (idle: boolean) => {
      clearTimeout(timer);
      state.onIdle.delete(onIdle);
      resolve(idle);
    };
    const onIdle = () => done(true);
    const timer = setTimeout(() => done(false), timeoutMs);
    state.onIdle.add(onIdle);
  });
}
