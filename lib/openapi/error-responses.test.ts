import { z } from "zod";
import { describe, expect, it } from "vitest";
import type { ApiOperation } from "./api-operation";
import { errorCodesOf, errorResponsesOf } from "./error-responses";

const base: ApiOperation = {
  method: "get",
  path: "/things",
  operationId: "listThings",
  summary: "List things",
  tag: "Things",
  responses: [],
};

describe("errors implied by an operation's shape", () => {
  it("a signed-in read: 401, 500 and 503", () => {
    expect(errorCodesOf(base)).toEqual(["unauthorized", "internal_error", "service_unavailable"]);
  });

  it("a public read: only 500", () => {
    expect(errorCodesOf({ ...base, auth: "public" })).toEqual(["internal_error"]);
  });

  it("a write with params and a JSON body, plus the service's own codes", () => {
    const op: ApiOperation = {
      ...base,
      method: "put",
      params: z.object({ id: z.string() }),
      body: { kind: "json", schema: z.object({}) },
      errors: ["forbidden", "conflict"],
    };
    expect(errorCodesOf(op)).toEqual([
      "invalid_json",
      "unauthorized",
      "forbidden",
      "csrf_rejected",
      "not_found",
      "conflict",
      "payload_too_large",
      "unsupported_media_type",
      "invalid_input",
      "internal_error",
      "service_unavailable",
    ]);
    const responses = errorResponsesOf(op);
    expect(Object.keys(responses)).toEqual(["400", "401", "403", "404", "409", "413", "415", "422", "500", "503"]);
    expect(responses["403"]!.name).toBe("403-forbidden-csrf_rejected");
    expect(responses["403"]!.response.description).toContain("`csrf_rejected`");
    expect(Object.keys(responses["503"]!.response.headers ?? {})).toEqual(["x-request-id", "retry-after"]);
  });
});
