import path from "node:path";
import type { Page, TestInfo } from "@playwright/test";
import {
  canvas,
  canvasTeam,
  expectSaved,
  inspector,
  nodeCard,
  openCanvas,
  pipelinePath,
  viewportSettled,
} from "./canvas-helpers";
import { expect, sameOrigin, test, useAccount } from "./helpers";

// The canvas uses the room it has (issue #13, point 4): the whole window width, the height
// below the header, a full-screen toggle, arrowheads, and a step's notebook cells in the
// inspector. Screenshots go to test-results/…/screenshots/room-*.png for people to look at.

const steps = [
  { title: "Load the sales data", category: "data_ingestion", cellIndexes: [0, 1] },
  { title: "Build features", category: "feature_engineering", cellIndexes: [2] },
  { title: "Train the churn model", category: "model_training", cellIndexes: [3, 4] },
  { title: "Serve the model", category: "deployment", cellIndexes: [5] },
];
const cells = [
  { index: 0, source: "import pandas as pd" },
  { index: 1, source: "sales = pd.read_csv('sales.csv')" },
  { index: 2, source: "sales['tenure_months'] = sales.days // 30" },
  { index: 3, source: "from sklearn.ensemble import RandomForestClassifier\nmodel = RandomForestClassifier()" },
  { index: 4, source: "model.fit(X_train, y_train)" },
  { index: 5, source: "joblib.dump(model, 'model.pkl')" },
];

async function importedCanvas(page: Page) {
  const setup = await canvasTeam(page.request);
  const response = await page.request.post(`/api/v1/projects/${setup.project.id}/pipeline/import`, {
    data: { baseVersion: 0, steps, cells },
    headers: sameOrigin(),
  });
  expect(response.status(), await response.text()).toBe(200);
  await openCanvas(page, pipelinePath(setup));
  await expect(page.locator(".react-flow__node")).toHaveCount(4);
  return setup;
}

async function shoot(page: Page, testInfo: TestInfo, name: string) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await viewportSettled(page);
  await page.mouse.move(0, 0);
  const file = path.join(testInfo.project.outputDir, "screenshots", `room-${name}.png`);
  const body = await page.screenshot({ path: file, animations: "disabled", caret: "hide" });
  await testInfo.attach(`room-${name}`, { body, contentType: "image/png" });
}

const editor = (page: Page) => page.locator("[data-full-bleed]");

test.describe("at 1440×900", () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test("the editor fills the window below the header, with arrowheads and a full-screen toggle", async ({
    page,
    pool,
  }, testInfo) => {
    await useAccount(page.context(), await pool.account(0));
    await importedCanvas(page);
    const box = (await editor(page).boundingBox())!;
    // The page's side padding only: not the old 1,280 px container.
    expect(box.width).toBeGreaterThanOrEqual(1440 - 2 * 24 - 1);
    expect(box.y + box.height).toBeLessThanOrEqual(900);
    expect(box.y + box.height).toBeGreaterThan(900 - 40);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(900);
    // Every edge ends in an arrowhead.
    const edges = page.locator(".react-flow__edge-path");
    await expect(edges.first()).toBeAttached();
    for (const marker of await edges.evaluateAll((paths) => paths.map((p) => p.getAttribute("marker-end"))))
      expect(marker).toMatch(/^url\(/);
    await shoot(page, testInfo, "light-1440");

    await page.getByRole("button", { name: "Full screen" }).click();
    await expect(editor(page)).not.toHaveAttribute("data-frame", "page");
    await expect(page.getByRole("button", { name: "Leave full screen (Esc)" })).toHaveAttribute("aria-pressed", "true");
    const full = (await editor(page).boundingBox())!;
    expect(full).toMatchObject({ x: 0, y: 0, width: 1440, height: 900 });
    await shoot(page, testInfo, "light-fullscreen");
    await page.keyboard.press("Escape");
    await expect(editor(page)).toHaveAttribute("data-frame", "page");
    // Keyboard only: the toggle is a button like any other.
    await page.getByRole("button", { name: "Full screen" }).focus();
    await page.keyboard.press("Enter");
    await expect(editor(page)).not.toHaveAttribute("data-frame", "page");
    await page.keyboard.press("Escape");
    await expect(editor(page)).toHaveAttribute("data-frame", "page");
  });

  test("a step's notebook cells are in the inspector, read-only, with their cell numbers", async ({
    page,
    pool,
  }, testInfo) => {
    await useAccount(page.context(), await pool.account(0));
    await importedCanvas(page);
    await nodeCard(page, "Train the churn model").click();
    const cellsPanel = inspector(page).getByRole("region", { name: "Notebook cells" });
    await expect(cellsPanel).toContainText("From notebook cells 4, 5.");
    await cellsPanel.getByRole("button", { name: "Show the 2 cells" }).click();
    await expect(cellsPanel.getByText("Cell 4", { exact: true })).toBeVisible();
    await expect(cellsPanel.getByLabel("Source of cell 5")).toHaveText("model.fit(X_train, y_train)");
    await expect(cellsPanel.getByLabel("Source of cell 4")).toContainText("RandomForestClassifier()");
    await expect(cellsPanel.locator("textarea, input")).toHaveCount(0);
    await expectSaved(page);
    await shoot(page, testInfo, "light-cells");
  });
});

test.describe("dark", () => {
  test.use({ viewport: { width: 1440, height: 900 }, colorScheme: "dark" });
  test("screenshot of the canvas in the dark scheme", async ({ page, pool }, testInfo) => {
    await useAccount(page.context(), await pool.account(0));
    await importedCanvas(page);
    await expect.poll(() => page.evaluate(() => document.documentElement.className)).toContain("dark");
    await nodeCard(page, "Build features").click();
    await shoot(page, testInfo, "dark-1440");
  });
});

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test("the editor fits a phone's width", async ({ page, pool }, testInfo) => {
    await useAccount(page.context(), await pool.account(0));
    await importedCanvas(page);
    const box = (await canvas(page).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await shoot(page, testInfo, "light-390");
  });
});
