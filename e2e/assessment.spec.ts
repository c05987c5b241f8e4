import path from "node:path";
import type { Page, TestInfo } from "@playwright/test";
import {
  answerAll,
  answeredCount,
  answerOpenQuestions,
  eachDimension,
  expectDraftSaved,
  progress,
  questions,
} from "./assessment-helpers";
import { canvasTeam, componentNode, seedPipeline } from "./canvas-helpers";
import { expect, pathMatcher, test, useAccount } from "./helpers";

// Issue #10's journey: a diagram suggests answers, the questionnaire is answered (partly by
// keyboard), left and resumed from the team's draft, submitted; the results show the level
// and radar; a second assessment shows the change and the trend; a viewer only reads.

async function shoot(page: Page, testInfo: TestInfo, name: string) {
  const dir = path.join(testInfo.project.outputDir, "screenshots", "assessment");
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(dir, `${scheme}-${name}.png`), fullPage: true, animations: "disabled" });
  }
  await page.emulateMedia({ colorScheme: "light" });
}

async function shootNarrow(page: Page, testInfo: TestInfo, name: string) {
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 390, height: 844 });
  await shoot(page, testInfo, `narrow-${name}`);
  await page.setViewportSize(size);
}

test("assessment: suggestions from the diagram, draft kept, results, a second one with trend and delta; viewers read", async ({
  page,
  browser,
  pool,
}, testInfo) => {
  // A whole journey with a dozen full-page screenshots: about 25 s alone, far more on a loaded 2-core machine.
  test.setTimeout(150_000);
  test.setTimeout(180_000);
  const lead = await pool.account(0);
  const viewerAccount = await pool.account(1);
  await useAccount(page.context(), lead);
  const viewerContext = await browser.newContext({ storageState: viewerAccount.state });
  const { team, project } = await canvasTeam(page.context().request, { VIEWER: viewerContext.request });
  await seedPipeline(page.context().request, project.id, [
    componentNode("GitHub Actions", "ci_cd", "DEV", 100, { automation: "AUTOMATED" }),
    componentNode("MLflow registry", "model_registry", "ML", 400),
  ]);
  const base = `/teams/${team.id}/projects/${project.id}/assessment`;

  await test.step("the empty tab invites a member to take the assessment", async () => {
    await page.goto(base);
    await expect(page.getByRole("heading", { name: "No assessment yet" })).toBeVisible();
    await page.getByRole("link", { name: "Take the assessment" }).click();
    await expect(page).toHaveURL(pathMatcher(`${base}/take`));
  });

  await test.step("answers the diagram implies are marked as suggestions", async () => {
    await expect(progress(page)).toHaveText(/^0 of \d+ answered$/);
    await expect(page.getByText(/suggested from your\s+pipeline\. Confirm or change each\./)).toBeVisible();
    await shoot(page, testInfo, "questionnaire");
    await shootNarrow(page, testInfo, "questionnaire");
  });

  await test.step("the first dimension by keyboard: arrow keys within a question, Tab to the next", async () => {
    const first = questions(page).first();
    await first.getByRole("radio").first().focus();
    // Held as a person holds it: Radix selects on the focus move, which comes a tick after keydown.
    await page.keyboard.down("ArrowDown");
    await expect(first.getByRole("radio").nth(1)).toBeChecked();
    await page.keyboard.up("ArrowDown");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Space");
    await expect(questions(page).nth(1).getByRole("radio", { checked: true })).toHaveCount(1);
    await answerOpenQuestions(page, () => 1);
    await expectDraftSaved(page);
  });

  const midway = await answeredCount(page);
  await test.step("leaving and coming back keeps the draft", async () => {
    await page.getByRole("link", { name: "Pipeline" }).click();
    await expect(page).toHaveURL(pathMatcher(`/teams/${team.id}/projects/${project.id}/pipeline`));
    await page.getByRole("link", { name: "Assessment" }).click();
    await expect(page.getByText(/^Draft by /)).toBeVisible();
    await page.getByRole("link", { name: "Continue draft" }).click();
    await expect(progress(page)).toHaveText(`${midway.answered} of ${midway.total} answered`);
  });

  await test.step("confirm the suggestions, answer the rest and submit", async () => {
    await page.getByRole("button", { name: "Confirm all suggestions" }).click();
    await expect(page.getByRole("button", { name: "Confirm all suggestions" })).toHaveCount(0);
    await eachDimension(page, () => answerOpenQuestions(page, (i) => i % 2));
    await expect(progress(page)).toHaveText(`${midway.total} of ${midway.total} answered`);
    await page.getByRole("button", { name: "Submit assessment" }).click();
    await expect(page).toHaveURL(new RegExp(`${base}/c[a-z0-9]+$`));
  });

  await test.step("results: the level, its explanation, the radar and its table", async () => {
    await expect(page.getByTestId("google-level")).toHaveText(/^[0-2]$/);
    await expect(page.getByRole("img", { name: /^Radar chart of the dimension levels/ })).toBeVisible();
    await expect(page.getByRole("table")).toContainText("Level per dimension");
    await expect(page.getByText(/answers suggested from your pipeline/)).toBeVisible();
    await expect(page.getByRole("link", { name: /Google Cloud/ })).toHaveAttribute("href", /cloud\.google\.com/);
    const add = page.getByRole("button", { name: /^Add to roadmap:/ }).first();
    const title = ((await add.getAttribute("aria-label")) ?? "").replace("Add to roadmap: ", "");
    await add.click();
    await expect(page.getByText("On the roadmap", { exact: true }).first()).toBeVisible();
    await page.reload();
    await expect(page.getByRole("button", { name: `Add to roadmap: ${title}` })).toHaveCount(0);
    await shoot(page, testInfo, "results");
    await shootNarrow(page, testInfo, "results");
  });

  await test.step("a second assessment starts from the last answers; the change and the trend show", async () => {
    await page.getByRole("link", { name: "Take a new assessment" }).click();
    await expect(progress(page)).toHaveText(`${midway.total} of ${midway.total} answered`);
    await eachDimension(page, () => answerAll(page, () => 99));
    await expectDraftSaved(page);
    await page.getByRole("button", { name: "Submit assessment" }).click();
    await expect(page.getByRole("heading", { name: "Since the previous assessment" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "Trend" })).toBeVisible();
    await expect(page.getByRole("img", { name: /^Trend over 2 assessments/ })).toBeVisible();
    await expect(page.getByRole("region", { name: "History" }).getByRole("link")).toHaveCount(2);
    await shoot(page, testInfo, "results-second");
  });

  await test.step("a viewer sees the results but cannot take one", async () => {
    const viewer = await viewerContext.newPage();
    await viewer.goto(base);
    await expect(viewer.getByTestId("google-level")).toBeVisible();
    await expect(viewer.getByRole("link", { name: /Take a new assessment|Continue draft/ })).toHaveCount(0);
    await expect(viewer.getByRole("button", { name: /^Add to roadmap/ })).toHaveCount(0);
    await viewer.goto(`${base}/take`);
    await expect(viewer).toHaveURL(pathMatcher(base));
    await viewerContext.close();
  });
});
