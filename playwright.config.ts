import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

// e2e runs against the production build on a free port. With DATABASE_URL (CI: a fresh
// database) that is what the image runs: `npm run build:standalone`, then `node start.mjs` in
// .next/standalone (migrations, then Next's standalone server), as the Dockerfile's CMD does.
// Without it, `npm start` with a throw-away embedded PGlite folder (the image has no PGlite).
// The browser is Debian's Chromium: Playwright's own browser download cannot reach the network here.

function freePort(): number {
  const script =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ["-e", script]).toString());
}

// The config is loaded by the runner and by each worker: keep the first choice.
process.env.E2E_PORT ??= String(freePort());
process.env.E2E_PGLITE_DIR ??= path.join(mkdtempSync(path.join(tmpdir(), "mlops-map-e2e-")), "pglite");
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;
const standalone = !!process.env.DATABASE_URL;
// CI builds .next/standalone once, with Node 24 (the image's Node), before `npm test`
// (.ci/run); E2E_PREBUILT=1 serves that build instead of building again.
const buildFirst = process.env.E2E_PREBUILT === "1" ? "" : "npm run build:standalone && ";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    command: standalone
      ? `${buildFirst}cd .next/standalone && node start.mjs`
      : `npm run build && npm run start -- --port ${port} --hostname 127.0.0.1`,
    url: `${baseURL}/api/health`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      // The Dockerfile's variables; server.js reads PORT and HOSTNAME.
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      BETTER_AUTH_URL: baseURL,
      BETTER_AUTH_SECRET: "e2e-secret-e2e-secret-e2e-secret-e2e-secret",
      PGLITE_DIR: process.env.E2E_PGLITE_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
      // One access-log line per API request would bury the test output; warnings and errors stay.
      LOG_LEVEL: "warn",
    },
  },
});
