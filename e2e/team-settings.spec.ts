import path from "node:path";
import { createTeamViaApi, expect, runSuffix, test, useAccount } from "./helpers";

// The settings page's two small forms (react-hook-form with the shared schemas): a bad value
// is refused on the form with the schema's message, a good one is saved and shown.

test.describe("team settings", () => {
  test("a lead renames the team; an empty name is refused on the form", async ({ page, pool }) => {
    await useAccount(page.context(), await pool.account(0));
    const team = await createTeamViaApi(page.request, `Settings ${runSuffix()}`);
    await page.goto(`/teams/${team.id}/settings`);
    const name = page.getByLabel("Team name");
    await expect(name).toHaveValue(team.name);
    const save = page.getByRole("button", { name: "Save", exact: true });
    await expect(save).toBeDisabled();

    await name.fill("   ");
    await save.click();
    await expect(page.getByRole("alert").filter({ hasText: "Team name is required." })).toBeVisible();
    await expect(name).toHaveAttribute("aria-invalid", "true");

    const renamed = `Renamed ${runSuffix()}`;
    await name.fill(renamed);
    await save.click();
    await expect(page.getByText("Team renamed.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Switch team" })).toHaveText(renamed);
    await expect(page.getByText(`of ${renamed}.`)).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Team name")).toHaveValue(renamed);
  });

  test("a lead edits skills: a too-long note is refused on the form, a tool picked from the catalog is saved", async ({
    page,
    pool,
  }) => {
    const lead = await pool.account(0);
    await useAccount(page.context(), lead);
    const team = await createTeamViaApi(page.request, `Skills ${runSuffix()}`);
    await page.goto(`/teams/${team.id}/settings`);
    await page.getByRole("button", { name: `Edit skills of ${lead.name}` }).click();
    const dialog = page.getByRole("dialog", { name: `Skills of ${lead.name}` });
    const note = dialog.getByLabel("Note");

    await note.fill("x".repeat(501));
    await dialog.getByRole("button", { name: "Save skills" }).click();
    await expect(dialog.getByRole("alert")).toHaveText("Note must be at most 500 characters.");

    await note.fill("forecasting");
    await dialog.getByRole("button", { name: "Add a tool" }).click();
    const search = page.getByRole("combobox", { name: "Search the catalog" });
    await search.fill("k8s");
    await search.press("Enter");
    await search.press("Escape");
    await expect(dialog.getByRole("list", { name: "Known tools" })).toContainText("Kubernetes");
    await dialog.getByRole("button", { name: "Save skills" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText("Skills saved.")).toBeVisible();
    const row = page.getByTestId("member-row").filter({ hasText: lead.name });
    await expect(row.getByText("Kubernetes", { exact: true })).toBeVisible();
    await expect(row.getByText("forecasting", { exact: true })).toBeVisible();
  });

  for (const scheme of ["light", "dark"] as const) {
    test(`on a 390 px phone the members list fits the screen, each member a card (${scheme})`, async ({
      browser,
      pool,
    }, testInfo) => {
      const lead = await pool.account(0);
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, colorScheme: scheme });
      await useAccount(context, lead);
      const page = await context.newPage();
      const team = await createTeamViaApi(page.request, `Phone ${runSuffix()}`);
      await page.goto(`/teams/${team.id}/settings`);
      const row = page.getByTestId("member-row").filter({ hasText: lead.name });
      await expect(row).toBeVisible();
      // Nothing scrolls sideways: not the page, not the table's own container.
      const overflow = await page.evaluate(() => {
        const container = document.querySelector<HTMLElement>('[data-slot="table-container"]');
        return {
          page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          table: container ? container.scrollWidth - container.clientWidth : -1,
        };
      });
      expect(overflow).toEqual({ page: 0, table: 0 });
      // The card: the name and the leave button on one line, the skills' edit button under them, all on screen.
      const leave = row.getByRole("button", { name: "Leave team" });
      const edit = row.getByRole("button", { name: `Edit skills of ${lead.name}` });
      await row.scrollIntoViewIfNeeded();
      for (const target of [row.getByText(lead.name), leave, edit]) await expect(target).toBeInViewport({ ratio: 1 });
      const [nameBox, leaveBox, editBox] = await Promise.all([
        row.getByText(lead.name).boundingBox(),
        leave.boundingBox(),
        edit.boundingBox(),
      ]);
      expect(Math.abs(nameBox!.y - leaveBox!.y)).toBeLessThan(24);
      expect(editBox!.y).toBeGreaterThan(nameBox!.y + nameBox!.height);
      await page.screenshot({
        path: path.join(testInfo.project.outputDir, "screenshots", `${scheme}-team-settings-390.png`),
        fullPage: true,
      });
      await context.close();
    });
  }
});
