import {
  canvasTeam,
  dragNodeBy,
  expectSaved,
  getPipeline,
  inspector,
  nodeByTitle,
  nodeCard,
  openCanvas,
  pipelinePath,
  saveStatus,
  seedPipeline,
  twoNodes,
} from "./canvas-helpers";
import { expect, pathMatcher, test, useAccount } from "./helpers";
import {
  PIPELINE_PUT,
  shoot,
  twoNodeCanvas,
  bigCanvas,
  savedPosition,
  near,
  shownPosition,
} from "./canvas-unsaved-helpers";

// Nothing typed or moved on the canvas is lost without a word (components/canvas/use-autosave.ts,
// lib/client/autosave-session.ts, components/canvas/use-leave-guard.ts): keystrokes reach the
// autosave without a blur, leaving inside the app waits for the save, and the back button
// resumes what this tab saved. Leaving the app and a server that is down: canvas-leave.spec.ts.

test.use({ viewport: { width: 1600, height: 1000 } });

test("typing a title marks the diagram unsaved at once and saves it without a blur; one undo takes the whole word back", async ({
  page,
  pool,
}, testInfo) => {
  await useAccount(page.context(), await pool.account(0));
  const setup = await twoNodeCanvas(page);
  await nodeCard(page, "Jupyter training").click();
  const title = inspector(page).getByLabel("Title");

  await test.step("while typing, the status says unsaved", async () => {
    await title.selectText();
    await title.pressSequentially("Training notebook v2", { delay: 40 });
    await expect(saveStatus(page)).toHaveAttribute("data-save-status", /dirty|saving/);
    await expect(nodeCard(page, "Training notebook v2")).toBeVisible();
    await shoot(page, testInfo, "unsaved-while-typing");
  });

  await test.step("it saves with the field still focused", async () => {
    await expectSaved(page);
    await expect(title).toBeFocused();
    expect(nodeByTitle(await getPipeline(page.request, setup.project.id), "Training notebook v2").title).toBe(
      "Training notebook v2",
    );
  });

  await test.step("one undo takes the whole typed title back, one redo restores it", async () => {
    await page.getByRole("button", { name: "Undo (Ctrl+Z)" }).click();
    await expect(nodeCard(page, "Jupyter training")).toBeVisible();
    await expect(page.getByRole("button", { name: "Undo (Ctrl+Z)" })).toBeDisabled();
    await expectSaved(page);
    await page.getByRole("button", { name: "Redo (Shift+Ctrl+Z)" }).click();
    await expect(nodeCard(page, "Training notebook v2")).toBeVisible();
    await expectSaved(page);
    // Undo and redo leave nothing selected: open the details again.
    await nodeCard(page, "Training notebook v2").click();
    await expect(title).toHaveValue("Training notebook v2");
  });

  await test.step("an emptied title is not saved, and the previous one comes back on blur", async () => {
    await title.fill("");
    await expect(inspector(page).getByText("A title is required; the previous one is kept.")).toBeVisible();
    await expect(saveStatus(page)).toHaveAttribute("data-save-status", "saved");
    await title.press("Enter");
    await expect(title).toHaveValue("Training notebook v2");
  });

  await test.step("typing the description, then reloading: both texts are there", async () => {
    const description = inspector(page).getByLabel("Description");
    await description.click();
    await description.pressSequentially("Weekly retrain", { delay: 20 });
    await expect(saveStatus(page)).toHaveAttribute("data-save-status", /dirty|saving/);
    await expectSaved(page);
    await page.reload();
    await expect(nodeCard(page, "Training notebook v2")).toBeVisible();
    await nodeCard(page, "Training notebook v2").click();
    await expect(inspector(page).getByLabel("Description")).toHaveValue("Weekly retrain");
  });
});

