import { readFileSync } from "node:fs";
import path from "node:path";
import type { Locator, Page, TestInfo } from "@playwright/test";
import { canvasTeam, canvas, expectSaved, inspector, nodeCard, openCanvas, pipelinePath } from "./canvas-helpers";
import { chooseOption, expect, test, useAccount } from "./helpers";
import { cardTitles, column, keyboardDrag, roadmapItems } from "./roadmap-helpers";

// Issue #12's done-when: a lead starts from a starter pipeline, automates one manual step
// from the canvas, generates a roadmap, edits the proposal and saves it, assigns an owner and
// a priority, reorders by mouse and by keyboard; a member cannot plan but moves their own item
// to Done and the progress header follows; the Markdown download is byte for byte the API's
// roadmap.md, and the preview renders it: a GFM table, task-list checkboxes, a Mermaid SVG.
// Screenshots (light and dark) of the header, the generate dialog and the preview.

async function shoot(page: Page, testInfo: TestInfo, name: string, target?: Locator) {
  const dir = path.join(testInfo.project.outputDir, "screenshots", "roadmap-extras");
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect.poll(() => page.evaluate(() => document.documentElement.className)).toContain(scheme);
    const file = path.join(dir, `${scheme}-${name}.png`);
    if (target) await target.screenshot({ path: file, animations: "disabled" });
    else await page.screenshot({ path: file, fullPage: true, animations: "disabled" });
  }
  await page.emulateMedia({ colorScheme: "light" });
}

