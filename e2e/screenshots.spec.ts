import path from "node:path";
import type { Page } from "@playwright/test";
import {
  createInvitationViaApi,
  createProjectViaApi,
  createTeamViaApi,
  expect,
  pathMatcher,
  PIPELINE_EMPTY,
  runSuffix,
  test,
  useAccount,
} from "./helpers";

// Full-page screenshots of the main pages in both colour schemes, saved to
// test-results/screenshots/<scheme>-<page>.png and attached to the report. No pixel
// comparison: they are for people to look at.

for (const scheme of ["light", "dark"] as const) {
  test.describe(`${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });

    test(`screenshots of the main pages (${scheme})`, async ({ page, browser, pool }, testInfo) => {
      async function shoot(target: Page, name: string) {
        await expect.poll(() => target.evaluate(() => document.documentElement.className)).toContain(scheme);
        await target.evaluate(() => document.fonts.ready.then(() => undefined));
        const file = path.join(testInfo.project.outputDir, "screenshots", `${scheme}-${name}.png`);
        const body = await target.screenshot({ path: file, fullPage: true, animations: "disabled", caret: "hide" });
        await testInfo.attach(`${scheme}-${name}`, { body, contentType: "image/png" });
      }

      await useAccount(page.context(), await pool.account(0));
      const team = await createTeamViaApi(page.request, `Vision team ${runSuffix()}`);
      const project = await createProjectViaApi(
        page.request,
        team.id,
        "Churn prediction",
        "Predicts which customers leave next month.",
      );
      await createProjectViaApi(
        page.request,
        team.id,
        "Demand forecast",
        "Weekly demand per store and product, used by the supply planners.",
      );
      const invitePath = await createInvitationViaApi(page.request, team.id, "MEMBER");

      await test.step("signed-out pages", async () => {
        const guest = await browser.newContext();
        const guestPage = await guest.newPage();

        await guestPage.goto("/");
        await expect(guestPage.getByRole("heading", { level: 1 })).toContainText("production ML system");
        await shoot(guestPage, "landing");

        await guestPage.goto("/sign-in");
        await expect(guestPage.getByRole("heading", { name: "Sign in" })).toBeVisible();
        await shoot(guestPage, "sign-in");

        await guestPage.goto(invitePath);
        await expect(guestPage.getByRole("heading", { name: `Join ${team.name}` })).toBeVisible();
        await shoot(guestPage, "invite");

        const notFound = await guestPage.goto("/no-such-page");
        expect(notFound?.status()).toBe(404);
        await expect(guestPage.getByRole("heading", { name: "Page not found" })).toBeVisible();
        await shoot(guestPage, "not-found");

        await guest.close();
      });

      await test.step("signed-in pages", async () => {
        await page.goto("/teams");
        await expect(page.getByRole("heading", { name: "Your teams" })).toBeVisible();
        await shoot(page, "teams");

        await page.goto(`/teams/${team.id}`);
        await expect(page.getByRole("link", { name: project.name, exact: true })).toBeVisible();
        await shoot(page, "team-dashboard");

        await page.goto(`/teams/${team.id}/settings`);
        await expect(page.getByRole("heading", { name: "Team settings", level: 1 })).toBeVisible();
        await shoot(page, "team-settings");

        await page.goto(`/teams/${team.id}/projects/${project.id}/pipeline`);
        await expect(page.getByRole("heading", { name: PIPELINE_EMPTY })).toBeVisible();
        await shoot(page, "project-pipeline");
      });
    });
  });
}

test("the sign-in form can be completed with the keyboard only", async ({ page, pool }) => {
  const account = await pool.account(0);
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();

  // The first Tab reaches the skip link; following it puts the next Tab in the form.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Email")).toBeFocused();
  await page.keyboard.type(account.email);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Password")).toBeFocused();
  await page.keyboard.type(account.password);
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(pathMatcher("/teams"));
  await expect(page.getByRole("heading", { name: "Your teams" })).toBeVisible();

  // Without the skip link, Tab goes through: skip link, logo, Email, Password, Sign in.
  await page.context().clearCookies();
  await page.goto("/sign-in");
  const tabOrder = [
    page.getByRole("link", { name: "Skip to content" }),
    page.getByRole("link", { name: "MLOps Map" }),
    page.getByLabel("Email"),
    page.getByLabel("Password"),
    page.getByRole("button", { name: "Sign in" }),
  ];
  for (const target of tabOrder) {
    await page.keyboard.press("Tab");
    await expect(target).toBeFocused();
  }
});
