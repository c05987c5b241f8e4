import type { Page } from "@playwright/test";
import { expectSaved, getPipeline, inspector, nodeCard, twoEditors } from "./canvas-helpers";
import { expect, test, useAccount } from "./helpers";

// Two people, two nodes, no conflict (issue #13, point 6): a save from an older version that
// touched something else is merged on the server; each editor shows the other's change
// without a reload (the merged answer, or the version poll). Same field: canvas-conflict.spec.ts.

test.use({ viewport: { width: 1600, height: 1000 } });

async function rename(page: Page, from: string, to: string) {
  await nodeCard(page, from).click();
  await inspector(page).getByLabel("Title").fill(to);
  await inspector(page).getByLabel("Title").press("Enter");
  await expect(nodeCard(page, to)).toBeVisible();
}

const banner = (page: Page) => page.getByRole("alert").filter({ hasText: "Someone else changed" });

test("two people rename two nodes: both edits survive, no banner, each sees the other's", async ({
  page,
  browser,
  pool,
}) => {
  await useAccount(page.context(), await pool.account(0));
  const { setup, pageB, memberContext } = await twoEditors(page, browser, pool);
  await rename(page, "Jupyter training", "Training notebook v2");
  await expectSaved(page);

  await rename(pageB, "Flask API", "FastAPI service");
  await expectSaved(pageB);
  await expect(banner(pageB)).toHaveCount(0);
  // B's editor took the merged diagram from its save's answer.
  await expect(nodeCard(pageB, "Training notebook v2")).toBeVisible();

  const saved = await getPipeline(page.request, setup.project.id);
  expect(saved.nodes.map((n) => n.title).sort()).toEqual(["FastAPI service", "Training notebook v2"]);
  expect(saved.edges).toHaveLength(1);

  // A's editor picks B's change up by itself (the poll), without a reload and with nothing to save.
  await expect(nodeCard(page, "FastAPI service")).toBeVisible({ timeout: 15_000 });
  await expect(banner(page)).toHaveCount(0);
  await expectSaved(page);
  await memberContext.close();
});

test("two people change different fields of one node: both survive", async ({ page, browser, pool }) => {
  await useAccount(page.context(), await pool.account(0));
  const { setup, pageB, memberContext } = await twoEditors(page, browser, pool);
  await rename(page, "Flask API", "Model API");
  await expectSaved(page);

  await nodeCard(pageB, "Flask API").click();
  const description = inspector(pageB).getByLabel("Description");
  await description.fill("Serves the churn score to the CRM.");
  await description.blur();
  await expectSaved(pageB);
  await expect(banner(pageB)).toHaveCount(0);
  await expect(nodeCard(pageB, "Model API")).toBeVisible();

  const saved = await getPipeline(page.request, setup.project.id);
  const api = saved.nodes.find((n) => n.title === "Model API");
  expect(api?.description).toBe("Serves the churn score to the CRM.");
  await memberContext.close();
});
