import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import {
  test as base,
  expect,
  type APIRequestContext,
  type APIResponse,
  type BrowserContext,
  type Page,
} from "@playwright/test";

// Shared helpers for the e2e suite.
//
// Sign-up and sign-in are rate limited by better-auth to 10 attempts a minute per client
// address each, and the count only resets after a quiet minute. The whole suite runs in
// about a minute from one address, so it can make at most ~10 sign-ups in total.
// Accounts that play a role without being the point of the test (a lead that owns a fresh
// team, an outsider) come from a small pool: created once per run and reused by their
// session cookies, so no test signs in again to use them. Every test still makes its own
// teams and projects, so tests do not depend on each other. Flows that are about signing
// up (onboarding, joining by invitation) or signing out (session) use fresh accounts.

export const PASSWORD = "Correct-horse-42";

/**
 * The heading an empty pipeline shows: the placeholder's, or the canvas editor's starter picker
 * (components/canvas/starter-picker.tsx) that replaces it.
 */
export const PIPELINE_EMPTY = /^(No pipeline mapped yet|Map your current pipeline)$/;

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

export type Account = { name: string; email: string; password: string; state: StorageState };

export type NewUser = { name: string; email: string; password: string };

let emailCounter = 0;

/** A never-used email: a run stamp, the process and a counter keep it unique across runs and workers. */
export function uniqueEmail(label: string): string {
  emailCounter += 1;
  return `e2e-${label}-${Date.now().toString(36)}-${process.pid}-${emailCounter}@example.com`;
}

export function newUser(name: string, label = name.split(" ")[0]!.toLowerCase()): NewUser {
  return { name, email: uniqueEmail(label), password: PASSWORD };
}

/** A short suffix that makes team and project names of this run recognisable and unique. */
export function runSuffix(): string {
  return Math.random().toString(36).slice(2, 7);
}

/**
 * Signs a user up through better-auth's API. The request context keeps the session cookie,
 * so a browser context's `context.request` leaves its pages signed in as that user.
 * better-auth checks the Origin of state-changing requests: send ours.
 */
export async function signUpViaApi(api: APIRequestContext, baseURL: string, user: NewUser): Promise<void> {
  const response = await api.post("/api/auth/sign-up/email", {
    data: { name: user.name, email: user.email, password: user.password },
    headers: { origin: baseURL },
  });
  if (response.status() === 429) {
    throw new Error(
      "Sign-up was rate limited (429): the e2e suite creates too many users in a minute. Reuse pooled accounts.",
    );
  }
  expect(response.status(), `sign-up of ${user.email}: ${await response.text()}`).toBe(200);
}

/** Signs a user up through the /sign-up form; it lands on `expectedPath` (default /teams). */
export async function signUpViaUi(page: Page, user: NewUser, expectedPath: string | RegExp = "/teams"): Promise<void> {
  await page.getByLabel("Name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(typeof expectedPath === "string" ? pathMatcher(expectedPath) : expectedPath);
}

/** Matches a URL whose path (without query) is exactly `p`. */
export function pathMatcher(p: string): (url: URL) => boolean {
  return (url: URL) => url.pathname === p;
}

/** Leaves a browser context signed in as `account` (its session cookie; no sign-in request). */
export async function useAccount(context: BrowserContext, account: Account): Promise<void> {
  await context.clearCookies();
  await context.addCookies(account.state.cookies);
}

// ---------------------------------------------------------------------------------------
// REST API helpers (/api/v1): faster than the UI for setting up data a test is not about.

/**
 * The app's origin: the configured baseURL, which playwright.config.ts also gives the app as
 * BETTER_AUTH_URL. Writes to /api/v1 must say they come from it, as a browser on the app's
 * pages does; an APIRequestContext sends no Origin by itself.
 */
export function appOrigin(): string {
  const baseURL = base.info().project.use.baseURL;
  if (!baseURL) throw new Error("baseURL is not configured");
  return new URL(baseURL).origin;
}

/** Headers for an API write from a test, as the app's own pages would send it. */
export function sameOrigin(): { origin: string } {
  return { origin: appOrigin() };
}

export type Team = { id: string; name: string };
export type Project = { id: string; teamId: string; name: string; description: string; version: number };
export type Role = "LEAD" | "MEMBER" | "VIEWER";

async function json<T>(response: APIResponse, expected: number, what: string): Promise<T> {
  expect(response.status(), `${what}: ${await response.text()}`).toBe(expected);
  return (await response.json()) as T;
}

export async function createTeamViaApi(api: APIRequestContext, name: string): Promise<Team> {
  const { team } = await json<{ team: Team }>(
    await api.post("/api/v1/teams", { data: { name }, headers: sameOrigin() }),
    201,
    `create team ${name}`,
  );
  return team;
}

export async function createProjectViaApi(
  api: APIRequestContext,
  teamId: string,
  name: string,
  description = "",
): Promise<Project> {
  const response = await api.post(`/api/v1/teams/${teamId}/projects`, {
    data: { name, description },
    headers: sameOrigin(),
  });
  const { project } = await json<{ project: Project }>(response, 201, `create project ${name}`);
  return project;
}

export async function getProjectViaApi(api: APIRequestContext, projectId: string): Promise<Project> {
  const { project } = await json<{ project: Project }>(
    await api.get(`/api/v1/projects/${projectId}`),
    200,
    "get project",
  );
  return project;
}

/** Creates an invitation and returns its path, /invite/<token>. */
export async function createInvitationViaApi(api: APIRequestContext, teamId: string, role: Role): Promise<string> {
  const response = await api.post(`/api/v1/teams/${teamId}/invitations`, { data: { role }, headers: sameOrigin() });
  const { path: invitePath } = await json<{ path: string }>(response, 201, `create ${role} invitation`);
  return invitePath;
}

/** Asserts the API's error shape: `{ error: { code, message, requestId } }` with this status and code. */
export async function expectApiError(response: APIResponse, status: number, code: string): Promise<void> {
  const text = await response.text();
  expect(response.status(), text).toBe(status);
  const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown; requestId?: unknown } };
  expect(body.error?.code, text).toBe(code);
  expect(typeof body.error?.message, text).toBe("string");
  expect(typeof body.error?.requestId, text).toBe("string");
}

