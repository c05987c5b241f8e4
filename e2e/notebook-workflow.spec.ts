import path from "node:path";
import { canvasTeam, expectSaved, getPipeline, openCanvas, pipelinePath, viewportSettled } from "./canvas-helpers";
import { expect, test, useAccount } from "./helpers";

// Issue 13: a long real-shaped notebook becomes a workflow a person can read. The notebook is
// one of the project's own fixtures: a synthetic 119-cell store-sales forecasting notebook
// (100 code cells; sections for loading, exploring, cleaning, features, LightGBM, tuning,
// Prophet, evaluation, export, scratch). At 1440×900 the default import must be ≤ 25 steps
// with distinct titles, linked by data flow, fitted at a zoom where titles are legible, with
// lane labels apart. Screenshots of the preview and the canvas in both colour schemes.

const FIXTURE = path.join(import.meta.dirname, "..", "lib", "notebook", "fixtures", "store-sales-forecast.ipynb");

test.use({ viewport: { width: 1440, height: 900 } });

for (const scheme of ["light", "dark"] as const) {
  test.describe(`a long notebook as a workflow (${scheme})`, () => {
    test.use({ colorScheme: scheme });

    test("imports ≤ 25 steps linked by data flow, legible when fitted, lane labels apart", async ({
      page,
      pool,
    }, testInfo) => {
      const shot = (name: string) => path.join(testInfo.project.outputDir, "screenshots", `${scheme}-${name}.png`);
      await useAccount(page.context(), await pool.account(0));
      const setup = await canvasTeam(page.request);
      await openCanvas(page, pipelinePath(setup));

      await page.getByRole("button", { name: "Or import a notebook" }).click();
      const dialog = page.getByRole("dialog", { name: "Import a notebook" });
      await dialog.getByLabel("Notebook file").setInputFiles(FIXTURE);
      const list = dialog.getByRole("list", { name: "Steps to add" });
      await expect(list).toBeVisible();
      const steps = list.locator(":scope > li");
      const mediumCount = await steps.count();
      expect(mediumCount).toBeGreaterThanOrEqual(8);
      expect(mediumCount).toBeLessThanOrEqual(25);

      // The step size re-groups live; fine is the notebook's own (much longer) grouping.
      const size = dialog.getByRole("group", { name: "Step size" });
      await size.getByRole("button", { name: "Fine" }).click();
      await expect.poll(() => steps.count()).toBeGreaterThan(mediumCount);
      await size.getByRole("button", { name: "Coarse" }).click();
      await expect.poll(() => steps.count()).toBeLessThanOrEqual(10);
      await size.getByRole("button", { name: "Medium" }).click();
      await expect(steps).toHaveCount(mediumCount);

      await dialog.screenshot({ path: shot("import-preview"), animations: "disabled" });
      // And on a phone: the toolbar and the step headers wrap, nothing scrolls sideways.
      await page.setViewportSize({ width: 390, height: 844 });
      await expect(dialog.getByRole("group", { name: "Step size" })).toBeInViewport();
      expect(await list.evaluate((el) => el.parentElement!.scrollWidth <= el.parentElement!.clientWidth)).toBe(true);
      await dialog.screenshot({ path: shot("import-preview-390"), animations: "disabled" });
      await page.setViewportSize({ width: 1440, height: 900 });

      // Low-confidence cells are counted and flagged, and next jumps to one.
      const status = dialog.getByRole("status").filter({ hasText: /a look|confidence/ });
      await expect(status).toBeVisible();
      const flaggedText = (await status.textContent()) ?? "";
      const flagged = Number(/^(\d+)/.exec(flaggedText)?.[1] ?? 0);
      await expect(dialog.locator("[data-needs-look]")).toHaveCount(flagged);
      if (flagged > 0) {
        await dialog.getByRole("button", { name: "Next cell that needs a look" }).click();
        await expect(dialog.locator("[data-needs-look] select").first()).toBeFocused();
      }

      // The scratch section is not part of the work: skip it.
      const scratch = steps.filter({ has: page.locator('input[value="Scratch"]') });
      await scratch.getByRole("button", { name: /^Skip step/ }).click();
      await expect(scratch).toHaveAttribute("data-skipped", "");
      // Jumping to a cell never scrolls the list sideways (long first lines are cut, not overflowing).
      expect(await list.evaluate((el) => el.parentElement!.scrollLeft)).toBe(0);
      const toImport = mediumCount - 1;

      await dialog.getByRole("button", { name: `Add ${toImport} steps to the canvas` }).click();
      await expect(dialog).toBeHidden();
      await expectSaved(page);

      const diagram = await getPipeline(page.request, setup.project.id);
      const stepNodes = diagram.nodes.filter((n) => n.kind === "step");
      expect(stepNodes).toHaveLength(toImport);
      const titles = stepNodes.map((n) => n.title.toLowerCase());
      expect(new Set(titles).size).toBe(titles.length);
      // Edges from data flow: not a plain chain (some edge skips steps, some carry the names that flow).
      const order = new Map(stepNodes.map((n, i) => [n.id, i]));
      const stepEdges = diagram.edges.filter((e) => order.has(e.source) && order.has(e.target));
      expect(stepEdges.some((e) => order.get(e.target)! - order.get(e.source)! > 1)).toBe(true);
      expect(stepEdges.filter((e) => e.label).length).toBeGreaterThan(stepNodes.length / 2);

      // Fitted, every title is legible: React Flow's zoom, from the viewport's transform.
      await page.getByRole("button", { name: "Fit View" }).click();
      await viewportSettled(page);
      const transform = await page
        .locator(".react-flow__viewport")
        .evaluate((el) => (el as HTMLElement).style.transform);
      const zoom = Number(/scale\(([\d.]+)\)/.exec(transform)?.[1]);
      expect(zoom, transform).toBeGreaterThanOrEqual(0.6);
      for (const node of stepNodes)
        await expect(page.locator(".react-flow__node").filter({ hasText: node.title }).first()).toBeInViewport();

      // No lane label's box overlaps another's.
      const boxes = await page.locator("[data-lane-label]").evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
        }),
      );
      expect(boxes).toHaveLength(3);
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!, boxes[j]!];
          const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          expect(overlap, JSON.stringify([a, b])).toBe(false);
        }
      await page.screenshot({ path: shot("imported-canvas"), animations: "disabled" });
    });
  });
}
