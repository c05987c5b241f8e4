import { describe, expect, it } from "vitest";
import { parseServerEnv } from "./env";

const secret = "s".repeat(32);

describe("parseServerEnv", () => {
  it("accepts a minimal environment and fills defaults", () => {
    const env = parseServerEnv({ BETTER_AUTH_SECRET: secret });
    expect(env).toMatchObject({ NODE_ENV: "development", PGLITE_DIR: ".data/pglite" });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("treats empty values as unset", () => {
    expect(parseServerEnv({ BETTER_AUTH_SECRET: secret, DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("names every wrong variable", () => {
    const parse = () => parseServerEnv({ BETTER_AUTH_SECRET: "short", DATABASE_URL: "mysql://x", BETTER_AUTH_URL: "nope" });
    expect(parse).toThrow("BETTER_AUTH_SECRET: must be at least 32 characters");
    expect(parse).toThrow("DATABASE_URL: must be a postgresql:// connection URL");
    expect(parse).toThrow("BETTER_AUTH_URL: Invalid URL");
  });

  it("accepts postgres and postgresql URLs", () => {
    for (const url of ["postgres://u@h:5432/d", "postgresql://u:p@127.0.0.1/d?sslmode=disable"]) {
      expect(parseServerEnv({ BETTER_AUTH_SECRET: secret, DATABASE_URL: url }).DATABASE_URL).toBe(url);
    }
  });
});