// ---------------------------------------------------------------------------------------
// UI helpers

/** On /teams: creates a team with the "Create team" form and waits for its dashboard. Returns the team id. */
export async function createTeamViaUi(page: Page, name: string): Promise<string> {
  await page.getByLabel("Team name").fill(name);
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page).toHaveURL(/\/teams\/c[a-z0-9]+$/);
  await expect(page.getByRole("heading", { name: "Projects", level: 1 })).toBeVisible();
  return new URL(page.url()).pathname.split("/")[2]!;
}

/** On a team dashboard: creates a project with the "New project" dialog and waits for its card. */
export async function createProjectViaUi(page: Page, name: string, description = ""): Promise<void> {
  await page.getByRole("button", { name: "New project" }).click();
  const dialog = page.getByRole("dialog", { name: "New project" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Project name").fill(name);
  if (description) await dialog.getByLabel("Description (optional)").fill(description);
  await dialog.getByRole("button", { name: "Create project" }).click();
  await expect(dialog).toBeHidden();
  await expect(projectCard(page, name)).toBeVisible();
}

/** The card of a project on the team dashboard: the list item holding its link. */
export function projectCard(page: Page, name: string) {
  return page
    .getByRole("list", { name: "Projects" })
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name, exact: true }) });
}

/** Picks an option of a Radix select (role combobox) by its accessible name. */
export async function chooseOption(page: Page, comboboxName: string | RegExp, option: string): Promise<void> {
  await page.getByRole("combobox", { name: comboboxName }).click();
  await page.getByRole("option", { name: option, exact: true }).click();
  await expect(page.getByRole("combobox", { name: comboboxName })).toHaveText(option);
}

// ---------------------------------------------------------------------------------------
// Fixtures

type Pool = {
  /** The pooled account number `index` (0, 1, 2…), created on first use in this run. */
  account(index: number): Promise<Account>;
};

const POOL_NAMES = ["Lead Lovelace", "Grace Hopper", "Alan Outsider", "Katherine Johnson"];

/**
 * Where pooled accounts are remembered for this run. The config gives each run its own
 * temporary folder (E2E_PGLITE_DIR's parent, also set when DATABASE_URL is used), shared by
 * the runner and every worker, so a worker restarted after a failure reuses the accounts
 * instead of signing up again.
 */
function poolFile(): string {
  const runDir = process.env.E2E_PGLITE_DIR
    ? path.dirname(process.env.E2E_PGLITE_DIR)
    : path.join(tmpdir(), `mlops-map-e2e-${process.env.E2E_PORT ?? "run"}`);
  mkdirSync(runDir, { recursive: true });
  return path.join(runDir, "e2e-accounts.json");
}

const CSP_MARK = "[csp-violation]";

/**
 * Records every Content-Security-Policy violation in the context's pages: the DOM event
 * (turned into a console line) and Chromium's own "Refused to …" console messages.
 */
async function watchCsp(context: BrowserContext, violations: string[]): Promise<void> {
  await context.addInitScript((mark) => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(
        `${mark} ${event.effectiveDirective} blocked ${event.blockedURI || "inline code"} in ${event.sourceFile || location.href}:${event.lineNumber}`,
      );
    });
  }, CSP_MARK);
  context.on("console", (message) => {
    const text = message.text();
    if (text.startsWith(CSP_MARK) || text.includes("Content Security Policy"))
      violations.push(`${message.page()?.url() ?? "?"}: ${text}`);
  });
}

export const test = base.extend<{ cspViolations: string[] }, { pool: Pool }>({
  /**
   * Fails any test during which a page broke the CSP: the policy is on in every test, so a
   * blocked script or style shows up here rather than as a quietly broken page. Covers the
   * test's own context and every context it opens with `browser.newContext`. A test that
   * causes a violation on purpose empties the list.
   */
  cspViolations: [
    async ({ context, browser }, use) => {
      const violations: string[] = [];
      await watchCsp(context, violations);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const opened = await newContext(options);
        await watchCsp(opened, violations);
        return opened;
      };
      // `use` returns when the test ends, failed or not.
      await use(violations);
      browser.newContext = newContext;
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
  pool: [
    async ({ playwright }, use, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL;
      if (!baseURL) throw new Error("baseURL is not configured");
      const file = poolFile();
      const readCache = (): Record<string, Account> =>
        existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, Account>) : {};
      const created = new Map<number, Promise<Account>>();
      const make = async (index: number): Promise<Account> => {
        const cached = readCache()[String(index)];
        if (cached) return cached;
        const user = newUser(POOL_NAMES[index] ?? `Pooled User ${index}`, `pool${index}`);
        const api = await playwright.request.newContext({ baseURL });
        try {
          await signUpViaApi(api, baseURL, user);
          const account: Account = { ...user, state: await api.storageState() };
          writeFileSync(file, JSON.stringify({ ...readCache(), [String(index)]: account }));
          return account;
        } finally {
          await api.dispose();
        }
      };
      await use({
        account(index) {
          let promise = created.get(index);
          if (!promise) {
            promise = make(index);
            created.set(index, promise);
          }
          return promise;
        },
      });
    },
    { scope: "worker" },
  ],
});

export { expect };
