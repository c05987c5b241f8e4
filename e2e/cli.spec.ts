import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  createProjectViaApi,
  createTeamViaApi,
  expect,
  newUser,
  runSuffix,
  sameOrigin,
  signUpViaApi,
  test,
} from "./helpers";

// The mlops-map command against the built app, as a CI job runs it: a user signs up and makes
// an API token, then the bin entry (bin/mlops-map.mjs, what `npx mlops-map` and a global install
// run) lists teams, imports a notebook, fetches the roadmap, takes a backup and restores it into
// a second team, all with MLOPS_MAP_URL / MLOPS_MAP_TOKEN; and a bad token fails in one line.

const root = path.resolve(import.meta.dirname, "..");
const bin = path.join(root, "bin/mlops-map.mjs");
const notebook = path.join(root, "lib/notebook/fixtures/tabular-sklearn.ipynb");

type Run = { code: number; stdout: string; stderr: string };

function cli(args: string[], env: Record<string, string>, cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { cwd, env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

test("the CLI works a project through the API with a token", async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  // The page's own request context: the session it signs up with also signs the page in.
  const request = page.request;
  const user = newUser("Cli User");
  await signUpViaApi(request, baseURL!, user);
  const suffix = runSuffix();
  const teamA = await createTeamViaApi(request, `CLI team ${suffix}`);
  const teamB = await createTeamViaApi(request, `CLI restore team ${suffix}`);
  const project = await createProjectViaApi(request, teamA.id, "Churn by CLI");
  const made = await request.post("/api/v1/tokens", {
    data: { name: "CLI e2e", teamIds: null, ceiling: "LEAD" },
    headers: sameOrigin(),
  });
  expect(made.status(), await made.text()).toBe(201);
  const secret = ((await made.json()) as { secret: string }).secret;
  const env = { MLOPS_MAP_URL: baseURL!, MLOPS_MAP_TOKEN: secret };
  const dir = mkdtempSync(path.join(tmpdir(), "mlops-map-cli-e2e-"));
  const run = (...args: string[]) => cli(args, env, dir);

  await test.step("teams --json: one JSON value with both teams", async () => {
    const { code, stdout, stderr } = await run("teams", "--json");
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    const { teams } = JSON.parse(stdout) as { teams: { id: string }[] };
    expect(teams.map((t) => t.id)).toEqual(expect.arrayContaining([teamA.id, teamB.id]));
  });

  const nodes = await test.step("import puts the notebook's steps on the project's canvas", async () => {
    const { code, stdout, stderr } = await run("import", notebook, "--project", project.id);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^added \d+ steps and \d+ data nodes from tabular-sklearn\.ipynb; pipeline version 1\n$/);
    const saved = await request.get(`/api/v1/projects/${project.id}/pipeline`);
    const { pipeline } = (await saved.json()) as { pipeline: { nodes: { kind: string }[] } };
    expect(pipeline.nodes.filter((n) => n.kind === "step").length).toBeGreaterThan(1);
    return pipeline.nodes.length;
  });

  await test.step("roadmap --format md -o writes the API's bytes", async () => {
    const item = await request.post(`/api/v1/projects/${project.id}/roadmap/items`, {
      data: { title: "Track experiments", toolSlug: "mlflow" },
      headers: sameOrigin(),
    });
    expect(item.status()).toBe(201);
    const { code, stdout } = await run("roadmap", project.id, "--format", "md", "-o", "roadmap.md");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^wrote roadmap\.md \(\d+ bytes\)\n$/);
    const served = await (await request.get(`/api/v1/projects/${project.id}/roadmap.md`)).body();
    const written = readFileSync(path.join(dir, "roadmap.md"));
    expect(written.equals(served)).toBe(true);
    expect(written.toString("utf8")).toContain("Track experiments");
  });

  await test.step("export -o and restore into the second team", async () => {
    const exported = await run("export", project.id, "-o", "backup.json");
    expect(exported.code).toBe(0);
    const backup = JSON.parse(readFileSync(path.join(dir, "backup.json"), "utf8")) as {
      format: string;
      pipeline: { nodes: unknown[] };
    };
    expect(backup.format).toBe("mlops-map.project-backup");
    expect(backup.pipeline.nodes).toHaveLength(nodes);

    const restored = await run("restore", "backup.json", "--team", teamB.id, "--json");
    expect(restored.stderr).toBe("");
    expect(restored.code).toBe(0);
    const { project: copy, report } = JSON.parse(restored.stdout) as {
      project: { id: string; teamId: string; name: string };
      report: { unassignedEmails: string[]; counts: { nodes: number; roadmapItems: number } };
    };
    expect(copy).toMatchObject({ teamId: teamB.id, name: "Churn by CLI" });
    expect(report).toMatchObject({ unassignedEmails: [], counts: { nodes, roadmapItems: 1 } });
    const listed = await run("projects", "--team", teamB.id);
    expect(listed.stdout).toContain(copy.id);
  });

  await test.step("the same backup restores from the team's projects page", async () => {
    await page.goto(`/teams/${teamB.id}`);
    await page.getByRole("button", { name: "Restore from backup" }).click();
    await page.getByLabel("Backup file").setInputFiles(path.join(dir, "backup.json"));
    const report = page.getByRole("status").filter({ hasText: "Restored" });
    await expect(report).toContainText("Churn by CLI (restored)");
    await expect(report).toContainText("Everyone named in the backup is in this team.");
    await page.getByRole("button", { name: "Done" }).click();
    await expect(page.getByRole("link", { name: "Churn by CLI (restored)", exact: true })).toBeVisible();
  });

  await test.step("a bad token: exit 1 and one line on stderr with the server's message and request id", async () => {
    const { code, stdout, stderr } = await cli(["teams"], { ...env, MLOPS_MAP_TOKEN: "mm_not_a_real_token" }, dir);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/\(token_invalid, HTTP 401, request id [A-Za-z0-9._-]+\)\n$/);
  });
});
