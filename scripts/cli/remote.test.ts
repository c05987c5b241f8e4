import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The remote commands as a user runs them (the bin entry, a real process) against a stand-in
// server: what they send, what they print, and the one stderr line of each failure. The real
// server is e2e/cli.spec.ts's.

const root = path.resolve(import.meta.dirname, "../..");
const bin = path.join(root, "bin/mlops-map.mjs");
const dir = mkdtempSync(path.join(tmpdir(), "cli-remote-"));
const TOKEN = "mm_test_token";

type Seen = { method: string; url: string; authorization?: string; contentType?: string; body: string };
const seen: Seen[] = [];
let server: Server;
let url = "";

const team = { id: "cteam000000000000000000001", name: "Fraud", role: "LEAD", memberCount: 2, projectCount: 1 };
const project = {
  id: "cproj000000000000000000001",
  teamId: team.id,
  name: "Scoring",
  description: "",
  version: 1,
  createdAt: "2026-12-01T10:00:00.000Z",
  updatedAt: "2026-12-02T10:00:00.000Z",
};

function answer(req: IncomingMessage, body: string) {
  if (req.headers.authorization !== `Bearer ${TOKEN}`)
    return {
      status: 401,
      json: { error: { code: "unauthorized", message: "Sign in to continue.", requestId: "r-401" } },
    };
  if (req.url === "/api/v1/teams") return { status: 200, json: { teams: [team] } };
  if (req.url === `/api/v1/teams/${team.id}/projects`) return { status: 200, json: { projects: [project] } };
  if (req.url === `/api/v1/projects/${project.id}/roadmap.md`) return { status: 200, text: "# Roadmap\n\nbytes ✓\n" };
  if (req.url === `/api/v1/teams/${team.id}/projects/restore`) {
    JSON.parse(body);
    const report = {
      unassignedEmails: ["ana@example.com"],
      counts: { nodes: 1, edges: 0, cells: 0, groups: 0, assessments: 0, roadmapItems: 2 },
    };
    return { status: 201, json: { project, report } };
  }
  return { status: 404, json: { error: { code: "not_found", message: "Project not found.", requestId: "r-404" } } };
}

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      seen.push({
        method: req.method!,
        url: req.url!,
        authorization: req.headers.authorization,
        contentType: req.headers["content-type"],
        body,
      });
      const out = answer(req, body);
      res.writeHead(out.status, {
        "content-type": out.text ? "text/markdown" : "application/json",
        "x-request-id": "hdr-id",
      });
      res.end(out.text ?? JSON.stringify(out.json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

function cli(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: dir,
      env: { ...process.env, MLOPS_MAP_URL: url, MLOPS_MAP_TOKEN: TOKEN, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("mlops-map remote commands", { timeout: 60_000 }, () => {
  it("teams --json prints exactly the server's teams, sending the token as a Bearer", async () => {
    const { code, stdout, stderr } = await cli(["teams", "--json"]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(JSON.parse(stdout)).toEqual({ teams: [team] });
    expect(seen.at(-1)).toMatchObject({ method: "GET", url: "/api/v1/teams", authorization: `Bearer ${TOKEN}` });
  });

  it("projects lists every team's projects as a table, or one team's with --team", async () => {
    const all = await cli(["projects"]);
    expect(all.code).toBe(0);
    expect(all.stdout.split("\n")[0]).toMatch(/^ID\s+NAME\s+TEAM\s+UPDATED$/);
    expect(all.stdout).toContain(`${project.id}  Scoring  ${team.id}  2026-12-02`);
    const one = await cli(["projects", "--team", team.id, "--json"]);
    expect(JSON.parse(one.stdout)).toEqual({ projects: [project] });
  });

  it("roadmap -o writes the server's bytes as they are", async () => {
    const { code, stdout } = await cli(["roadmap", project.id, "--format", "md", "-o", "road.md", "--url", url]);
    expect(code).toBe(0);
    const served = "# Roadmap\n\nbytes ✓\n";
    expect(stdout).toBe(`wrote road.md (${Buffer.byteLength(served)} bytes)\n`);
    expect(readFileSync(path.join(dir, "road.md"), "utf8")).toBe(served);
  });

  it("restore uploads the file as JSON and prints the report", async () => {
    writeFileSync(path.join(dir, "b.json"), JSON.stringify({ format: "mlops-map.project-backup", version: 1 }));
    const { code, stdout } = await cli(["restore", "b.json", "--team", team.id]);
    expect(code).toBe(0);
    expect(seen.at(-1)).toMatchObject({ method: "POST", contentType: "application/json" });
    expect(stdout).toContain(`restored "Scoring" as project ${project.id}`);
    expect(stdout).toContain("unassigned (not in the team): ana@example.com");
  });

  it("each failure is one stderr line and exit 1: the server's message and request id, or why it cannot be reached", async () => {
    const badToken = await cli(["teams"], { MLOPS_MAP_TOKEN: "mm_wrong" });
    expect(badToken).toEqual({
      code: 1,
      stdout: "",
      stderr: "Sign in to continue. (unauthorized, HTTP 401, request id r-401)\n",
    });
    const missing = await cli(["export", "cnope00000000000000000000", "-o", "x.json"]);
    expect(missing.stderr).toBe("Project not found. (not_found, HTTP 404, request id r-404)\n");
    const down = await cli(["teams", "--url", "http://127.0.0.1:9"]);
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(/^cannot reach http:\/\/127\.0\.0\.1:9: .+\n$/);
    const noToken = await cli(["teams"], { MLOPS_MAP_TOKEN: "" });
    expect(noToken.stderr).toBe("no API token: give --token or set MLOPS_MAP_TOKEN (create one in the app)\n");
  });

  it("wrong usage is exit 2 with one line", async () => {
    const { code, stderr } = await cli(["restore", "b.json"]);
    expect(code).toBe(2);
    expect(stderr).toBe("error: required option '--team <id>' not specified\n");
  });
});
