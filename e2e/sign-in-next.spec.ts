import { expect, pathMatcher, test } from "./helpers";

// `?next=` after sign-in only ever leads to a path on this site: no open redirect through
// characters browsers drop or reinterpret, and no 500 from a Location header Node refuses.
const CRAFTED = [
  "/%09/evil.example",
  "/%0A/x",
  "/%0D/x",
  "/%E3%80%82/x",
  "//evil.example",
  "/%5Cevil.example",
  "https:evil.example",
];

test.describe("sign-in next", () => {
  test("a signed-in user is sent to /teams, whatever a crafted next says", async ({ playwright, baseURL, pool }) => {
    const account = await pool.account(0);
    const api = await playwright.request.newContext({ baseURL, storageState: account.state });
    try {
      for (const next of CRAFTED) {
        for (const page of ["/sign-in", "/sign-up"]) {
          const response = await api.get(`${page}?next=${next}`, { maxRedirects: 0 });
          expect(response.status(), `${page}?next=${next}`).toBe(307);
          expect(response.headers()["location"], `${page}?next=${next}`).toBe("/teams");
        }
      }
      const onSite = await api.get("/sign-in?next=%2Fteams%3Ftab%3D1", { maxRedirects: 0 });
      expect(onSite.headers()["location"]).toBe("/teams?tab=1");
    } finally {
      await api.dispose();
    }
  });

  test("signing in with the form from a crafted next lands on /teams", async ({ page, pool }) => {
    const account = await pool.account(0);
    await page.goto("/sign-in?next=/%09/evil.example");
    await expect(page.getByRole("link", { name: "Create an account" })).toHaveAttribute(
      "href",
      "/sign-up?next=%2Fteams",
    );
    await page.getByLabel("Email").fill(account.email);
    await page.getByLabel("Password").fill(account.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(pathMatcher("/teams"));
    expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
  });
});
