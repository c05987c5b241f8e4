import path from "node:path";
import type { Page, TestInfo } from "@playwright/test";
import {
  createInvitationViaApi,
  createTeamViaApi,
  expect,
  expectApiError,
  runSuffix,
  sameOrigin,
  test,
  useAccount,
} from "./helpers";

// The team profile and structured skills: a lead sets what the team works with, a member
// adds the tools they know with the catalog picker, and "What the team knows" follows.
// Screenshots (light, dark, narrow) go to test-results/screenshots/team-profile/.

/** Full page, except with a dialog open (a full-page shot would scroll the page under it). */
async function shoot(page: Page, testInfo: TestInfo, name: string, fullPage = true) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const file = path.join(testInfo.project.outputDir, "screenshots", "team-profile", `${name}.png`);
  await page.screenshot({ path: file, fullPage, animations: "disabled", caret: "hide" });
}

test("a lead sets the team profile; a member adds their skills and cannot edit the profile", async ({
  page,
  browser,
  pool,
}, testInfo) => {
  const lead = await pool.account(0);
  const memberAccount = await pool.account(1);
  await useAccount(page.context(), lead);
  const team = await createTeamViaApi(page.request, `Profile ${runSuffix()}`);
  const invite = await createInvitationViaApi(page.request, team.id, "MEMBER");

  const memberContext = await browser.newContext();
  await useAccount(memberContext, memberAccount);
  const memberPage = await memberContext.newPage();
  const accepted = await memberPage.request.post(`/api/v1/invitations/${invite.split("/").pop()}/accept`, {
    headers: sameOrigin(),
  });
  expect(accepted.status()).toBe(200);

  await test.step("the lead chooses Python and SQL, Google Cloud, open source", async () => {
    await page.goto(`/teams/${team.id}/settings`);
    const profile = page.getByRole("form", { name: "Team profile" });
    const save = profile.getByRole("button", { name: "Save profile" });
    await expect(save).toBeDisabled();
    await expect(page.getByText("No skills recorded yet")).toBeVisible();
    await shoot(page, testInfo, "light-empty");

    const languages = profile.getByRole("group", { name: "Languages" });
    await languages.getByRole("button", { name: "Python" }).click();
    await languages.getByRole("button", { name: "SQL" }).click();
    await profile.getByRole("group", { name: "Clouds" }).getByRole("button", { name: "Google Cloud" }).click();
    await profile.getByRole("radio", { name: /Open source/ }).check();
    await save.click();
    await expect(page.getByText("Team profile saved.")).toBeVisible();
    await expect(save).toBeDisabled();

    await page.reload();
    const reloaded = page.getByRole("form", { name: "Team profile" });
    await expect(reloaded.getByRole("button", { name: "Python" })).toHaveAttribute("aria-pressed", "true");
    await expect(reloaded.getByRole("button", { name: "SQL" })).toHaveAttribute("aria-pressed", "true");
    await expect(reloaded.getByRole("button", { name: "R", exact: true })).toHaveAttribute("aria-pressed", "false");
    await expect(reloaded.getByRole("button", { name: "Google Cloud" })).toHaveAttribute("aria-pressed", "true");
    await expect(reloaded.getByRole("radio", { name: /Open source/ })).toBeChecked();
  });

  await test.step("the member sees the profile read-only, and the API refuses their edit", async () => {
    await memberPage.goto(`/teams/${team.id}/settings`);
    const profile = memberPage.getByRole("form", { name: "Team profile" });
    await expect(profile.getByText("Only leads can edit the team profile.")).toBeVisible();
    await expect(profile.getByRole("button", { name: "Save profile" })).toHaveCount(0);
    await expect(profile.getByRole("list", { name: "Languages" })).toContainText("Python");
    await expect(profile.getByRole("radio", { name: /Open source/ })).toBeDisabled();
    const refused = await memberPage.request.put(`/api/v1/teams/${team.id}/profile`, {
      data: { version: 2, languages: ["r"], clouds: [], preference: "managed" },
      headers: sameOrigin(),
    });
    await expectApiError(refused, 403, "forbidden");
    // No edit button on someone else's skills.
    await expect(memberPage.getByRole("button", { name: `Edit skills of ${lead.name}` })).toHaveCount(0);
  });

  await test.step("the member adds GitHub Actions (expert, by keyboard) and Terraform (some)", async () => {
    await memberPage.getByRole("button", { name: `Edit skills of ${memberAccount.name}` }).click();
    const dialog = memberPage.getByRole("dialog", { name: `Skills of ${memberAccount.name}` });
    await dialog.getByRole("button", { name: "Add a tool" }).click();
    const search = memberPage.getByRole("combobox", { name: "Search the catalog" });
    await search.fill("github act");
    await expect(memberPage.getByRole("option", { name: /GitHub Actions/ })).toHaveAttribute("aria-selected", "true");
    await search.press("Enter");
    await shoot(memberPage, testInfo, "light-tool-picker", false);
    await search.fill("terraform");
    await memberPage.getByRole("option", { name: /^Terraform/ }).click();
    await search.press("Escape");
    await dialog
      .getByRole("group", { name: "Familiarity with GitHub Actions" })
      .getByRole("button", { name: "Expert" })
      .click();
    await expect(
      dialog.getByRole("group", { name: "Familiarity with Terraform" }).getByRole("button", { name: "Some" }),
    ).toHaveAttribute("aria-pressed", "true");
    await dialog.getByRole("group", { name: "Languages" }).getByRole("button", { name: "Python" }).click();
    await dialog.getByLabel("Note").fill("Runs the release train");
    await shoot(memberPage, testInfo, "light-skills-dialog", false);
    await memberPage.emulateMedia({ colorScheme: "dark" });
    await expect.poll(() => memberPage.evaluate(() => document.documentElement.className)).toContain("dark");
    await shoot(memberPage, testInfo, "dark-skills-dialog", false);
    await dialog.getByRole("button", { name: "Save skills" }).click();
    await expect(dialog).toBeHidden();
    await expect(memberPage.getByText("Skills saved.")).toBeVisible();

    const row = memberPage.getByTestId("member-row").filter({ hasText: memberAccount.name });
    await expect(row.getByText("GitHub Actions", { exact: true })).toBeVisible();
    await expect(row.getByText("Terraform", { exact: true })).toBeVisible();
    await expect(row.getByText("Runs the release train")).toBeVisible();
    const knows = memberPage.getByTestId("knowledge-row");
    await expect(knows.filter({ hasText: "GitHub Actions" })).toContainText(`${memberAccount.name} (expert)`);
    // Terraform's family: OpenTofu is known through it.
    await expect(knows.filter({ hasText: "OpenTofu" })).toContainText(`${memberAccount.name} knows Terraform`);
  });

  await test.step("screenshots: light, dark and narrow", async () => {
    await page.reload();
    await expect(page.getByTestId("knowledge-row").filter({ hasText: "GitHub Actions" })).toBeVisible();
    await shoot(page, testInfo, "light-settings");
    await page.emulateMedia({ colorScheme: "dark" });
    await expect.poll(() => page.evaluate(() => document.documentElement.className)).toContain("dark");
    await shoot(page, testInfo, "dark-settings");
    await page.setViewportSize({ width: 390, height: 844 });
    await shoot(page, testInfo, "dark-narrow-settings");
    await page.emulateMedia({ colorScheme: "light" });
    await expect.poll(() => page.evaluate(() => document.documentElement.className)).not.toContain("dark");
    await shoot(page, testInfo, "light-narrow-settings");
  });
  await memberContext.close();
});
