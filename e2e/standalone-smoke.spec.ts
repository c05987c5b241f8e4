import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, readlinkSync } from "node:fs";
import path from "node:path";
import { createProjectViaApi, createTeamViaApi, expect, newUser, PIPELINE_EMPTY, signUpViaApi, test } from "./helpers";

// What the image runs, without Docker: playwright.config.ts starts `node start.mjs` in
// .next/standalone when DATABASE_URL is set (the image has no embedded PGlite). This spec
// first proves that the server it talks to is that process, then walks the shortest journey.

const root = path.resolve(import.meta.dirname, "..");
const standaloneDir = path.join(root, ".next", "standalone");

test.describe("the standalone server (the image's files)", () => {
  test.skip(!process.env.DATABASE_URL, "runs when DATABASE_URL is set: only then does e2e use the standalone server");

  test("serves the app: health, sign up, team, project, pipeline page", async ({ page, baseURL }) => {
    await test.step("the server listening on the port runs from .next/standalone", () => {
      const server = listeningProcess(Number(new URL(baseURL!).port));
      expect(server, "no process found listening on the e2e port").not.toBeNull();
      // server.js chdirs into its own folder; `next start` runs from the project's root.
      expect(server!.cwd).toBe(standaloneDir);
      expect(existsSync(path.join(server!.cwd, "server.js"))).toBe(true);
      expect(server!.cmdline).not.toContain("next start");
      // .ci/run also serves this build with the image's Node (24) and says so here: the server's
      // own binary must be that one, not whichever `node` came first on the PATH.
      const major = process.env.E2E_SERVER_NODE_MAJOR;
      if (major) {
        const version = execFileSync(readlinkSync(`/proc/${server!.pid}/exe`), ["--version"], { encoding: "utf8" });
        expect(version.trim()).toMatch(new RegExp(`^v${major}\\.`));
      }
    });

    await test.step("health, and the files standalone-prepare copies (static chunks, public)", async () => {
      const health = await page.request.get("/api/health");
      expect(await health.json()).toEqual({ status: "ok", db: "ok", version: "0.1.0" });
      expect((await page.request.get("/api/health/live")).status()).toBe(200);
      expect((await page.request.get("/icon.svg")).status()).toBe(200);
    });

    const user = newUser("Sam Standalone");
    await signUpViaApi(page.request, baseURL!, user);
    const team = await createTeamViaApi(page.request, `Standalone ${Date.now().toString(36)}`);
    const project = await createProjectViaApi(page.request, team.id, "Image smoke");

    await test.step("the pipeline page loads with its scripts and styles", async () => {
      const chunks: number[] = [];
      page.on("response", (r) => {
        if (r.url().includes("/_next/static/")) chunks.push(r.status());
      });
      await page.goto(`/teams/${team.id}/projects/${project.id}/pipeline`);
      await expect(page.getByRole("heading", { name: "Image smoke", level: 1 })).toBeVisible();
      await expect(page.getByRole("heading", { name: PIPELINE_EMPTY })).toBeVisible();
      expect(chunks.length).toBeGreaterThan(0);
      expect(chunks.every((status) => status === 200 || status === 304)).toBe(true);
    });
  });
});

/** The process that owns the listening TCP socket on `port` (Linux /proc), with its folder and command. */
function listeningProcess(port: number): { pid: number; cwd: string; cmdline: string } | null {
  const portHex = port.toString(16).toUpperCase().padStart(4, "0");
  const inodes = new Set<string>();
  for (const table of ["/proc/net/tcp", "/proc/net/tcp6"]) {
    if (!existsSync(table)) continue;
    for (const line of readFileSync(table, "utf8").split("\n").slice(1)) {
      const fields = line.trim().split(/\s+/);
      // local_address is ADDR:PORT in hex; state 0A is LISTEN; field 9 is the socket's inode.
      if (fields[1]?.endsWith(`:${portHex}`) && fields[3] === "0A" && fields[9]) inodes.add(fields[9]);
    }
  }
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${pid}/fd`);
    } catch {
      continue; // gone, or not ours to read
    }
    for (const fd of fds) {
      let target = "";
      try {
        target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      if (inode && inodes.has(inode)) {
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ").trim();
        return { pid: Number(pid), cwd: readlinkSync(`/proc/${pid}/cwd`), cmdline };
      }
    }
  }
  return null;
}
