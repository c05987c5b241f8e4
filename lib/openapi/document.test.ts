import { Validator } from "@seriousme/openapi-schema-validator";
import { describe, expect, it } from "vitest";
import { ERROR_CODES } from "@/lib/server/errors";
import { buildOpenApiDocument } from "./document";

const document = buildOpenApiDocument();

type Operation = { responses: Record<string, ResponseRef>; security?: unknown };
const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
  Object.entries(item as Record<string, Operation>).map(([method, op]) => ({ path, method, op })),
);

type ResponseRef = { $ref?: string; content?: Record<string, { schema?: unknown }> };

/** The codes an error response's schema names (the enum narrowing the shared ApiError). */
function codesOf(ref: ResponseRef): string[] {
  const name = ref.$ref?.replace("#/components/responses/", "") ?? "";
  const response = (document.components?.responses?.[name] ?? ref) as ResponseRef;
  const schema = response.content?.["application/json"]?.schema as
    { allOf?: { properties?: { error?: { properties?: { code?: { enum?: string[] } } } } }[] } | undefined;
  return schema?.allOf?.flatMap((part) => part.properties?.error?.properties?.code?.enum ?? []) ?? [];
}

describe("the OpenAPI document", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(JSON.parse(JSON.stringify(document)) as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe("3.1.0");
  });

  it("names only codes of ERROR_CODES, each under its own status", () => {
    for (const { path, method, op } of operations)
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        const codes = codesOf(response);
        expect(codes.length, `${method} ${path} ${status}`).toBeGreaterThan(0);
        for (const code of codes) {
          expect(Object.keys(ERROR_CODES), `${method} ${path}`).toContain(code);
          expect(ERROR_CODES[code as keyof typeof ERROR_CODES].status, `${method} ${path} ${code}`).toBe(
            Number(status),
          );
        }
      }
  });

  it("gives every authenticated operation 401, and every operation a success and a 500", () => {
    for (const { path, method, op } of operations) {
      const statuses = Object.keys(op.responses);
      expect(
        statuses.some((s) => s.startsWith("2")),
        `${method} ${path}`,
      ).toBe(true);
      expect(statuses, `${method} ${path}`).toContain("500");
      const isPublic = Array.isArray(op.security) && op.security.length === 0;
      if (!isPublic) expect(codesOf(op.responses["401"]!), `${method} ${path}`).toEqual(["unauthorized"]);
    }
  });

  it("offers the session cookie and bearer tokens, and keeps /openapi.json public", () => {
    expect(document.security).toEqual([{ cookieAuth: [] }, { bearerAuth: [] }]);
    expect(Object.keys(document.components?.securitySchemes ?? {})).toEqual(["cookieAuth", "bearerAuth"]);
    expect(document.paths?.["/openapi.json"]?.get?.security).toEqual([]);
  });

  it("lists a service's own errors where they belong", () => {
    const put = document.paths?.["/projects/{projectId}/roadmap/order"]?.put as unknown as Operation;
    expect(codesOf(put.responses["409"]!)).toEqual(["roadmap_order_conflict"]);
    const analyze = document.paths?.["/notebooks/analyze"]?.post as unknown as Operation;
    expect(codesOf(analyze.responses["503"]!)).toEqual(["service_unavailable", "busy"]);
    expect(codesOf(analyze.responses["422"]!)).toContain("not_a_notebook");
  });
});
