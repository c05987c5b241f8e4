import { readFile } from "node:fs/promises";
import path from "node:path";
import {
  canvas,
  canvasTeam,
  connect,
  dragNodeBy,
  edgeTitles,
  expectSaved,
  fitView,
  getPipeline,
  inspector,
  LANE_HEIGHT,
  membershipId,
  nodeByTitle,
  nodeCard,
  nodeTransform,
  openCanvas,
  palette,
  pipelinePath,
  putPipeline,
  saveStatus,
  seedPipeline,
  twoNodes,
  viewportSettled,
} from "./canvas-helpers";
import { chooseOption, expect, expectApiError, test, useAccount } from "./helpers";

// The pipeline canvas (components/canvas/pipeline-editor.tsx): building, moving between
// lanes, undo, roles, starters and export (concurrent edits: canvas-conflict.spec.ts;
// opening and panning: canvas-pan.spec.ts). Every test makes its own
// team and project through the API; people come from the shared account pool
// (0: the lead, 1: a member, 2: a viewer).

// A roomy window, so a five-step pipeline fits at a zoom where handles are easy to hit.
test.use({ viewport: { width: 1600, height: 1000 } });

const STARTER_EMPTY = "Map your current pipeline";

test.describe("pipeline canvas", () => {
  test("a member builds a five-step pipeline across the three lanes by hand, and it persists", async ({
    page,
    browser,
    pool,
  }) => {
    const member = await pool.account(1);
    await useAccount(page.context(), member);
    const leadContext = await browser.newContext({ storageState: (await pool.account(0)).state });
    const setup = await canvasTeam(leadContext.request, { MEMBER: page.request });
    await leadContext.close();

    const steps = [
      { title: "Data ingestion", phase: "ML" },
      { title: "Model training", phase: "ML" },
      { title: "Serving", phase: "DEV" },
      { title: "Testing", phase: "DEV" },
      { title: "Deployment", phase: "PROD" },
    ] as const;

    await test.step("clicking palette items adds each in its own lane", async () => {
      await openCanvas(page, pipelinePath(setup));
      await expect(page.getByRole("heading", { name: STARTER_EMPTY })).toBeVisible();
      await expect(saveStatus(page)).toHaveText("All changes saved");
      for (const { title } of steps) {
        await palette(page).getByRole("button", { name: title, exact: true }).click();
        await expect(nodeCard(page, title)).toBeVisible();
        // The new node is selected, and its details open.
        await expect(inspector(page).getByLabel("Title")).toHaveValue(title);
      }
      await expect(page.getByRole("heading", { name: STARTER_EMPTY })).toHaveCount(0);
      await inspector(page).getByRole("button", { name: "Close details" }).click();
      await expect(inspector(page)).toHaveCount(0);
      await fitView(page);
      await expect(page.locator(".react-flow__node")).toHaveCount(5);

      // Each card sits in its lane's band on screen: ML above DEV above PROD.
      const centreY = async (title: string) => {
        const box = (await nodeCard(page, title).boundingBox())!;
        return box.y + box.height / 2;
      };
      const [ml, dev, prod] = [await centreY("Data ingestion"), await centreY("Serving"), await centreY("Deployment")];
      expect(ml).toBeLessThan(dev);
      expect(dev).toBeLessThan(prod);
      expect(Math.abs((await centreY("Model training")) - ml)).toBeLessThan(2);
      expect(Math.abs((await centreY("Testing")) - dev)).toBeLessThan(2);
    });

    await test.step("dragging from a source handle to a target handle connects the steps", async () => {
      for (const [i, [from, to]] of [
        ["Data ingestion", "Model training"],
        ["Model training", "Serving"],
        ["Serving", "Testing"],
        ["Testing", "Deployment"],
      ].entries()) {
        await connect(page, from!, to!);
        await expect(page.locator(".react-flow__edge")).toHaveCount(i + 1);
      }
      await expectSaved(page);
    });

    await test.step("after a reload the same five steps and four links are there", async () => {
      await page.reload();
      await expect(canvas(page)).toBeVisible();
      await fitView(page);
      await expect(page.locator(".react-flow__node")).toHaveCount(5);
      for (const { title } of steps) await expect(nodeCard(page, title)).toBeVisible();
      await expect(page.locator(".react-flow__edge")).toHaveCount(4);
      await expect(saveStatus(page)).toHaveText("All changes saved");
    });

    await test.step("the API has the phases and links that were drawn", async () => {
      const saved = await getPipeline(page.request, setup.project.id);
      expect(Object.fromEntries(saved.nodes.map((n) => [n.title, n.phase]))).toEqual(
        Object.fromEntries(steps.map((s) => [s.title, s.phase])),
      );
      expect(edgeTitles(saved)).toEqual([
        "Data ingestion → Model training",
        "Model training → Serving",
        "Serving → Testing",
        "Testing → Deployment",
      ]);
      expect(saved.version).toBeGreaterThan(0);
    });
  });

  test("dragging a step into another lane changes its phase, and undo puts it back", async ({ page, pool }) => {
    await useAccount(page.context(), await pool.account(0));
    const setup = await canvasTeam(page.request);
    const { nodes, edges } = twoNodes();
    const seeded = await seedPipeline(page.request, setup.project.id, nodes, edges);
    const before = nodeByTitle(seeded, "Jupyter training");

    await openCanvas(page, pipelinePath(setup));
    await expect(nodeCard(page, "Jupyter training")).toBeVisible();
    await viewportSettled(page);

    await test.step("drag the ML step one lane down", async () => {
      await dragNodeBy(page, "Jupyter training", 0, LANE_HEIGHT);
      await expect(page.getByText("Moved “Jupyter training” to DEV")).toBeVisible();
      await expect
        .poll(async () => nodeByTitle(await getPipeline(page.request, setup.project.id), "Jupyter training").phase, {
          timeout: 15_000,
        })
        .toBe("DEV");
      await expectSaved(page);
      const moved = nodeByTitle(await getPipeline(page.request, setup.project.id), "Jupyter training");
      expect(moved.position.y).toBeGreaterThanOrEqual(LANE_HEIGHT);
      expect(moved.position.y + 44).toBeLessThan(2 * LANE_HEIGHT);
    });

    await test.step("Ctrl+Z on the canvas brings it back to ML", async () => {
      await expect(nodeCard(page, "Jupyter training")).toBeFocused();
      await page.keyboard.press("Control+z");
      await expect
        .poll(async () => nodeByTitle(await getPipeline(page.request, setup.project.id), "Jupyter training").phase, {
          timeout: 15_000,
        })
        .toBe("ML");
      await expectSaved(page);
      const restored = nodeByTitle(await getPipeline(page.request, setup.project.id), "Jupyter training");
      expect(restored.position).toEqual(before.position);
      await expect(page.getByRole("button", { name: "Redo (Shift+Ctrl+Z)" })).toBeEnabled();
    });
  });

  test("a lead sets owner and priority; a member sees them but cannot change them", async ({ page, browser, pool }) => {
    const lead = await pool.account(0);
    const member = await pool.account(1);
    await useAccount(page.context(), lead);
    const memberContext = await browser.newContext({ storageState: member.state });
    const setup = await canvasTeam(page.request, { MEMBER: memberContext.request });
    const { nodes, edges } = twoNodes();
    await seedPipeline(page.request, setup.project.id, nodes, edges);
    const initialsOf = member.name
      .split(/\s+/)
      .map((w) => w[0])
      .join("")
      .toUpperCase();

    await test.step("the lead picks an owner and a priority in the inspector", async () => {
      await openCanvas(page, pipelinePath(setup));
      await nodeCard(page, "Flask API").click();
      await expect(inspector(page)).toBeVisible();
      await expect(inspector(page).getByLabel("Title")).toHaveValue("Flask API");
      await chooseOption(page, "Owner", member.name);
      await chooseOption(page, "Priority", "P1 · next");
      const card = nodeCard(page, "Flask API");
      await expect(card.getByText("P1", { exact: true })).toBeVisible();
      await expect(card.getByTitle(`Owner: ${member.name}`)).toHaveText(initialsOf);
      await expectSaved(page);
    });

    await test.step("after a reload they are still there, and in the API", async () => {
      await page.reload();
      const card = nodeCard(page, "Flask API");
      await expect(card.getByText("P1", { exact: true })).toBeVisible();
      await expect(card.getByTitle(`Owner: ${member.name}`)).toHaveText(initialsOf);
      const saved = nodeByTitle(await getPipeline(page.request, setup.project.id), "Flask API");
      expect(saved.priority).toBe("P1");
      expect(saved.ownerId).toBe(await membershipId(page.request, setup.team.id, member.name));
    });

    await test.step("the member sees owner and priority but cannot change them", async () => {
      const memberPage = await memberContext.newPage();
      await openCanvas(memberPage, pipelinePath(setup));
      await nodeCard(memberPage, "Flask API").click();
      const details = inspector(memberPage);
      await expect(details.getByRole("combobox", { name: "Owner" })).toHaveText(member.name);
      await expect(details.getByRole("combobox", { name: "Owner" })).toBeDisabled();
      await expect(details.getByRole("combobox", { name: "Priority" })).toHaveText("P1 · next");
      await expect(details.getByRole("combobox", { name: "Priority" })).toBeDisabled();
      await expect(details.getByText("Set by a lead.")).toHaveCount(2);
      // The rest of the step is the member's to edit.
      await expect(details.getByLabel("Title")).toBeEnabled();
      await expect(details.getByRole("combobox", { name: "Stage" })).toBeEnabled();
    });

    await test.step("a priority change forced through the API is 403, and nothing changes", async () => {
      const current = await getPipeline(memberContext.request, setup.project.id);
      const nodes = current.nodes.map((n) => (n.title === "Flask API" ? { ...n, priority: "P0" as const } : n));
      await expectApiError(
        await putPipeline(
          memberContext.request,
          setup.project.id,
          { viewport: current.viewport, nodes, edges: current.edges },
          current.version,
        ),
        403,
        "forbidden",
      );
      const after = await getPipeline(page.request, setup.project.id);
      expect(after.version).toBe(current.version);
      expect(nodeByTitle(after, "Flask API").priority).toBe("P1");
    });
    await memberContext.close();
  });

  test("a viewer sees the pipeline read-only, and a save forced through the API is 403", async ({
    page,
    browser,
    pool,
  }) => {
    await useAccount(page.context(), await pool.account(2));
    const leadContext = await browser.newContext({ storageState: (await pool.account(0)).state });
    const setup = await canvasTeam(leadContext.request, { VIEWER: page.request });
    const { nodes, edges } = twoNodes();
    const seeded = await seedPipeline(leadContext.request, setup.project.id, nodes, edges);
    await leadContext.close();

    await openCanvas(page, pipelinePath(setup));
    await expect(nodeCard(page, "Flask API")).toBeVisible();
    await viewportSettled(page);

    await test.step("no palette, no undo, and the status says read only", async () => {
      await expect(palette(page)).toHaveCount(0);
      await expect(page.getByText("Read only", { exact: true })).toBeVisible();
      await expect(saveStatus(page)).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Undo (Ctrl+Z)" })).toHaveCount(0);
      await expect(page.getByRole("button", { name: "Auto-layout" })).toHaveCount(0);
    });

    await test.step("dragging a node does not move it", async () => {
      const before = await nodeTransform(page, "Flask API");
      await dragNodeBy(page, "Flask API", 0, LANE_HEIGHT);
      await expect(page.getByText(/^Moved /)).toHaveCount(0);
      // A drag on a node that cannot move pans the canvas instead; bring the node back in view.
      await fitView(page);
      expect(await nodeTransform(page, "Flask API")).toBe(before);
      await page.waitForTimeout(1000); // longer than the autosave debounce: nothing may be sent
      const now = await getPipeline(page.request, setup.project.id);
      expect(now.version).toBe(seeded.version);
      expect(nodeByTitle(now, "Flask API").position).toEqual(nodeByTitle(seeded, "Flask API").position);
    });

    await test.step("the inspector shows the step with every field disabled", async () => {
      await nodeCard(page, "Flask API").click();
      const details = inspector(page);
      await expect(details.getByText("Viewers see the pipeline but cannot change it.")).toBeVisible();
      await expect(details.getByLabel("Title")).toHaveValue("Flask API");
      await expect(details.getByLabel("Title")).toBeDisabled();
      await expect(details.getByLabel("Description")).toBeDisabled();
      for (const name of ["Kind", "Component", "Phase (lane)", "Stage", "Automation", "Owner", "Priority"]) {
        await expect(details.getByRole("combobox", { name })).toBeDisabled();
      }
    });

    await test.step("a save forced through the API is 403", async () => {
      const current = await getPipeline(page.request, setup.project.id);
      const moved = current.nodes.map((n) => ({ ...n, position: { x: n.position.x, y: n.position.y + LANE_HEIGHT } }));
      await expectApiError(
        await putPipeline(
          page.request,
          setup.project.id,
          { viewport: current.viewport, nodes: moved, edges: current.edges },
          current.version,
        ),
        403,
        "forbidden",
      );
      expect((await getPipeline(page.request, setup.project.id)).version).toBe(current.version);
    });
  });

  test("the Productionization starter fills an empty pipeline, and exports as PNG and SVG", async ({ page, pool }) => {
    await useAccount(page.context(), await pool.account(0));
    const setup = await canvasTeam(page.request);

    await test.step("pick the starter", async () => {
      await openCanvas(page, pipelinePath(setup));
      await expect(page.getByRole("heading", { name: STARTER_EMPTY })).toBeVisible();
      await expect(page.getByRole("button", { name: "Export", exact: true })).toBeDisabled();
      await page.getByRole("button", { name: /^Productionization/ }).click();
      await expect(page.getByRole("heading", { name: STARTER_EMPTY })).toHaveCount(0);
      await viewportSettled(page);
      await expect(page.locator(".react-flow__node")).toHaveCount(13);
      await expect(nodeCard(page, "Docker images")).toBeVisible();
      await expect(page.locator(".react-flow__edge")).toHaveCount(13);
      await expectSaved(page);
      const saved = await getPipeline(page.request, setup.project.id);
      expect(saved.nodes).toHaveLength(13);
      expect(saved.edges).toHaveLength(13);
      expect(saved.nodes.map((n) => n.title)).toContain("Docker images");
      expect(new Set(saved.nodes.map((n) => n.phase))).toEqual(new Set(["ML", "DEV", "PROD"]));
      expect(nodeByTitle(saved, "Docker images").phase).toBe("DEV");
      expect(nodeByTitle(saved, "Grafana monitoring").phase).toBe("PROD");
    });

    async function exportAs(label: "PNG image" | "SVG image") {
      const download = page.waitForEvent("download");
      await page.getByRole("button", { name: "Export", exact: true }).click();
      await page.getByRole("menuitem", { name: label }).click();
      const file = await download;
      return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
    }

    await test.step("PNG", async () => {
      const png = await exportAs("PNG image");
      expect(png.name).toBe("churn-model-pipeline.png");
      expect(png.bytes.length).toBeGreaterThan(1000);
      expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    });

    await test.step("SVG", async () => {
      const svg = await exportAs("SVG image");
      expect(svg.name).toBe("churn-model-pipeline.svg");
      const text = svg.bytes.toString("utf8");
      expect(text.length).toBeGreaterThan(1000);
      expect(text).toContain("<svg");
      expect(text).toContain("Docker images");
    });
  });
});

