import type { Browser, Page } from "@playwright/test";
import { expectSaved, getPipeline, inspector, nodeCard, saveStatus, twoEditors } from "./canvas-helpers";
import { type Account, expect, test, useAccount } from "./helpers";

// Two people edit the same field of the same node (components/canvas/use-autosave.ts): the
// second save meets the first, gets the conflict banner naming the field, and neither change
// is lost. Edits that do not overlap merge instead (canvas-merge.spec.ts).

// A roomy window, as in canvas.spec.ts.
test.use({ viewport: { width: 1600, height: 1000 } });

/** Both editors on the two-node pipeline (twoEditors), then the same field of one node changed by each. */
async function conflictSetup(page: Page, browser: Browser, pool: { account(index: number): Promise<Account> }) {
  const { setup, pageB, memberContext } = await twoEditors(page, browser, pool);

  // A renames the notebook and saves.
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

test("conflict: keeping mine saves my version over theirs", async ({ page, browser, pool }) => {
  await useAccount(page.context(), await pool.account(0));
  const { setup, pageB, banner, versionA, memberContext } = await conflictSetup(page, browser, pool);

  await banner.getByRole("button", { name: "Keep mine" }).click();
  await expect(banner).toBeHidden();
  await expectSaved(pageB);
  await expect(nodeCard(pageB, "Notebook B")).toBeVisible();
  const saved = await getPipeline(page.request, setup.project.id);
  expect(saved.version).toBe(versionA + 1);
  expect(saved.nodes.map((n) => n.title).sort()).toEqual(["Flask API", "Notebook B"]);

  // A sees B's version after a reload.
  await page.reload();
  await expect(nodeCard(page, "Notebook B")).toBeVisible();
  await expect(nodeCard(page, "Training notebook v2")).toHaveCount(0);
  await memberContext.close();
});
