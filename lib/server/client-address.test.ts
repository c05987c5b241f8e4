import { afterEach, describe, expect, it, vi } from "vitest";
import { CLIENT_IP_HEADER, PEER_HEADER, PEER_STAMP_ENV, withClientAddress } from "./client-address";

vi.mock("server-only", () => ({}));

// Next passes route handlers a Proxy of the request whose getters run on the real request (so
// they work), while private fields do not pass through it. Node 22+'s Request reads its input's
// private fields: `new Request(proxy)` throws there. This is the same shape.
function asNextPassesIt(request: Request): Request {
  return new Proxy(request, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

afterEach(() => vi.unstubAllEnvs());

describe("withClientAddress", () => {
  it("copies a proxied POST with its body, its other headers and our address header", async () => {
    vi.stubEnv(PEER_STAMP_ENV, "1");
    vi.stubEnv("TRUST_PROXY", "");
    const original = new Request("http://app.test/api/auth/sign-in/email?x=1", {
      method: "POST",
      headers: { "content-type": "application/json", [PEER_HEADER]: "203.0.113.9", [CLIENT_IP_HEADER]: "6.6.6.6" },
      body: JSON.stringify({ email: "a@b.co" }),
    });
    const copy = withClientAddress(asNextPassesIt(original));
    expect(copy.url).toBe("http://app.test/api/auth/sign-in/email?x=1");
    expect(copy.method).toBe("POST");
    expect(copy.headers.get("content-type")).toBe("application/json");
    // A client's own copy of the header is replaced by the address we computed.
    expect(copy.headers.get(CLIENT_IP_HEADER)).toBe("203.0.113.9");
    expect(await copy.json()).toEqual({ email: "a@b.co" });
  });

  it("copies a GET without a body, and without the header when the address is unknown", () => {
    vi.stubEnv(PEER_STAMP_ENV, "");
    const original = new Request("http://app.test/api/auth/get-session", {
      headers: { cookie: "s=1", [CLIENT_IP_HEADER]: "6.6.6.6" },
    });
    const copy = withClientAddress(asNextPassesIt(original));
    expect(copy.method).toBe("GET");
    expect(copy.body).toBeNull();
    expect(copy.headers.get("cookie")).toBe("s=1");
    expect(copy.headers.has(CLIENT_IP_HEADER)).toBe(false);
  });
});