// Screenshots for people to look at (no pixel comparison), saved to
// test-results/screenshots/<scheme>-canvas-*.png and attached to the report.
for (const scheme of ["light", "dark"] as const) {
  test.describe(`canvas, ${scheme} colour scheme`, () => {
    test.use({ colorScheme: scheme });

    test(`screenshots of the canvas (${scheme})`, async ({ page, pool }, testInfo) => {
      async function shoot(name: string) {
        await expect.poll(() => page.evaluate(() => document.documentElement.className)).toContain(scheme);
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        await viewportSettled(page);
        const file = path.join(testInfo.project.outputDir, "screenshots", `${scheme}-${name}.png`);
        const body = await page.screenshot({ path: file, fullPage: true, animations: "disabled", caret: "hide" });
        await testInfo.attach(`${scheme}-${name}`, { body, contentType: "image/png" });
      }

      await useAccount(page.context(), await pool.account(0));
      const setup = await canvasTeam(page.request);
      await openCanvas(page, pipelinePath(setup));
      await page.getByRole("button", { name: /^Productionization/ }).click();
      await expect(page.locator(".react-flow__node")).toHaveCount(13);
      await expectSaved(page);
      await page.mouse.move(0, 0);
      await shoot("canvas-starter");

      await nodeCard(page, "Docker images").click();
      await expect(inspector(page)).toBeVisible();
      await shoot("canvas-inspector");
    });
  });
}