test("500 cards: a move followed at once by a tab click is saved before the app navigates, and is there on return", async ({
  page,
  pool,
}) => {
  await useAccount(page.context(), await pool.account(0));
  const { setup, moved } = await bigCanvas(page);
  await openCanvas(page, pipelinePath(setup));
  await expect(nodeCard(page, "Moved card")).toBeVisible();

  await dragNodeBy(page, "Moved card", 400, 0);
  await page.getByRole("navigation", { name: "Project sections" }).getByRole("link", { name: "Assessment" }).click();
  await expect(page).toHaveURL(pathMatcher(`/teams/${setup.team.id}/projects/${setup.project.id}/assessment`));
  // No polling: the navigation waited for the save.
  // (React Flow starts a drag after a few pixels: the card moves a little less than the mouse.)
  const saved = await savedPosition(page, setup.project.id);
  expect(saved.x).toBeGreaterThan(moved.position.x + 300);
  expect(near(saved.y, moved.position.y)).toBe(true);

  await test.step("back through the tab", async () => {
    await page.getByRole("navigation", { name: "Project sections" }).getByRole("link", { name: "Pipeline" }).click();
    await expect(nodeCard(page, "Moved card")).toBeVisible();
    expect(await shownPosition(page)).toEqual(saved);
    await expect(saveStatus(page)).toHaveText("All changes saved");
  });

  await test.step("back through the browser's history", async () => {
    await page.goBack();
    await expect(page).toHaveURL(pathMatcher(`/teams/${setup.team.id}/projects/${setup.project.id}/assessment`));
    await page.goBack();
    await expect(page).toHaveURL(pathMatcher(pipelinePath(setup)));
    await expect(nodeCard(page, "Moved card")).toBeVisible();
    expect(await shownPosition(page)).toEqual(saved);
    // The editor continues from the saved version: a further move saves without a conflict.
    await dragNodeBy(page, "Moved card", 0, 40);
    await expectSaved(page);
    expect((await savedPosition(page, setup.project.id)).y).toBeGreaterThan(saved.y + 30);
  });
});

// The router replays a page from the history as it was rendered then: without the tab's
// session, coming forward would show the card where it was before the move.
test("500 cards: the back button right after a move saves it in the background, and coming forward shows it", async ({
  page,
  pool,
}) => {
  await useAccount(page.context(), await pool.account(0));
  const { setup, moved } = await bigCanvas(page);
  await page.goto(`/teams/${setup.team.id}/projects/${setup.project.id}/assessment`);
  await page.getByRole("navigation", { name: "Project sections" }).getByRole("link", { name: "Pipeline" }).click();
  await expect(nodeCard(page, "Moved card")).toBeVisible();

  await dragNodeBy(page, "Moved card", 400, 0);
  await page.goBack();
  await expect(page).toHaveURL(pathMatcher(`/teams/${setup.team.id}/projects/${setup.project.id}/assessment`));
  await expect
    .poll(async () => (await savedPosition(page, setup.project.id)).x, { timeout: 15_000 })
    .toBeGreaterThan(moved.position.x + 300);

  await page.goForward();
  await expect(nodeCard(page, "Moved card")).toBeVisible();
  const saved = await savedPosition(page, setup.project.id);
  expect(await shownPosition(page)).toEqual(saved);
  await expect(saveStatus(page)).toHaveText("All changes saved");
});

test("the back button while the server is down: a toast says the edit is not saved yet and leads back to it", async ({
  page,
  pool,
}) => {
  await useAccount(page.context(), await pool.account(0));
  const setup = await canvasTeam(page.request);
  const { nodes, edges } = twoNodes();
  await seedPipeline(page.request, setup.project.id, nodes, edges);
  await page.route(PIPELINE_PUT, (route) =>
    route.request().method() !== "PUT"
      ? route.fallback()
      : route.fulfill({
          status: 503,
          headers: { "retry-after": "3" },
          contentType: "application/json",
          body: JSON.stringify({ error: { code: "service_unavailable", message: "Down.", requestId: "e2e" } }),
        }),
  );
  await page.goto(`/teams/${setup.team.id}/projects/${setup.project.id}/assessment`);
  await page.getByRole("navigation", { name: "Project sections" }).getByRole("link", { name: "Pipeline" }).click();
  await nodeCard(page, "Jupyter training").click();
  await inspector(page).getByLabel("Title").fill("Training notebook");
  await page.goBack();

  const toast = page.getByRole("listitem").filter({ hasText: "Your latest pipeline changes are not saved yet" });
  await expect(toast).toBeVisible();
  await expect(toast).toContainText("The server is unavailable");
  await page.unroute(PIPELINE_PUT);
  await toast.getByRole("button", { name: "Back to the pipeline" }).click();
  await expect(page).toHaveURL(pathMatcher(pipelinePath(setup)));
  await expect(nodeCard(page, "Training notebook")).toBeVisible();
  await expectSaved(page);
  expect(nodeByTitle(await getPipeline(page.request, setup.project.id), "Training notebook").title).toBe(
    "Training notebook",
  );
});
