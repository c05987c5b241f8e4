// The HTTP half of the API benchmarks (bench:roadmap's part 2, bench:api): one route of the
// production build against a bare route of the same server answering the same bytes, at
// 50 connections with autocannon over loopback, in alternating rounds of the same run, so
// the ratio compares like with like on a machine whose load changes from minute to minute.

import autocannon from "autocannon";
import { log } from "../bench-canvas/cleanup";

export const CONNECTIONS = 50;
export const RATIO_TARGET = 0.5;
export const P99_TARGET_MS = 50;

export type HttpRound = {
  reqPerSec: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  /** The statuses other than 2xx, with their counts ("409×3"). */
  others?: string;
};

/** What autocannon sends: a URL, or a request it builds anew each time (a save with the right version). */
export type HttpTarget = {
  url: string;
  method?: "GET" | "PUT";
  headers?: Record<string, string>;
  body?: string;
  /** Per request: the body and headers to send, and what to do with the answer (a PUT's next version). */
  perRequest?: {
    build: () => { path: string; body: string; key: string };
    done: (key: string, body: string) => void;
    /** Called before each run, to recover from the requests the last one left unanswered. */
    reclaim?: () => Promise<void>;
  };
};

export type Comparison = { route: HttpRound; bare: HttpRound; ratio: number };

export async function cannon(target: HttpTarget, durationS: number): Promise<HttpRound> {
  const headers = {
    ...target.headers,
    ...(target.body || target.perRequest ? { "content-type": "application/json" } : {}),
  };
  const dynamic = target.perRequest;
  await dynamic?.reclaim?.();
  const result = await autocannon({
    url: target.url,
    connections: CONNECTIONS,
    duration: durationS,
    method: target.method ?? "GET",
    headers,
    body: target.body,
    ...(dynamic && {
      requests: [
        {
          setupRequest: (request: autocannon.Request, context: object) => {
            const next = dynamic.build();
            (context as { key?: string }).key = next.key;
            return { ...request, path: next.path, body: next.body };
          },
          onResponse: (_status: number, body: string, context: object) =>
            dynamic.done(String((context as { key?: string }).key), body),
        },
      ],
    }),
  });
  return {
    reqPerSec: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
    others: Object.entries(result.statusCodeStats ?? {})
      .filter(([status]) => !status.startsWith("2"))
      .map(([status, { count }]) => `${status}×${count ?? 0}`)
      .join(", "),
  };
}

/** Mean req/s over the rounds; the worst p50 and p99 (the honest side of a noisy machine). */
export function combineRounds(rounds: HttpRound[]): HttpRound {
  const sum = (f: (r: HttpRound) => number) => rounds.reduce((s, r) => s + f(r), 0);
  return {
    reqPerSec: sum((r) => r.reqPerSec) / rounds.length,
    p50: Math.max(...rounds.map((r) => r.p50)),
    p99: Math.max(...rounds.map((r) => r.p99)),
    non2xx: sum((r) => r.non2xx),
    errors: sum((r) => r.errors),
    others: rounds
      .map((r) => r.others)
      .filter(Boolean)
      .join("; "),
  };
}

/** A 3 s warm-up of each side (not counted), then `rounds` rounds of each, alternating which goes first. */
export async function compareRoutes(
  name: string,
  route: HttpTarget,
  bare: HttpTarget,
  options: { rounds: number; durationS: number },
): Promise<Comparison> {
  await cannon(route, 3);
  await cannon(bare, 3);
  const runs = { route: [] as HttpRound[], bare: [] as HttpRound[] };
  for (let i = 0; i < options.rounds; i++) {
    const order = i % 2 === 0 ? (["route", "bare"] as const) : (["bare", "route"] as const);
    for (const which of order) {
      const round = await cannon(which === "route" ? route : bare, options.durationS);
      runs[which].push(round);
      log(
        `${name} round ${i + 1} ${which.padEnd(5)} ${round.reqPerSec.toFixed(0)} req/s, p50 ${round.p50} ms, p99 ${round.p99} ms` +
          (round.non2xx || round.errors ? `, ${round.non2xx} non-2xx, ${round.errors} errors` : ""),
      );
    }
  }
  const routeResult = combineRounds(runs.route);
  const bareResult = combineRounds(runs.bare);
  return { route: routeResult, bare: bareResult, ratio: routeResult.reqPerSec / bareResult.reqPerSec };
}

/** A result line for BENCHMARKS.md. */
export function roundLine(name: string, x: HttpRound, rounds: number): string {
  return (
    `- ${name}: ${x.reqPerSec.toFixed(0)} req/s (mean of ${rounds} rounds), p50 ${x.p50} ms, p99 ${x.p99} ms (worst round)` +
    (x.non2xx || x.errors
      ? `; ${x.non2xx} non-2xx${x.others ? ` (${x.others})` : ""}, ${x.errors} errors (timeouts)`
      : "")
  );
}

/** The verdict line: the ratio against its target, and the p99 against its own when `p99Target`. */
export function verdictLine(name: string, c: Comparison, p99Target: boolean): string {
  const ratio = `ratio ${c.ratio.toFixed(2)}× (target ≥ ${RATIO_TARGET}: ${c.ratio >= RATIO_TARGET ? "met" : "missed"})`;
  const p99 = p99Target
    ? `; p99 ${c.route.p99} ms (target < ${P99_TARGET_MS} ms: ${c.route.p99 < P99_TARGET_MS ? "met" : "missed"}; the bare route's own p99: ${c.bare.p99} ms)`
    : "";
  return `- ${name}: ${ratio}${p99}.`;
}
