import type { Browser, Page } from "@playwright/test";
import { expectSaved, getPipeline, inspector, nodeCard, saveStatus, twoEditors } from "./canvas-helpers";
import { type Account, expect, test, useAccount } from "./helpers";

// Two people edit the same field of the same node (components/canvas/use-autosave.ts): the
// second save meets the first, gets the conflict banner naming the field, and neither change
// is lost. Edits that do not overlap merge instead (canvas-merge.spec.ts); "Keep mine" keeps the
// other person's changes that did not overlap.

// A roomy window, as in canvas.spec.ts.
test.use({ viewport: { width: 1600, height: 1000 } });

/** Both editors on the two-node pipeline (twoEditors), then the same field of one node changed by each. */
async function conflictSetup(page: Page, browser: Browser, pool: { account(index: number): Promise<Account> }) {
  const { setup, pageB, memberContext } = await twoEditors(page, browser, pool);

  // A describes the API (no one else touches that) and renames the notebook, and saves.
  await nodeCard(page, "Flask API").click();
  await inspector(page).getByLabel("Description").fill("Serves churn scores");
  await nodeCard(page, "Jupyter training").click();
  await inspector(page).getByLabel("Title").fill("Training notebook v2");
  await inspector(page).getByLabel("Title").press("Enter");
  await expect(nodeCard(page, "Training notebook v2")).toBeVisible();
  await expectSaved(page);
  const versionA = (await getPipeline(page.request, setup.project.id)).version;

  // B, still on the old version, renames the same notebook: the save meets A's.
  await nodeCard(pageB, "Jupyter training").click();
  await inspector(pageB).getByLabel("Title").fill("Notebook B");
  await inspector(pageB).getByLabel("Title").press("Enter");
  const banner = pageB.getByRole("alert").filter({ hasText: "Someone else changed this pipeline." });
  await expect(banner).toBeVisible();
  await expect(banner.getByTestId("conflict-fields")).toHaveText("Training notebook v2 (title)");
  await expect(saveStatus(pageB)).toHaveAttribute("data-save-status", "conflict");
  await expect(nodeCard(pageB, "Notebook B")).toBeVisible();
  await expect(nodeCard(pageB, "Flask API")).toBeVisible();
  return { setup, pageB, banner, versionA, memberContext };
}

test("conflict: loading their version shows the other change, and undo brings mine back", async ({
  page,
  browser,
  pool,
}) => {
  await useAccount(page.context(), await pool.account(0));
  const { setup, pageB, banner, memberContext } = await conflictSetup(page, browser, pool);

  await test.step("B loads A's version", async () => {
    await banner.getByRole("button", { name: "Load their version" }).click();
    await expect(banner).toBeHidden();
    await expect(nodeCard(pageB, "Training notebook v2")).toBeVisible();
    await expect(nodeCard(pageB, "Flask API")).toBeVisible();
    await expect(nodeCard(pageB, "Notebook B")).toHaveCount(0);
    await expect(saveStatus(pageB)).toHaveText("All changes saved");
  });

  await test.step("one undo brings B's change back, and it saves on top of A's", async () => {
    await pageB.getByRole("button", { name: "Undo (Ctrl+Z)" }).click();
    await expect(nodeCard(pageB, "Notebook B")).toBeVisible();
    await expectSaved(pageB);
    const saved = await getPipeline(page.request, setup.project.id);
    expect(saved.nodes.map((n) => n.title).sort()).toEqual(["Flask API", "Notebook B"]);
  });
  await memberContext.close();
});

test("conflict: keeping mine saves my change where we overlapped and keeps their other changes", async ({
  page,
  browser,
  pool,
}) => {
  await useAccount(page.context(), await pool.account(0));
  const { setup, pageB, banner, versionA, memberContext } = await conflictSetup(page, browser, pool);

  await banner.getByRole("button", { name: "Keep mine" }).click();
  await expect(banner).toBeHidden();
  await expectSaved(pageB);
  await expect(nodeCard(pageB, "Notebook B")).toBeVisible();
  const saved = await getPipeline(page.request, setup.project.id);
  expect(saved.version).toBe(versionA + 1);
  expect(saved.nodes.map((n) => n.title).sort()).toEqual(["Flask API", "Notebook B"]);
  // A's change to the API did not overlap: it survives B's "Keep mine", in B's editor too.
  expect(saved.nodes.find((n) => n.title === "Flask API")?.description).toBe("Serves churn scores");
  await nodeCard(pageB, "Flask API").click();
  await expect(inspector(pageB).getByLabel("Description")).toHaveValue("Serves churn scores");

  // A sees B's title and keeps its own description after a reload.
  await page.reload();
  await expect(nodeCard(page, "Notebook B")).toBeVisible();
  await expect(nodeCard(page, "Training notebook v2")).toHaveCount(0);
  await nodeCard(page, "Flask API").click();
  await expect(inspector(page).getByLabel("Description")).toHaveValue("Serves churn scores");
  await memberContext.close();
});
