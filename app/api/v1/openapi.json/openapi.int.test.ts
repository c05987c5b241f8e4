import { describe, expect, it } from "vitest";
import * as teams from "@/app/api/v1/teams/route";
import * as teamById from "@/app/api/v1/teams/[teamId]/route";
import * as teamProjects from "@/app/api/v1/teams/[teamId]/projects/route";
import * as catalog from "@/app/api/v1/catalog/route";
import { ZApiError } from "@/lib/openapi/error-responses";
import { API_OPERATIONS } from "@/lib/openapi/registry";
import { call } from "@/test/api";
import { signUp } from "@/test/users";
import * as openapi from "./route";

/** The zod schema the registry documents for a method, path and status: the one the document is built from. */
function documentedSchema(method: string, path: string, status: number) {
  const op = API_OPERATIONS.find((o) => o.method === method && o.path === path);
  const schema = op?.responses.find((r) => r.status === status)?.schema;
  if (!schema || !("safeParse" in schema)) throw new Error(`No zod schema documented for ${method} ${path} ${status}`);
  return schema;
}

function expectDocumented(method: string, path: string, response: { status: number; body: unknown }) {
  const parsed = documentedSchema(method, path, response.status).safeParse(response.body);
  expect(parsed.error?.issues, `${method} ${path}`).toBeUndefined();
}

describe("GET /api/v1/openapi.json", () => {
  it("answers the document without a session", async () => {
    const res = await call(openapi.GET, {});
    expect(res.status).toBe(200);
    const doc = res.body as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toContain("/teams/{teamId}/projects");
  });

  it("documents answers the routes really give", async () => {
    const lead = await signUp("Doc reader");
    const made = await call(teams.POST, { method: "POST", cookie: lead.cookie, body: { name: "Documented" } });
    expectDocumented("post", "/teams", made);
    const teamId = (made.body as { team: { id: string } }).team.id;
    expectDocumented("get", "/teams", await call(teams.GET, { cookie: lead.cookie }));
    expectDocumented("get", "/teams/{teamId}", await call(teamById.GET, { cookie: lead.cookie, params: { teamId } }));
    const project = await call(teamProjects.POST, {
      method: "POST",
      cookie: lead.cookie,
      params: { teamId },
      body: { name: "Doc project" },
    });
    expectDocumented("post", "/teams/{teamId}/projects", project);
    expectDocumented("get", "/catalog", await call(catalog.GET, { cookie: lead.cookie }));

    const refused = await call(teams.GET, {});
    expect(refused.status).toBe(401);
    expect(ZApiError.safeParse(refused.body).error?.issues).toBeUndefined();
  });
});
