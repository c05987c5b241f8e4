import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page, TestInfo } from "@playwright/test";
import { canvasTeam, expectSaved, membershipId, openCanvas, pipelinePath } from "./canvas-helpers";
import { expect, sameOrigin, test, useAccount } from "./helpers";

// The Recommendations tab end to end: a lead sets the team profile, a member has recorded
// GitHub Actions, the project starts from the Experimental starter (one notebook); the list
// explains its #1, compares two tools, adds one to the roadmap (still chosen after a reload),
// filters through the URL, and the radar downloads as build-your-own-radar CSV.
// Screenshots (light, dark, narrow) go to test-results/screenshots/recommendations/.

async function shoot(page: Page, testInfo: TestInfo, name: string) {
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const file = path.join(testInfo.project.outputDir, "screenshots", "recommendations", `${name}.png`);
  await page.screenshot({ path: file, fullPage: true, animations: "disabled", caret: "hide" });
}

test("recommendations for a starter pipeline: why #1, compare, add to roadmap, radar CSV", async ({
  page,
  browser,
  pool,
}, testInfo) => {
  // A whole journey with a dozen full-page screenshots: about 25 s alone, far more on a loaded 2-core machine.
  test.setTimeout(150_000);
  const lead = await pool.account(0);
  const member = await pool.account(1);
  await useAccount(page.context(), lead);
  const memberContext = await browser.newContext();
  await useAccount(memberContext, member);
  const setup = await canvasTeam(page.request, { MEMBER: memberContext.request });
  const base = `/teams/${setup.team.id}/projects/${setup.project.id}`;

  await test.step("the lead sets the team profile; the member has recorded GitHub Actions", async () => {
    await page.goto(`/teams/${setup.team.id}/settings`);
    const profile = page.getByRole("form", { name: "Team profile" });
    await profile.getByRole("group", { name: "Languages" }).getByRole("button", { name: "Python" }).click();
    await profile.getByRole("group", { name: "Clouds" }).getByRole("button", { name: "Google Cloud" }).click();
    await profile.getByRole("button", { name: "Save profile" }).click();
    await expect(page.getByText("Team profile saved.")).toBeVisible();
    const memberId = await membershipId(page.request, setup.team.id, member.name);
    const skills = await memberContext.request.put(`/api/v1/teams/${setup.team.id}/members/${memberId}/skills`, {
      data: { version: 1, tools: [{ slug: "github-actions", familiarity: "expert" }], languages: ["python"], note: "" },
      headers: sameOrigin(),
    });
    expect(skills.status(), await skills.text()).toBe(200);
  });

  await test.step("before a pipeline the tab asks for one", async () => {
    await page.goto(`${base}/recommendations`);
    await expect(page.getByRole("heading", { name: "Draw or import your pipeline" })).toBeVisible();
    await page.getByRole("link", { name: "Open the Pipeline tab" }).click();
    await expect(page).toHaveURL(new RegExp(`${base}/pipeline$`));
  });

  await test.step("the project starts from the Experimental starter", async () => {
    await openCanvas(page, pipelinePath(setup));
    await page.getByRole("button", { name: /^Experimental/ }).click();
    await expectSaved(page);
  });

  const gaps = page.getByRole("list", { name: "Ranked gaps" });
  const first = gaps.getByRole("listitem").first();

  await test.step("the list starts with the model API and explains why it is #1", async () => {
    await page.goto(`${base}/recommendations`);
    await expect(page.getByRole("heading", { name: "Gaps, most important first" })).toBeVisible();
    await expect(page.getByText("Take the assessment to sharpen these")).toBeVisible();
    await expect(first.getByRole("heading", { level: 3 })).toHaveText(/Model serving API/);
    const why = first.getByRole("button", { name: "Why #1?" });
    await expect(why).toHaveAttribute("aria-expanded", "false");
    await why.focus();
    await page.keyboard.press("Enter");
    await expect(why).toHaveAttribute("aria-expanded", "true");
    const breakdown = first.getByRole("table", { name: "Why Model serving API ranks #1" });
    await expect(breakdown).toBeVisible();
    await expect(breakdown.getByRole("rowheader", { name: "Total" })).toBeVisible();
    await expect(breakdown.getByRole("rowheader", { name: "Stage" })).toBeVisible();
  });

  await test.step("CI/CD puts GitHub Actions first, with the member who knows it as owner", async () => {
    const ciCd = gaps.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /CI\/CD pipelines/ }) });
    const top = ciCd.getByRole("article").first();
    await expect(top.getByRole("heading", { level: 4 })).toHaveText("GitHub Actions");
    await expect(top.getByRole("list", { name: "Who could own GitHub Actions" })).toContainText(member.name);
  });

  await test.step("two tools side by side", async () => {
    const picks = first.getByRole("article");
    const names = [
      await picks.nth(0).getByRole("heading", { level: 4 }).innerText(),
      await picks.nth(1).getByRole("heading", { level: 4 }).innerText(),
    ];
    await picks
      .nth(0)
      .getByRole("button", { name: `Compare ${names[0]}` })
      .click();
    await picks
      .nth(1)
      .getByRole("button", { name: `Compare ${names[1]}` })
      .click();
    await page.getByRole("button", { name: "Compare 2 tools" }).click();
    const dialog = page.getByRole("dialog", { name: `Compare ${names.join(", ")}` });
    await expect(dialog.getByRole("columnheader", { name: names[0] })).toBeVisible();
    await expect(dialog.getByRole("columnheader", { name: names[1] })).toBeVisible();
    await expect(dialog.getByRole("rowheader", { name: "Licence" })).toBeVisible();
    await shoot(page, testInfo, "light-compare");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await page.getByRole("button", { name: "Clear the tools to compare" }).click();
  });

  let chosenTool = "";
  await test.step("add the top tool to the roadmap; it stays chosen after a reload", async () => {
    const top = first.getByRole("article").first();
    chosenTool = await top.getByRole("heading", { level: 4 }).innerText();
    await top.getByRole("button", { name: `Add to roadmap: ${chosenTool}` }).click();
    await expect(top.getByText("On the roadmap", { exact: true })).toBeVisible();
    await page.reload();
    await expect(first.getByRole("article").first().getByText("On the roadmap", { exact: true })).toBeVisible();
    const radar = page.getByRole("list", { name: "DEV quadrant" });
    await expect(radar.getByRole("listitem").filter({ hasText: chosenTool })).toContainText("Trial");
  });

  await test.step("filters live in the URL", async () => {
    await page.getByRole("button", { name: "Open source only" }).click();
    await expect(page).toHaveURL(/[?&]licence=open_source/);
    await page.reload();
    await expect(page.getByRole("button", { name: "Open source only" })).toHaveAttribute("aria-pressed", "true");
    await page.getByRole("button", { name: "Open source only" }).click();
    await expect(page).not.toHaveURL(/licence=/);
  });

  await test.step("the radar downloads as build-your-own-radar CSV", async () => {
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download CSV for build-your-own-radar" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^radar-churn-model-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await file.path())!, "utf8");
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe("name,ring,quadrant,isNew,description");
    expect(lines.find((l) => l.startsWith(`${chosenTool},`))).toMatch(/^[^,]+,Trial,DEV,TRUE,/);
    expect(lines.find((l) => l.startsWith("GitHub Actions,"))).toMatch(/^GitHub Actions,Adopt,DEV,FALSE,/);
  });

  await test.step("the member sees the same list with the choice marked", async () => {
    const memberPage = await memberContext.newPage();
    await memberPage.goto(`${base}/recommendations`);
    const top = memberPage.getByRole("list", { name: "Ranked gaps" }).getByRole("listitem").first();
    await expect(top.getByRole("article").first().getByText("On the roadmap", { exact: true })).toBeVisible();
    await memberPage.close();
  });

  await test.step("screenshots: light, dark and narrow", async () => {
    await first.getByRole("button", { name: "Why #1?" }).click();
    await shoot(page, testInfo, "light");
    await page.emulateMedia({ colorScheme: "dark" });
    await expect.poll(() => page.evaluate(() => document.documentElement.className)).toContain("dark");
    await shoot(page, testInfo, "dark");
    await page.setViewportSize({ width: 390, height: 844 });
    // Nothing wider than a phone: long tool names wrap, tables scroll inside their box.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await shoot(page, testInfo, "dark-narrow");
    await page.emulateMedia({ colorScheme: "light" });
    await shoot(page, testInfo, "light-narrow");
  });
  await memberContext.close();
});
