import type { Page } from "@playwright/test";
import {
  canvas,
  canvasTeam,
  componentNode,
  inspector,
  nodeCard,
  openCanvas,
  pipelinePath,
  seedPipeline,
  viewport,
  viewportSettled,
} from "./canvas-helpers";
import { expect, test, useAccount } from "./helpers";

// Opening and panning the canvas (components/canvas/pipeline-editor.tsx): a never-moved
// pipeline opens fitted to its nodes; a mouse pan raises a shield over the canvas only
// while the mouse moves (globals.css), so plain clicks still reach nodes and the pane.

test.use({ viewport: { width: 1600, height: 1000 } });

const panning = (page: Page) => page.locator(".pipeline-canvas[data-panning]");

/** A point on the empty pane: the canvas's top edge, right of the lane labels, above the cards. */
async function emptyPanePoint(page: Page): Promise<{ x: number; y: number }> {
  const box = await canvas(page).boundingBox();
  if (!box) throw new Error("no canvas");
  const point = { x: box.x + box.width * 0.6, y: box.y + 12 };
  const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.className.toString() ?? "", point);
  expect(hit).toContain("react-flow__pane");
  return point;
}

test("a pipeline opens fitted; panning moves it without eating clicks on nodes or the pane", async ({
  page,
  browser,
  pool,
}) => {
  await useAccount(page.context(), await pool.account(1));
  const leadContext = await browser.newContext({ storageState: (await pool.account(0)).state });
  const setup = await canvasTeam(leadContext.request, { MEMBER: page.request });
  // Far apart, so the fit must zoom out to show both.
  const notebook = componentNode("Jupyter training", "notebooks", "ML", 80);
  const api = componentNode("Flask API", "model_api", "PROD", 4000);
  await seedPipeline(
    leadContext.request,
    setup.project.id,
    [notebook, api],
    [{ id: "e_pan_1", source: notebook.id, target: api.id, label: null }],
  );
  await leadContext.close();

  await openCanvas(page, pipelinePath(setup));
  await test.step("opens fitted: both cards on screen, zoomed out", async () => {
    const area = (await canvas(page).boundingBox())!;
    for (const title of ["Jupyter training", "Flask API"]) {
      const card = (await nodeCard(page, title).boundingBox())!;
      expect(card.x).toBeGreaterThanOrEqual(area.x);
      expect(card.x + card.width).toBeLessThanOrEqual(area.x + area.width);
    }
    expect((await viewport(page)).zoom).toBeLessThan(1);
  });

  await test.step("a click selects a node, a click on the empty pane deselects it", async () => {
    await nodeCard(page, "Flask API").click();
    await expect(inspector(page)).toBeVisible();
    const point = await emptyPanePoint(page);
    await page.mouse.click(point.x, point.y);
    await expect(inspector(page)).toHaveCount(0);
    await expect(panning(page)).toHaveCount(0);
  });

  // Rightwards, so the left card stays clear of the palette for the click after it.
  await test.step("a drag on the pane pans, with the shield up only while it moves", async () => {
    const before = await viewport(page);
    const point = await emptyPanePoint(page);
    await page.mouse.move(point.x, point.y);
    await page.mouse.down();
    await expect(panning(page)).toHaveCount(0);
    await page.mouse.move(point.x + 120, point.y + 40, { steps: 6 });
    await expect(panning(page)).toHaveCount(1);
    await page.mouse.move(point.x + 200, point.y + 60, { steps: 6 });
    await page.mouse.up();
    await expect(panning(page)).toHaveCount(0);
    await viewportSettled(page);
    const after = await viewport(page);
    expect(after.x - before.x).toBeCloseTo(200, 0);
    expect(after.y - before.y).toBeCloseTo(60, 0);
  });

  await test.step("after the pan, clicks reach the nodes again", async () => {
    await nodeCard(page, "Jupyter training").click();
    await expect(inspector(page).getByLabel("Title")).toHaveValue("Jupyter training");
  });
});
