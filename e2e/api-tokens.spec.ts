import { createTeamViaApi, expect, newUser, runSuffix, signUpViaUi, test } from "./helpers";

// Personal API tokens from the account settings page to a script's request and back to 401.
// The screenshots (light, dark, 390 px wide, the empty state) go to test-results/api-tokens/,
// for looking at; they are not compared.

const SHOTS = "test-results/api-tokens";

test("a user creates an API token in account settings, sees it once, uses it, and revokes it", async ({
  page,
  request,
}) => {
  const user = newUser("Grace Token");
  await page.goto("/sign-up");
  await signUpViaUi(page, user);
  const team = await createTeamViaApi(page.request, `Token team ${runSuffix()}`);

  await test.step("the account menu leads to account settings, with no tokens yet", async () => {
    await page.goto("/teams");
    await page.getByRole("button", { name: `Account menu for ${user.name}` }).click();
    await page.getByRole("menuitem", { name: "Account settings" }).click();
    await expect(page.getByRole("heading", { name: "Account settings", level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "No API tokens yet" })).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/empty-light.png`, fullPage: true });
  });

  const secret = await test.step("creating a read-only token shows its secret once", async () => {
    await page.getByLabel("Name").fill("CI docs job");
    await expect(page.getByRole("combobox", { name: "Role ceiling" })).toHaveText("Read-only");
    await page.getByRole("button", { name: "Create token" }).click();
    const box = page.getByRole("textbox", { name: /shown only once/ });
    await expect(box).toHaveValue(/^mm_[0-9A-Za-z]{43}$/);
    const value = await box.inputValue();
    const row = page.getByRole("list", { name: "Your API tokens" }).getByRole("listitem");
    await expect(row).toHaveCount(1);
    await expect(row).toContainText(`${value.slice(0, 8)}…`);
    await expect(row).toContainText("never used");
    await page.screenshot({ path: `${SHOTS}/created-light.png`, fullPage: true });
    await page.getByRole("button", { name: "I have copied it" }).click();
    await expect(box).toHaveCount(0);
    await page.reload();
    await expect(page.getByText(value)).toHaveCount(0);
    return value;
  });

  await test.step("a script's request with the token lists the team; a write is refused", async () => {
    const headers = { authorization: `Bearer ${secret}` };
    const teams = await request.get("/api/v1/teams", { headers });
    expect(teams.status()).toBe(200);
    expect((await teams.json()).teams).toEqual([expect.objectContaining({ id: team.id, role: "VIEWER" })]);
    const write = await request.post("/api/v1/teams", { headers, data: { name: "Nope" } });
    expect(write.status()).toBe(403);
    await page.reload();
    await expect(page.getByRole("list", { name: "Your API tokens" })).toContainText("last used");
  });

  await test.step("dark and 390 px wide", async () => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.screenshot({ path: `${SHOTS}/list-dark.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: "light" });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/list-390.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  await test.step("after revoking it, the same request gets 401", async () => {
    await page.getByRole("button", { name: "Revoke CI docs job" }).click();
    await page.getByRole("button", { name: "Revoke token" }).click();
    await expect(page.getByRole("list", { name: "Your API tokens" })).toContainText("revoked");
    const teams = await request.get("/api/v1/teams", { headers: { authorization: `Bearer ${secret}` } });
    expect(teams.status()).toBe(401);
    expect((await teams.json()).error).toMatchObject({
      code: "token_invalid",
      message: "This API token has been revoked.",
    });
  });
});
