import { describe, expect, it } from "vitest";
import { z } from "zod";
import { call } from "@/test/api";
import { signUp } from "@/test/users";
import { authedRoute, created } from "./route";

// The envelope every /api/v1 success follows (the comment in ./route.ts).
const NO_PARAMS = z.object({}).strict();

describe("authedRoute's envelope", () => {
  it("answers 200 with the object, 201 through created(...), 204 for null, each with x-request-id", async () => {
    const { cookie } = await signUp();
    const ok = await call(
      authedRoute(NO_PARAMS, async () => ({ thing: { id: 1 } })),
      { cookie, headers: { "x-request-id": "ok-1" } },
    );
    expect([ok.status, ok.body, ok.headers.get("x-request-id")]).toEqual([200, { thing: { id: 1 } }, "ok-1"]);
    const made = await call(
      authedRoute(NO_PARAMS, async () => created({ thing: { id: 2 } })),
      { method: "POST", cookie, headers: { "x-request-id": "new-1" } },
    );
    expect([made.status, made.body, made.headers.get("x-request-id")]).toEqual([201, { thing: { id: 2 } }, "new-1"]);
    const none = await call(
      authedRoute(NO_PARAMS, async () => null),
      { method: "DELETE", cookie, headers: { "x-request-id": "gone-1" } },
    );
    expect([none.status, none.body, none.headers.get("x-request-id")]).toEqual([204, null, "gone-1"]);
  });

  it("does not type-check a handler that answers outside the envelope", () => {
    // @ts-expect-error a bare array is not an envelope: wrap it, e.g. { things: [...] }
    authedRoute(NO_PARAMS, async () => [1, 2]);
    // @ts-expect-error a Response built by hand would skip the envelope and x-request-id; use created(...)
    authedRoute(NO_PARAMS, async () => Response.json({ thing: 1 }, { status: 201 }));
    // @ts-expect-error nor a bare value
    authedRoute(NO_PARAMS, async () => "ok");
  });
});
