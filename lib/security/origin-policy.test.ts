import { describe, expect, it } from "vitest";
import { appOrigins, checkRequestOrigin, loopbackTwins } from "./origin-policy";

const APP = ["https://map.example.com"];

function verdict(
  method: string,
  headers: Record<string, string>,
  credentials: "session-cookie" | "bearer-token" = "session-cookie",
) {
  return checkRequestOrigin({ method, headers: new Headers(headers), credentials, appOrigins: APP });
}

describe("checkRequestOrigin", () => {
  it("lets reads through whatever their origin", () => {
    for (const method of ["GET", "HEAD", "OPTIONS", "get"])
      expect(verdict(method, { origin: "https://evil.example" })).toEqual({ allowed: true });
  });

  it("allows a write whose Origin is the app's", () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"])
      expect(verdict(method, { origin: "https://map.example.com" }).allowed).toBe(true);
    expect(verdict("POST", { origin: "https://map.example.com:443" }).allowed).toBe(true);
  });

  it("refuses a write from another origin, even on the same site, naming the expected origin", () => {
    for (const origin of [
      "https://evil.example",
      "http://map.example.com",
      "https://map.example.com:8443",
      "https://sub.map.example.com",
      "null",
      "not a url",
      "file://x",
    ]) {
      const result = verdict("POST", { origin, "sec-fetch-site": "same-origin" });
      expect(result, origin).toEqual({
        allowed: false,
        message: expect.stringContaining("does not match https://map.example.com"),
      });
    }
  });

  it("falls back to Sec-Fetch-Site only when there is no Origin", () => {
    expect(verdict("DELETE", { "sec-fetch-site": "same-origin" }).allowed).toBe(true);
    for (const site of ["same-site", "cross-site", "none"])
      expect(verdict("DELETE", { "sec-fetch-site": site }).allowed, site).toBe(false);
    expect(verdict("PATCH", {})).toEqual({
      allowed: false,
      message: expect.stringContaining("no Origin header (send Origin: https://map.example.com)"),
    });
  });

  it("does not check requests that carry a bearer token: browsers never attach one on their own", () => {
    expect(verdict("POST", { origin: "https://evil.example" }, "bearer-token").allowed).toBe(true);
    expect(verdict("POST", {}, "bearer-token").allowed).toBe(true);
  });
});

describe("appOrigins", () => {
  const requestUrl = new URL("http://127.0.0.1:3000/api/v1/teams");

  it("is the public URL's origin and its loopback twin when the public URL is set", () => {
    expect(appOrigins({ publicUrl: "https://map.example.com/base", requestUrl, host: "attacker.example" })).toEqual([
      "https://map.example.com",
    ]);
    expect(appOrigins({ publicUrl: "http://localhost:3000", requestUrl, host: null })).toEqual([
      "http://localhost:3000",
      "http://127.0.0.1:3000",
    ]);
  });

  it("without a public URL, is the request's scheme with the Host header the browser sent", () => {
    expect(appOrigins({ requestUrl, host: "map.internal:8080" })).toEqual(["http://map.internal:8080"]);
    expect(appOrigins({ requestUrl: new URL("https://x/"), host: "map.example.com" })).toEqual([
      "https://map.example.com",
    ]);
    expect(appOrigins({ requestUrl, host: null })).toEqual(["http://127.0.0.1:3000"]);
  });
});

describe("loopbackTwins", () => {
  it("pairs localhost with 127.0.0.1 and leaves other hosts alone", () => {
    expect(loopbackTwins("http://127.0.0.1:4123")).toEqual(["http://127.0.0.1:4123", "http://localhost:4123"]);
    expect(loopbackTwins("http://localhost")).toEqual(["http://localhost", "http://127.0.0.1"]);
    expect(loopbackTwins("https://map.example.com")).toEqual(["https://map.example.com"]);
  });
});
