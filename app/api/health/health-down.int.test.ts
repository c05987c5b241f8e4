import { describe, expect, it } from "vitest";
import { call } from "@/test/api";
import { GET } from "./route";

describe("GET /api/health with the database down", () => {
  it("answers 503 with db: down", async () => {
    // A port nothing listens on; the client is made on first use, after this.
    process.env.DATABASE_URL = "postgresql://postgres@127.0.0.1:1/none";
    delete process.env.DATABASE_SCHEMA;
    const res = await call(GET as never, {});
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ status: "degraded", db: "down" });
  });
});
