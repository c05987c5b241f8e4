import path from "node:path";
import type { Page, TestInfo } from "@playwright/test";
import { chooseOption, expect, test, useAccount } from "./helpers";

// The tool catalog page: browse, search, filter by component, compare tools; screenshots
// in both colour schemes and on a narrow screen (test-results/screenshots/catalog/).

function toolCard(page: Page, name: string) {
  return page
    .getByRole("list", { name: "Tools" })
    .getByRole("listitem")
    .filter({
      has: page.getByRole("heading", { name, exact: true }),
    });
}

async function shoot(page: Page, testInfo: TestInfo, name: string) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const file = path.join(testInfo.project.outputDir, "screenshots", "catalog", `${name}.png`);
  const body = await page.screenshot({ path: file, fullPage: false, animations: "disabled", caret: "hide" });
  await testInfo.attach(name, { body, contentType: "image/png" });
}

test.beforeEach(async ({ page, pool }) => {
  await useAccount(page.context(), await pool.account(0));
});

test("browse and search: Terraform is flagged BSL with OpenTofu named and linked", async ({ page }) => {
  await page.goto("/teams");
  await page.getByRole("link", { name: "Tool catalog" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Tool catalog" })).toBeVisible();
  await expect(page.getByText(/^\d+ tools$/)).toBeVisible();
  expect(await page.getByRole("list", { name: "Tools" }).getByRole("listitem").count()).toBeGreaterThanOrEqual(60);

  await page.getByRole("searchbox", { name: "Search" }).fill("terraform");
  await expect(page).toHaveURL(/[?&]q=terraform/);
  const first = page.getByRole("list", { name: "Tools" }).getByRole("listitem").first();
  await expect(first.getByRole("heading", { name: "Terraform", exact: true })).toBeVisible();
  await expect(first.getByText("Source-available · BUSL-1.1")).toBeVisible();
  await expect(first.getByText("Open alternative:")).toBeVisible();
  await expect(toolCard(page, "OpenTofu").getByText("Open source · MPL-2.0")).toBeVisible();

  await first.getByRole("link", { name: "OpenTofu" }).click();
  await expect(page).toHaveURL(/[?&]q=opentofu/);
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("opentofu");
  await expect(page.getByRole("list", { name: "Tools" }).getByRole("listitem").first()).toContainText("OpenTofu");

  await page.getByRole("searchbox", { name: "Search" }).fill("zzzz-no-such-tool");
  await expect(page.getByRole("heading", { name: "No tools match" })).toBeVisible();
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page.getByRole("searchbox", { name: "Search" })).toHaveValue("");
  await expect(page).toHaveURL(/\/catalog$/);
});

test("filter by component and open source only; the address keeps the filters", async ({ page }) => {
  await page.goto("/catalog");
  await chooseOption(page, "Component", "Load testing");
  await expect(page).toHaveURL(/[?&]component=load_testing/);
  const names = page.getByRole("list", { name: "Tools" }).getByRole("heading");
  await expect(names).toHaveText(["Locust", "Grafana k6", "Apache JMeter"]);
  await expect(page.getByText("3 of", { exact: false })).toBeVisible();

  await chooseOption(page, "Component", "Caching");
  await page.getByRole("checkbox", { name: "Open source only" }).check();
  await expect(names).toHaveText(["Valkey", "Memcached"]);
  await expect(page).toHaveURL(/licence=open_source/);

  await page.reload();
  await expect(page.getByRole("combobox", { name: "Component" })).toHaveText("Caching");
  await expect(page.getByRole("checkbox", { name: "Open source only" })).toBeChecked();
  await expect(names).toHaveText(["Valkey", "Memcached"]);

  await page.goto("/catalog?component=ci_cd&phase=bogus");
  await expect(page.getByRole("status")).toContainText("Ignored a filter in the address that is not valid: phase");
  await expect(page.getByRole("combobox", { name: "Component" })).toHaveText("CI/CD");
});

test("compare two tools side by side, from the keyboard too", async ({ page }) => {
  await page.goto("/catalog?component=caching");
  await page.getByRole("checkbox", { name: "Compare Redis" }).check();
  const compare = page.getByRole("button", { name: /^Compare/ });
  await expect(compare).toBeDisabled();
  await page.getByRole("checkbox", { name: "Compare Valkey" }).focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("region", { name: "Comparison" })).toContainText("Redis, Valkey");
  await compare.focus();
  await page.keyboard.press("Enter");

  const dialog = page.getByRole("dialog", { name: "Compare Redis, Valkey" });
  await expect(dialog).toBeVisible();
  const table = dialog.getByRole("table");
  await expect(table.getByRole("columnheader")).toHaveText(["Redis", "Valkey"]);
  await expect(table.getByRole("row", { name: /Licence/ })).toContainText("Source-available");
  await expect(table.getByRole("row", { name: /Licence/ })).toContainText("BSD-3-Clause");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(compare).toBeFocused();
});

for (const scheme of ["light", "dark"] as const) {
  test(`screenshots of the catalog (${scheme})`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto("/catalog?q=terraform");
    await expect(toolCard(page, "Terraform")).toBeVisible();
    await expect.poll(() => page.evaluate(() => document.documentElement.className)).toContain(scheme);
    await shoot(page, testInfo, `${scheme}-search`);

    await page.goto("/catalog?component=alerting");
    await page.getByRole("checkbox", { name: "Compare Sentry" }).check();
    await page.getByRole("checkbox", { name: "Compare GlitchTip" }).check();
    await shoot(page, testInfo, `${scheme}-browse`);
    await page.getByRole("button", { name: /^Compare/ }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await shoot(page, testInfo, `${scheme}-compare`);

    await page.keyboard.press("Escape");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/catalog?component=infrastructure_as_code");
    await expect(toolCard(page, "Terraform")).toBeVisible();
    await shoot(page, testInfo, `${scheme}-narrow`);
  });
}
