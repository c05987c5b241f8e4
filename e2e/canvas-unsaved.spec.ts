import path from "node:path";
import type { Dialog, Page, Route, TestInfo } from "@playwright/test";
import {
  canvasTeam,
  componentNode,
  type DiagramNode,
  dragNodeBy,
  expectSaved,
  getPipeline,
  inspector,
  nodeByTitle,
  nodeCard,
  nodeTransform,
  openCanvas,
  pipelinePath,
  putPipeline,
  saveStatus,
  seedPipeline,
  twoNodes,
} from "./canvas-helpers";
import { expect, pathMatcher, test, useAccount } from "./helpers";

// Nothing typed or moved on the canvas is lost without a word (components/canvas/use-autosave.ts,
// lib/client/autosave-session.ts, components/canvas/use-leave-guard.ts): keystrokes reach the
// autosave without a blur, leaving inside the app waits for the save (and asks when it fails),
// the back button resumes what this tab saved, leaving the app asks while anything is unsaved,
// and a server that is down (503) is "offline, retrying" after its Retry-After.

test.use({ viewport: { width: 1600, height: 1000 } });

const PIPELINE_PUT = "**/api/v1/projects/*/pipeline";
const PHASES = ["ML", "DEV", "PROD"] as const;

async function shoot(page: Page, testInfo: TestInfo, name: string) {
  const body = await page.screenshot({
    path: path.join(testInfo.project.outputDir, "screenshots", `${name}.png`),
    animations: "disabled",
    caret: "hide",
  });
  await testInfo.attach(name, { body, contentType: "image/png" });
}

/** A fresh two-node pipeline of the lead signed in on `page`, with the canvas open. */
async function twoNodeCanvas(page: Page) {
  const setup = await canvasTeam(page.request);
  const { nodes, edges } = twoNodes();
  await seedPipeline(page.request, setup.project.id, nodes, edges);
  await openCanvas(page, pipelinePath(setup));
  return setup;
}

/** 500 cards: "Moved card" alone on the left of the ML lane, the rest in rows to its right. */
function bigDiagram(): { nodes: DiagramNode[]; moved: DiagramNode } {
  const moved = componentNode("Moved card", "notebooks", "ML", 80);
  const rest = Array.from({ length: 499 }, (_, i) =>
    componentNode(`Card ${i + 1}`, "model_api", PHASES[i % 3]!, 1400 + Math.floor(i / 3) * 260),
  );
  return { nodes: [moved, ...rest], moved };
}

/** The lead signed in on `page` gets the big pipeline, at a fixed viewport where "Moved card" is on screen, 0.6× zoom. */
async function bigCanvas(page: Page) {
  const setup = await canvasTeam(page.request);
  const { nodes, moved } = bigDiagram();
  const current = await getPipeline(page.request, setup.project.id);
  const body = { viewport: { x: 160, y: 10, zoom: 0.6 }, nodes, edges: [] };
  // Well past the 64 KiB a keepalive request may carry (about 116 KiB).
  expect(Buffer.byteLength(JSON.stringify({ baseVersion: current.version, ...body }))).toBeGreaterThan(100 * 1024);
  const seeded = await putPipeline(page.request, setup.project.id, body, current.version);
  expect(seeded.status(), await seeded.text()).toBe(200);
  return { setup, moved };
}

/** Where the server has "Moved card" now. */
async function savedPosition(page: Page, projectId: string) {
  return nodeByTitle(await getPipeline(page.request, projectId), "Moved card").position;
}

const near = (a: number, b: number) => Math.abs(a - b) < 2;

/** Where the canvas draws "Moved card", in flow coordinates. */
async function shownPosition(page: Page) {
  const transform = await nodeTransform(page, "Moved card");
  const match = /translate\((-?[\d.]+)px,\s*(-?[\d.]+)px\)/.exec(transform);
  if (!match) throw new Error(`Unexpected node transform: ${transform}`);
  return { x: Number(match[1]), y: Number(match[2]) };
}

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

test("leaving the app with anything unsaved, a save in flight included, makes the browser ask", async ({
  page,
  pool,
}) => {
  await useAccount(page.context(), await pool.account(0));
  const setup = await twoNodeCanvas(page);
  const dialogs: Dialog[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog);
    void dialog.dismiss();
  });

  await test.step("typed text not yet saved", async () => {
    await nodeCard(page, "Flask API").click();
    const title = inspector(page).getByLabel("Title");
    await title.focus();
    await title.press("End");
    await title.pressSequentially(" v2");
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs.map((d) => d.type())).toEqual(["beforeunload"]);
    expect(page.isClosed()).toBe(false);
    // Staying: the save the unload started finishes.
    await expectSaved(page);
    expect(nodeByTitle(await getPipeline(page.request, setup.project.id), "Flask API v2").title).toBe("Flask API v2");
  });

  await test.step("a save the server has not answered yet", async () => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(PIPELINE_PUT, async (route) => {
      if (route.request().method() !== "PUT") return route.fallback();
      await held;
      await route.fallback();
    });
    const title = inspector(page).getByLabel("Title");
    await title.focus();
    await title.press("End");
    await title.pressSequentially("!");
    await expect(saveStatus(page)).toHaveAttribute("data-save-status", "saving");
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => dialogs.length).toBe(2);
    expect(dialogs[1]!.type()).toBe("beforeunload");
    release();
    await expectSaved(page);
    await page.unroute(PIPELINE_PUT);
  });

  await test.step("nothing unsaved: the page closes without asking", async () => {
    await page.close({ runBeforeUnload: true });
    await expect.poll(() => page.isClosed()).toBe(true);
    expect(dialogs).toHaveLength(2);
  });
});

