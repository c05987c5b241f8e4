import { describe, expect, it } from "vitest";
import { parseServerEnv } from "./env";

const secret = "s".repeat(32);

describe("parseServerEnv", () => {
  it("accepts a minimal environment and fills defaults", () => {
    const env = parseServerEnv({ BETTER_AUTH_SECRET: secret });
    expect(env).toMatchObject({
      NODE_ENV: "development",
      PGLITE_DIR: ".data/pglite",
      HOST: "127.0.0.1",
      TRUST_PROXY: { kind: "none" },
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("treats empty values as unset", () => {
    expect(parseServerEnv({ BETTER_AUTH_SECRET: secret, DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("names every wrong variable", () => {
    const parse = () =>
      parseServerEnv({ BETTER_AUTH_SECRET: "short", DATABASE_URL: "mysql://x", BETTER_AUTH_URL: "nope" });
    expect(parse).toThrow("BETTER_AUTH_SECRET: must be at least 32 characters");
    expect(parse).toThrow("DATABASE_URL: must be a postgresql:// connection URL");
    expect(parse).toThrow("BETTER_AUTH_URL: Invalid URL");
  });

  it("accepts postgres and postgresql URLs", () => {
    for (const url of ["postgres://u@h:5432/d", "postgresql://u:p@127.0.0.1/d?sslmode=disable"]) {
      expect(parseServerEnv({ BETTER_AUTH_SECRET: secret, DATABASE_URL: url }).DATABASE_URL).toBe(url);
    }
  });

  it("reads HOST as an address or a host name", () => {
    for (const host of ["0.0.0.0", "::", "::1", "localhost", "app.internal"]) {
      expect(parseServerEnv({ BETTER_AUTH_SECRET: secret, HOST: host }).HOST).toBe(host);
    }
    for (const host of ["http://x", "a b", "-x", "x:3000"]) {
      expect(() => parseServerEnv({ BETTER_AUTH_SECRET: secret, HOST: host }), host).toThrow(
        "HOST: must be an IP address or a host name",
      );
    }
  });

  it("reads TRUST_PROXY as a hop count or a list of ranges", () => {
    expect(parseServerEnv({ BETTER_AUTH_SECRET: secret, TRUST_PROXY: "1" }).TRUST_PROXY).toEqual({
      kind: "hops",
      hops: 1,
    });
    const ranges = parseServerEnv({ BETTER_AUTH_SECRET: secret, TRUST_PROXY: "10.0.0.0/8,fd00::/8" }).TRUST_PROXY;
    expect(ranges.kind === "ranges" && ranges.ranges).toEqual(["10.0.0.0/8", "fd00::/8"]);
  });

  it("stops on a malformed TRUST_PROXY, naming it", () => {
    for (const value of ["true", "10.0.0.0/40", "proxy.example", "99"]) {
      expect(() => parseServerEnv({ BETTER_AUTH_SECRET: secret, TRUST_PROXY: value }), value).toThrow(/TRUST_PROXY: /);
    }
  });
});
