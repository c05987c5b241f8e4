import type { Dialog, Route } from "@playwright/test";
import { expectSaved, getPipeline, inspector, nodeByTitle, nodeCard, pipelinePath, saveStatus } from "./canvas-helpers";
import { expect, pathMatcher, test, useAccount } from "./helpers";
import { PIPELINE_PUT, shoot, twoNodeCanvas } from "./canvas-unsaved-helpers";

// Leaving the app asks while anything is unsaved, a server that is down (503) is "offline,
// retrying" after its Retry-After, and a failed save before leaving asks the user
// (components/canvas/use-leave-guard.ts, lib/client/autosave-session.ts).

test.use({ viewport: { width: 1600, height: 1000 } });

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