test("a 503 from the server is offline-retrying after its Retry-After, then saves", async ({ page, pool }) => {
  await useAccount(page.context(), await pool.account(0));
  const setup = await twoNodeCanvas(page);
  const puts: number[] = [];
  await page.route(PIPELINE_PUT, async (route) => {
    if (route.request().method() !== "PUT") return route.fallback();
    puts.push(Date.now());
    if (puts.length > 1) return route.fallback();
    await route.fulfill({
      status: 503,
      headers: { "retry-after": "5" },
      contentType: "application/json",
      body: JSON.stringify({
        error: {
          code: "service_unavailable",
          message: "The service is unavailable. Try again shortly.",
          requestId: "e2e",
        },
      }),
    });
  });

  await nodeCard(page, "Flask API").click();
  await inspector(page).getByLabel("Title").fill("FastAPI service");
  await inspector(page).getByLabel("Title").press("Enter");
  await expect(saveStatus(page)).toHaveAttribute("data-save-status", "offline");
  await expect(saveStatus(page)).toContainText(/Server unavailable — retrying in [45] s/);
  await expectSaved(page);
  expect(puts).toHaveLength(2);
  expect(puts[1]! - puts[0]!).toBeGreaterThanOrEqual(4_500);
  expect(nodeByTitle(await getPipeline(page.request, setup.project.id), "FastAPI service").title).toBe(
    "FastAPI service",
  );
});

// Every edit is on the left card: the right one sits under the inspector once it is open.
test("when the save before leaving fails, the user is asked: staying keeps the edit, a retry that saves goes on, leaving drops it", async ({
  page,
  pool,
}, testInfo) => {
  await useAccount(page.context(), await pool.account(0));
  const setup = await twoNodeCanvas(page);
  const tabs = page.getByRole("navigation", { name: "Project sections" });
  const question = page.getByRole("alertdialog", { name: "Leave without saving?" });
  let answer = (route: Route) =>
    route.fulfill({
      status: 500,
      contentType: "application/json",
      body: JSON.stringify({ error: { code: "internal_error", message: "Something went wrong.", requestId: "e2e" } }),
    });
  await page.route(PIPELINE_PUT, async (route) => {
    if (route.request().method() !== "PUT") return route.fallback();
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    await answer(route);
  });

  await test.step("the save fails while leaving: stay", async () => {
    await nodeCard(page, "Jupyter training").click();
    await inspector(page).getByLabel("Title").fill("Training notebook");
    await tabs.getByRole("link", { name: "Roadmap" }).click();
    await expect(saveStatus(page)).toHaveText("Saving before leaving…");
    await shoot(page, testInfo, "saving-before-leaving");
    await expect(question).toBeVisible();
    await expect(question).toContainText("The server is unavailable, so your latest changes are not saved yet.");
    await shoot(page, testInfo, "leave-without-saving-question");
    await question.getByRole("button", { name: "Stay on this page" }).click();
    await expect(question).toBeHidden();
    await expect(page).toHaveURL(pathMatcher(pipelinePath(setup)));
    await expect(nodeCard(page, "Training notebook")).toBeVisible();
  });

  await test.step("the server comes back: the retry saves, and leaving no longer waits", async () => {
    answer = (route) => route.fallback();
    await expectSaved(page);
    expect(nodeByTitle(await getPipeline(page.request, setup.project.id), "Training notebook").title).toBe(
      "Training notebook",
    );
  });

  await test.step("the server comes back while the question is open: the retry saves, and the app goes on", async () => {
    answer = (route) =>
      route.fulfill({
        status: 503,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "service_unavailable", message: "Down.", requestId: "e2e" } }),
      });
    await nodeCard(page, "Training notebook").click();
    await inspector(page).getByLabel("Title").fill("Model training");
    await tabs.getByRole("link", { name: "Roadmap" }).click();
    await expect(question).toBeVisible();
    answer = (route) => route.fallback();
    await expect(page).toHaveURL(pathMatcher(`/teams/${setup.team.id}/projects/${setup.project.id}/roadmap`), {
      timeout: 15_000,
    });
    await expect(question).toBeHidden();
    expect(nodeByTitle(await getPipeline(page.request, setup.project.id), "Model training").title).toBe(
      "Model training",
    );
    await tabs.getByRole("link", { name: "Pipeline" }).click();
    await expect(nodeCard(page, "Model training")).toBeVisible();
  });

  await test.step("a save the server refuses: leaving without saving drops it", async () => {
    answer = (route) =>
      route.fulfill({
        status: 422,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "invalid_input", message: "title is invalid.", requestId: "e2e" } }),
      });
    await nodeCard(page, "Model training").click();
    await inspector(page).getByLabel("Title").fill("Rejected title");
    await tabs.getByRole("link", { name: "Roadmap" }).click();
    await expect(question).toContainText("Your latest changes could not be saved: title is invalid.");
    await question.getByRole("button", { name: "Leave without saving" }).click();
    await expect(page).toHaveURL(pathMatcher(`/teams/${setup.team.id}/projects/${setup.project.id}/roadmap`));
    await page.unroute(PIPELINE_PUT);
    await tabs.getByRole("link", { name: "Pipeline" }).click();
    await expect(nodeCard(page, "Model training")).toBeVisible();
    await expect(nodeCard(page, "Rejected title")).toHaveCount(0);
  });
});
