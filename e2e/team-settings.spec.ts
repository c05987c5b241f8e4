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
});