test("roadmap: generate from a starter pipeline, plan, finish, export and preview", async ({
  page,
  browser,
  pool,
}, testInfo) => {
  test.setTimeout(240_000);
  const lead = await pool.account(0);
  const member = await pool.account(1);
  await useAccount(page.context(), lead);
  const memberContext = await browser.newContext({ storageState: member.state });
  const t = await canvasTeam(page.request, { MEMBER: memberContext.request });
  const { team, project } = t;
  const roadmapPath = `/teams/${team.id}/projects/${project.id}/roadmap`;

  await test.step("a starter pipeline; 'Automate this' on a manual step puts it on the roadmap", async () => {
    await openCanvas(page, pipelinePath(t));
    await page.getByRole("button", { name: /^MVP/ }).click();
    await expectSaved(page);
    await nodeCard(page, "Flask API").click();
    const details = inspector(page);
    await details.getByRole("button", { name: "Automate this" }).click();
    await expect(details.getByRole("link", { name: "On the roadmap: Automate Flask API" })).toBeVisible();
    const items = await roadmapItems(page.request, project.id);
    expect(items.map((i) => i.title)).toEqual(["Automate Flask API"]);
    // Selecting another step: its own state, not the previous step's. With the inspector open
    // the canvas is narrower and the minimap may sit over that card: find it by name instead.
    await page.getByLabel("Find a step").fill("Hosting site");
    await page.getByLabel("Find a step").press("Enter");
    await expect(details.getByLabel("Title")).toHaveValue("Hosting site (Render)");
    await expect(details.getByRole("button", { name: "Automate this" })).toBeVisible();
    await expect(canvas(page)).toBeVisible();
  });

  let kept: string[] = [];
  await test.step("the lead generates a roadmap, edits the proposal and saves it", async () => {
    await page.goto(roadmapPath);
    await page.getByRole("button", { name: "Generate roadmap" }).click();
    const dialog = page.getByRole("dialog", { name: "Generate roadmap" });
    const rows = dialog.getByTestId("proposal-row");
    await expect(rows.first()).toBeVisible();
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(3);
    // Grouped by stage, in stage order.
    const groups = await dialog.getByRole("heading", { level: 3 }).allInnerTexts();
    expect(groups.length).toBeGreaterThan(0);
    expect([...groups].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))).toEqual(groups);
    // The step already on the roadmap is not proposed again.
    const titles = dialog.getByRole("textbox", { name: /^Title of item/ });
    const proposed = await titles.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(proposed).not.toContain("Automate Flask API");

    await rows
      .first()
      .getByRole("textbox", { name: /^Title of item/ })
      .fill("Share the notebooks in Jupyter (edited)");
    const last = rows.nth(count - 1);
    const dropped = await last.getByRole("textbox", { name: /^Title of item/ }).inputValue();
    await last.getByRole("checkbox").uncheck();
    await rows.first().getByRole("combobox", { name: "Priority" }).click();
    await page.getByRole("option", { name: "P0 · now", exact: true }).click();
    await expect(rows.first().getByRole("combobox", { name: "Priority" })).toHaveText("P0 · now");
    await rows.first().getByRole("combobox", { name: "Owner" }).click();
    await page.getByRole("option", { name: member.name, exact: true }).click();
    await expect(rows.first().getByRole("combobox", { name: "Owner" })).toHaveText(member.name);
    await shoot(page, testInfo, "generate-dialog", dialog);

    await dialog.getByRole("button", { name: `Save ${count - 1} items` }).click();
    await expect(dialog).toBeHidden();
    const items = await roadmapItems(page.request, project.id);
    expect(items).toHaveLength(count);
    expect(items.map((i) => i.title)).toContain("Share the notebooks in Jupyter (edited)");
    expect(items.map((i) => i.title)).not.toContain(dropped);
    const edited = items.find((i) => i.title === "Share the notebooks in Jupyter (edited)")!;
    expect(edited.owner).not.toBeNull();
    kept = items.map((i) => i.title);
    await expect(page.getByRole("article", { name: "Share the notebooks in Jupyter (edited)" })).toBeVisible();
  });

  await test.step("the lead assigns an owner and a priority on the board", async () => {
    await page.getByRole("button", { name: "Automate Flask API", exact: true }).click();
    const dialog = page.getByRole("dialog", { name: "Edit roadmap item" });
    await chooseOption(page, "Owner", lead.name);
    await chooseOption(page, "Priority", "P1 · next");
    await dialog.getByRole("button", { name: "Save changes" }).click();
    await expect(dialog).toBeHidden();
    const card = page.getByRole("article", { name: "Automate Flask API" });
    await expect(card).toContainText(lead.name);
    await expect(card).toContainText("P1");
  });

  await test.step("the lead reorders by mouse and by keyboard", async () => {
    const items = await roadmapItems(page.request, project.id);
    const stage = (["EXPERIMENTAL", "MVP", "PRODUCTIONIZATION"] as const).find(
      (s) => items.filter((i) => i.stage === s).length >= 2,
    )!;
    // Tall enough that no card sits in dnd-kit's auto-scroll band at the window's edges, scrolled to the top.
    await page.setViewportSize({ width: 1280, height: 1400 });
    await page.evaluate(() => window.scrollTo(0, 0));
    const list = column(page, STAGE_NAMES[stage]);
    const before = (await cardTitles(list)) as string[];
    const [first, second] = before as [string, string];
    // Mouse: the second card dragged above the first.
    const handle = page.getByRole("button", { name: `Drag ${second}`, exact: true });
    const from = (await handle.boundingBox())!;
    const to = (await page.getByRole("article", { name: first, exact: true }).boundingBox())!;
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await page.mouse.down();
    await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
    await page.mouse.move(from.x + from.width / 2, to.y + 5, { steps: 15 });
    await page.mouse.up();
    const mouse = [second, first, ...before.slice(2)];
    await expect.poll(() => cardTitles(list)).toEqual(mouse);
    await expect
      .poll(async () =>
        (await roadmapItems(page.request, project.id))
          .filter((i) => i.stage === stage)
          .sort((a, b) => a.position - b.position)
          .map((i) => i.title),
      )
      .toEqual(mouse);
    // Keyboard: Space, ArrowDown, Space moves it back.
    await keyboardDrag(page, page.getByRole("button", { name: `Drag ${second}`, exact: true }), second, ["ArrowDown"]);
    await expect.poll(() => cardTitles(list)).toEqual(before);
    await expect
      .poll(async () =>
        (await roadmapItems(page.request, project.id))
          .filter((i) => i.stage === stage)
          .sort((a, b) => a.position - b.position)
          .map((i) => i.title),
      )
      .toEqual(before);
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  await test.step("header: nothing done yet; screenshot", async () => {
    const header = page.getByTestId("progress-header");
    await expect(header.getByTestId("progress-overall")).toHaveText("0%");
    await expect(header).toContainText("Nothing yet");
    await expect(header.getByTestId("progress-automated")).toHaveText(/\d+%/);
    await shoot(page, testInfo, "header", header);
  });

  const memberPage = await memberContext.newPage();
  await test.step("a member cannot plan, but moves their own item to Done and the progress updates", async () => {
    await memberPage.goto(roadmapPath);
    await expect(memberPage.getByRole("button", { name: "Generate roadmap" })).toBeDisabled();
    await expect(memberPage.getByText("Only leads plan the roadmap.")).toBeVisible();
    await expect(memberPage.getByRole("button", { name: /^Drag / })).toHaveCount(0);
    const header = memberPage.getByTestId("progress-header");
    await expect(header.getByTestId("progress-overall")).toHaveText("0%");

    await memberPage.getByRole("combobox", { name: "Status of Share the notebooks in Jupyter (edited)" }).click();
    await memberPage.getByRole("option", { name: "Done", exact: true }).click();
    // The item links the starter's manual notebook: asked, not silent; yes marks it automated.
    await expect(header.getByTestId("progress-automated")).toHaveText("0%");
    const ask = memberPage.getByRole("alertdialog", { name: "Mark the linked step automated?" });
    await ask.getByRole("button", { name: "Yes, mark automated" }).click();
    await expect(ask).toBeHidden();
    // One of the starter's three manual parts now runs by itself.
    await expect(header.getByTestId("progress-automated")).toHaveText("33%");
    const percent = Math.floor((1 / kept.length) * 100);
    await expect(header.getByTestId("progress-overall")).toHaveText(`${percent}%`);
    await expect(header.getByRole("list", { name: "Done recently" })).toContainText(
      "Share the notebooks in Jupyter (edited)",
    );
    await expect
      .poll(
        async () =>
          (await roadmapItems(memberPage.request, project.id)).find((i) => i.title.startsWith("Share the notebooks"))
            ?.status,
      )
      .toBe("DONE");
  });

  await test.step("the Markdown download is the API's roadmap.md, byte for byte", async () => {
    await page.reload();
    await page.getByRole("button", { name: "Export" }).click();
    const downloading = page.waitForEvent("download");
    await page.getByRole("menuitem", { name: "Download Markdown" }).click();
    const file = await downloading;
    expect(file.suggestedFilename()).toMatch(/^roadmap-churn-model-\d{4}-\d{2}-\d{2}\.md$/);
    const downloaded = readFileSync((await file.path())!);
    const api = await page.request.get(`/api/v1/projects/${project.id}/roadmap.md`);
    expect(api.headers()["content-type"]).toMatch(/^text\/markdown/);
    const fromApi = Buffer.from(await api.body());
    expect(downloaded.equals(fromApi)).toBe(true);
    expect(fromApi.toString("utf8")).toContain("- [x] ");
  });

  await test.step("the preview renders the Markdown: a GFM table, task lists and the Mermaid diagram", async () => {
    await page.getByRole("button", { name: "Export" }).click();
    await page.getByRole("menuitem", { name: "Preview Markdown" }).click();
    await expect(page).toHaveURL(new RegExp(`${roadmapPath}/preview$`));
    const preview = page.getByTestId("markdown-preview");
    await expect(preview.getByRole("heading", { level: 1 })).toHaveText("Roadmap: Churn model");
    await expect(preview.getByRole("table").first()).toBeVisible();
    await expect(preview.getByRole("columnheader").first()).toBeVisible();
    const boxes = preview.getByRole("checkbox");
    expect(await boxes.count()).toBe(kept.length);
    await expect(preview.getByRole("checkbox", { checked: true })).toHaveCount(1);
    const diagram = preview.getByTestId("mermaid-diagram");
    await expect(diagram.locator("svg")).toBeVisible({ timeout: 20_000 });
    await expect(diagram.locator("svg")).toContainText("Flask API");
    // HTML in the text stays text: no script or raw HTML element came from the Markdown.
    await expect(preview.locator("script")).toHaveCount(0);
    await shoot(page, testInfo, "preview");
  });

  await memberContext.close();
});

const ORDER = ["Experimental", "MVP", "Productionization"];
const STAGE_NAMES = { EXPERIMENTAL: "Experimental", MVP: "MVP", PRODUCTIONIZATION: "Productionization" } as const;
