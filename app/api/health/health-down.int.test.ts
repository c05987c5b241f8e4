import { describe, expect, it } from "vitest";
import { call } from "@/test/api";
import { logLinesOf } from "@/test/log-lines";
import { GET } from "./route";

describe("GET /api/health with the database down", () => {
  it("answers 503 with db: down, and logs it at warn (a healthy answer is only debug)", async () => {
    // A port nothing listens on; the client is made on first use, after this.
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/none";
    delete process.env.DATABASE_SCHEMA;
    let res: Awaited<ReturnType<typeof call>> | undefined;
    const lines = await logLinesOf("info", async () => {
      res = await call(GET as never, {});
    });
    expect(res!.status).toBe(503);
    expect(res!.body).toMatchObject({ status: "degraded", db: "down" });
    expect(lines.filter((line) => line.msg === "request")).toEqual([
      expect.objectContaining({ level: "warn", route: "/api/health", status: 503 }),
    ]);
  });
});
