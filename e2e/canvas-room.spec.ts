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
    data: { baseVersion: 0, steps, cells, notebook: { name: "churn.ipynb" } },
    headers: sameOrigin(),
  });
  expect(response.status(), await response.text()).toBe(200);
  await openCanvas(page, pipelinePath(setup));
  // Four steps and the notebook's frame around them.
  await expect(page.locator(".react-flow__node-pipeline")).toHaveCount(4);
  await expect(page.locator("[data-notebook-group='churn.ipynb']")).toBeVisible();
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

test.describe("notebook groups", () => {
  test.use({ viewport: { width: 1440, height: 900 } });
  test("a notebook collapses to one card with its step count, and expanding restores it", async ({
    page,
    pool,
  }, testInfo) => {
    await useAccount(page.context(), await pool.account(0));
    const setup = await importedCanvas(page);
    // One more node outside the notebook, fed by its last step: that edge must follow the card.
    const current = await (await page.request.get(`/api/v1/projects/${setup.project.id}/pipeline`)).json();
    const diagram = current.pipeline as { version: number; nodes: { id: string; title: string }[]; edges: unknown[] };
    const serve = diagram.nodes.find((n) => n.title === "Serve the model")!;
    const outside = {
      id: "n_outside_api",
      kind: "component",
      title: "Model registry",
      description: "",
      category: "model_registry",
      phase: "PROD",
      stage: "MVP",
      automation: "MANUAL",
      ownerId: null,
      priority: null,
      position: { x: 1400, y: 760 },
      sourceCells: null,
    };
    const put = await page.request.put(`/api/v1/projects/${setup.project.id}/pipeline`, {
      data: {
        baseVersion: diagram.version,
        viewport: { x: 0, y: 0, zoom: 1 },
        nodes: [...diagram.nodes, outside],
        edges: [...diagram.edges, { id: "e_out", source: serve.id, target: outside.id, label: null }],
      },
      headers: sameOrigin(),
    });
    expect(put.status(), await put.text()).toBe(200);
    await page.reload();
    await expect(page.locator(".react-flow__node-pipeline")).toHaveCount(5);
    const edgesBefore = await page.locator(".react-flow__edge").count();

    await page.getByRole("button", { name: "Collapse notebook churn.ipynb" }).click();
    const card = page.locator(".react-flow__node-notebookGroup").filter({ hasText: "4 steps" });
    await expect(card).toBeVisible();
    await expect(page.locator(".react-flow__node-pipeline:visible")).toHaveCount(1);
    // The notebook → registry edge now starts at the card; the edges inside are not drawn.
    await expect(page.locator(`.react-flow__edge[data-id="e_out"]`)).toBeAttached();
    expect(await page.locator(".react-flow__edge").count()).toBe(1);
    await shoot(page, testInfo, "light-collapsed");
    // Collapsing is a view: nothing to save, and the saved diagram still has every step.
    await expectSaved(page);

    await page.getByRole("button", { name: "Expand notebook churn.ipynb" }).click();
    await expect(page.locator(".react-flow__node-pipeline:visible")).toHaveCount(5);
    expect(await page.locator(".react-flow__edge").count()).toBe(edgesBefore);
    // The choice is this browser's, and lasts a reload.
    await page.getByRole("button", { name: "Collapse notebook churn.ipynb" }).click();
    await page.reload();
    await expect(page.locator(".react-flow__node-notebookGroup").filter({ hasText: "4 steps" })).toBeVisible();
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
