import { expect, newUser, pathMatcher, signUpViaApi, test } from "./helpers";

// The API reference renders the OpenAPI document without leaving this server: no CDN, no
// fonts, no telemetry (the browser's every request is recorded), and under the pages' CSP
// (the suite's cspViolations guard fails the test on any violation).

const SHOTS = process.env.API_REFERENCE_SHOTS; // a folder: save light/dark/390 px screenshots to look at

test.describe("API reference", () => {
  test("opens from the account menu, shows the operations, and asks nothing of another host", async ({
    page,
    baseURL,
  }) => {
    const requested: string[] = [];
    page.on("request", (request) => requested.push(request.url()));
    await signUpViaApi(page.request, baseURL!, newUser("Reese Reference"));

    await page.goto("/teams");
    await page.getByRole("button", { name: /^Account menu for/ }).click();
    await page.getByRole("menuitem", { name: "API reference" }).click();
    await expect(page).toHaveURL(pathMatcher("/api-reference"));
    await expect(page.getByRole("heading", { name: "MLOps Map API" })).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText("Create a team").first()).toBeVisible();
    await expect(page.getByText("/teams/{teamId}/projects").first()).toBeAttached();

    // Light by default here (the system theme is light in this browser).
    await expect(page.locator("body")).toHaveClass(/light-mode/);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/api-reference-light.png` });

    await page.emulateMedia({ colorScheme: "dark" });
    await expect(page.locator("body")).toHaveClass(/dark-mode/);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/api-reference-dark.png` });

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await expect(page.getByRole("heading", { name: "MLOps Map API" })).toBeVisible({ timeout: 60_000 });
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/api-reference-390.png` });

    const elsewhere = requested.filter((url) => {
      const { protocol, hostname } = new URL(url);
      return !["data:", "blob:"].includes(protocol) && hostname !== "127.0.0.1";
    });
    expect(elsewhere).toEqual([]);
    expect(requested.some((url) => url.endsWith("/api/v1/openapi.json"))).toBe(true);
  });

  test("is public, like the document", async ({ page }) => {
    const response = await page.request.get("/api/v1/openapi.json");
    expect(response.status()).toBe(200);
    expect(((await response.json()) as { openapi: string }).openapi).toBe("3.1.0");
    await page.goto("/api-reference");
    await expect(page).toHaveURL(pathMatcher("/api-reference"));
    await expect(page.getByRole("heading", { name: "MLOps Map API" })).toBeVisible({ timeout: 60_000 });
  });
});
