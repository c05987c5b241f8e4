import { beforeAll, describe, expect, it } from "vitest";
import * as catalogBySlug from "@/app/api/v1/catalog/[slug]/route";
import * as catalog from "@/app/api/v1/catalog/route";
import { CATALOG, CATALOG_SLUGS } from "@/lib/catalog/catalog";
import { getDb } from "@/lib/server/db";
import { ZCatalogResponse, ZCatalogToolDetailResponse } from "@/lib/validation/catalog";
import { call } from "@/test/api";
import { signUp } from "@/test/users";

// GET /api/v1/catalog and /api/v1/catalog/:slug against the Tool table that the migration
// runner filled (test/setup-db.ts runs prepareDatabase for this file's schema), with the
// answers parsed by the strict wire schemas (this is the catalog's contract test).

let cookie = "";
beforeAll(async () => {
  ({ cookie } = await signUp("Catalog Reader"));
});

const list = (query = "") => call(catalog.GET, { cookie, path: `/api/v1/catalog${query}` });

describe("GET /api/v1/catalog", () => {
  it("serves every stored tool, in catalog order, in the wire shape", async () => {
    const response = await list();
    expect(response.status).toBe(200);
    const body = ZCatalogResponse.parse(response.body);
    expect(body.tools.map((t) => t.slug)).toEqual(CATALOG_SLUGS);
    expect(body.tools).toEqual(CATALOG);
  });

  it("serves what the table holds, not the data in the code", async () => {
    await getDb().tool.update({ where: { slug: "pytest" }, data: { description: "Stored description, edited." } });
    try {
      const body = ZCatalogResponse.parse((await list("?q=pytest")).body);
      expect(body.tools[0]).toMatchObject({ slug: "pytest", description: "Stored description, edited." });
    } finally {
      const original = CATALOG.find((t) => t.slug === "pytest")!;
      await getDb().tool.update({ where: { slug: "pytest" }, data: { description: original.description } });
    }
  });

  it("filters by component, phase, hosting, licence and language together", async () => {
    const body = ZCatalogResponse.parse((await list("?component=ci_cd&hosting=self_hosted&licence=open_source")).body);
    expect(body.tools.map((t) => t.slug)).toEqual(["gitlab-ci", "jenkins", "argo-cd", "flux"]);
    const r = ZCatalogResponse.parse((await list("?language=r&phase=DEV")).body);
    expect(r.tools.length).toBeGreaterThan(0);
    for (const tool of r.tools) {
      expect(tool.languages).toContain("r");
      expect(tool.phases).toContain("DEV");
    }
  });

  it("searches names, aliases and descriptions, names first: terraform finds Terraform, flagged, then OpenTofu", async () => {
    const body = ZCatalogResponse.parse((await list("?q=terraform")).body);
    expect(body.tools[0]!.slug).toBe("terraform");
    expect(body.tools[0]!.licence).toMatchObject({ kind: "source_available", openAlternative: "opentofu" });
    expect(body.tools.map((t) => t.slug)).toContain("opentofu");
    expect(ZCatalogResponse.parse((await list("?q=K8S")).body).tools[0]!.slug).toBe("kubernetes");
  });

  it("treats empty filters as absent and answers an empty list when nothing matches", async () => {
    expect(ZCatalogResponse.parse((await list("?component=&q=")).body).tools).toHaveLength(CATALOG.length);
    expect((await list("?q=no-such-tool-anywhere")).body).toEqual({ tools: [] });
  });

  it.each([
    ["?component=quantum", "component"],
    ["?phase=ops", "phase"],
    ["?licence=free", "licence"],
    ["?hosting=moon", "hosting"],
    ["?language=cobol", "language"],
    [`?q=${"x".repeat(101)}`, "q"],
    ["?q=%00", "q"],
    ["?component=ci_cd&component=testing", "component"],
  ])("refuses %s with 422 naming %s", async (query, field) => {
    const response = await list(query);
    expect(response.status).toBe(422);
    expect(response.body?.error.code).toBe("invalid_input");
    expect(response.body?.error.issues.map((i: { path: string }) => i.path)).toContain(field);
  });

  it("refuses an unknown filter with 422 naming it", async () => {
    const response = await list("?compnent=ci_cd");
    expect(response.status).toBe(422);
    expect(response.body?.error.message).toMatch(/Unknown filter: compnent/);
  });

  it("needs a session", async () => {
    const response = await call(catalog.GET, { path: "/api/v1/catalog" });
    expect(response.status).toBe(401);
  });
});

describe("GET /api/v1/catalog/:slug", () => {
  it("serves one tool in the wire shape", async () => {
    const response = await call(catalogBySlug.GET, { cookie, params: { slug: "seldon-core" } });
    expect(response.status).toBe(200);
    const { tool } = ZCatalogToolDetailResponse.parse(response.body);
    expect(tool).toEqual(CATALOG.find((t) => t.slug === "seldon-core"));
  });

  it("answers 404 not_found for a slug not in the catalog, 422 for a malformed one", async () => {
    const missing = await call(catalogBySlug.GET, { cookie, params: { slug: "neptune" } });
    expect(missing.status).toBe(404);
    expect(missing.body?.error.code).toBe("not_found");
    const bad = await call(catalogBySlug.GET, { cookie, params: { slug: "Not A Slug" } });
    expect(bad.status).toBe(422);
    expect(bad.body?.error.issues[0].path).toBe("slug");
  });

  it("answers 405 with Allow for a write", async () => {
    const response = await call(catalogBySlug.DELETE, { cookie, method: "DELETE", params: { slug: "dvc" } });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });
});
