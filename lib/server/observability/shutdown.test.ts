import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { drainAndExit, isDraining, trackHttpRequests } from "./shutdown";

// The drain itself (e2e/multi-instance.spec.ts signals a real server): it waits for the
// requests in flight, bounded by the timeout, then closes the server and the pools, and exits 0.

let server: Server;
let url: string;

beforeAll(async () => {
  trackHttpRequests();
  server = createServer((request, response) => {
    const ms = Number(new URL(request.url!, "http://x").searchParams.get("ms"));
    setTimeout(() => response.end(`slept ${ms}`), ms);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => server.close());

describe("drainAndExit", () => {
  it("finishes the request in flight, then closes and exits 0; a timeout bounds a slower one", async () => {
    const slow = fetch(`${url}/?ms=400`).then((r) => r.text());
    const tooSlow = fetch(`${url}/?ms=5000`).then(
      (r) => r.status,
      () => "cut off",
    );
    await new Promise((resolve) => setTimeout(resolve, 100));
    const events: string[] = [];
    const started = Date.now();
    const done = drainAndExit("SIGTERM", {
      timeoutMs: 1000,
      close: async () => void events.push("closed"),
      exit: (code) => void events.push(`exit ${code}`),
    });
    expect(isDraining()).toBe(true);
    expect(await slow).toBe("slept 400");
    expect(events).toEqual([]);
    await done;
    const elapsed = Date.now() - started;
    expect(events).toEqual(["closed", "exit 0"]);
    expect(elapsed).toBeGreaterThanOrEqual(900);
    expect(await tooSlow).toBe("cut off");
    // Stopped listening: a new connection is refused.
    await expect(fetch(`${url}/?ms=0`)).rejects.toThrow();
  });

  it("does nothing more on a second signal", async () => {
    const events: string[] = [];
    await drainAndExit("SIGTERM", { timeoutMs: 10, close: async () => void events.push("closed"), exit: () => {} });
    expect(events).toEqual([]);
  });
});
