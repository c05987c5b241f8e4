import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PEER_HEADER as APP_PEER_HEADER, PEER_STAMP_ENV as APP_PEER_STAMP_ENV } from "@/lib/server/client-address";
// Loading the preload wraps http.createServer in this test's process, as in the server's.
import { PEER_HEADER, PEER_STAMP_ENV } from "./peer-address.mjs";

let server: http.Server;
let port: number;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const copies = request.rawHeaders.filter(
      (_, i) => i % 2 === 0 && request.rawHeaders[i]!.toLowerCase() === PEER_HEADER,
    );
    response.end(
      JSON.stringify({
        peer: request.headers[PEER_HEADER],
        copies: copies.length,
        forwardedFor: request.headers["x-forwarded-for"],
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("peer-address preload", () => {
  it("stamps the connection's address and drops any copy the client sent", async () => {
    const response = await fetch(`http://127.0.0.1:${port}/`, {
      headers: { [PEER_HEADER]: "198.51.100.66", "x-forwarded-for": "198.51.100.66" },
    });
    expect(await response.json()).toEqual({ peer: "127.0.0.1", copies: 1, forwardedFor: "198.51.100.66" });
  });

  it("tells the app that the header is trustworthy, under the names the app reads", () => {
    expect(process.env[PEER_STAMP_ENV]).toBe("1");
    expect([PEER_HEADER, PEER_STAMP_ENV]).toEqual([APP_PEER_HEADER, APP_PEER_STAMP_ENV]);
  });
});
