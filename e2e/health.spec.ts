import { expect, test } from "./helpers";

test("GET /api/health reports the app and its database as up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(response.headers()["cache-control"]).toBe("no-store");
  expect(await response.json()).toEqual({ status: "ok", db: "ok", version: "0.1.0" });
});
