import {
  createTeamViaApi,
  expect,
  expectApiError,
  newUser,
  pathMatcher,
  runSuffix,
  signUpViaApi,
  test,
} from "./helpers";

test.describe("session", () => {
  test("signing out ends the session; app pages then ask to sign in and come back after it", async ({
    page,
    playwright,
    baseURL,
  }) => {
    const user = newUser("Sam Session");
    await signUpViaApi(page.request, baseURL!, user);
    const team = await createTeamViaApi(page.request, `Session team ${runSuffix()}`);
    const sessionCookie = (await page.context().cookies()).find((c) => c.name.endsWith("session_token"));
    expect(sessionCookie, "sign-up sets the session cookie").toBeDefined();

    await test.step("sign out from the account menu", async () => {
      await page.goto("/teams");
      await expect(page.getByRole("heading", { name: "Your teams" })).toBeVisible();
      await page.getByRole("button", { name: /^Account menu for/ }).click();
      await expect(page.getByRole("menu")).toContainText(user.email);
      await page.getByRole("menuitem", { name: "Sign out" }).click();
      await expect(page).toHaveURL(pathMatcher("/sign-in"));
      await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
      expect((await page.context().cookies()).filter((c) => c.name.endsWith("session_token"))).toEqual([]);
    });

    await test.step("app pages redirect to sign-in with next", async () => {
      await page.goto("/teams");
      await expect(page).toHaveURL((url) => url.pathname === "/sign-in" && url.searchParams.get("next") === "/teams");
      await page.goto(`/teams/${team.id}/settings`);
      await expect(page).toHaveURL(
        (url) => url.pathname === "/sign-in" && url.searchParams.get("next") === `/teams/${team.id}/settings`,
      );
      await page.goto(`/teams/${team.id}`);
      await expect(page).toHaveURL(
        (url) => url.pathname === "/sign-in" && url.searchParams.get("next") === `/teams/${team.id}`,
      );
    });

    await test.step("the API answers 401, also to the old session cookie", async () => {
      await expectApiError(await page.request.get("/api/v1/teams"), 401, "unauthorized");
      const oldSession = await playwright.request.newContext({
        baseURL,
        storageState: { cookies: [sessionCookie!], origins: [] },
      });
      await expectApiError(await oldSession.get("/api/v1/teams"), 401, "unauthorized");
      await oldSession.dispose();
    });

    await test.step("a wrong password is refused", async () => {
      await page.getByLabel("Email").fill(user.email);
      await page.getByLabel("Password").fill("Wrong-password-1");
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByText("Wrong email or password.")).toBeVisible();
      await expect(page).toHaveURL((url) => url.pathname === "/sign-in");
    });

    await test.step("the right password goes back to the next page", async () => {
      await page.getByLabel("Password").fill(user.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(pathMatcher(`/teams/${team.id}`));
      await expect(page.getByRole("heading", { name: "Projects", level: 1 })).toBeVisible();
      await expect(page.getByRole("button", { name: `Account menu for ${user.name}` })).toBeVisible();
      expect((await page.request.get("/api/v1/teams")).status()).toBe(200);
    });
  });
});
