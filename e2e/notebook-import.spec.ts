import path from "node:path";
import { canvasTeam, expectSaved, fitView, getPipeline, nodeCard, openCanvas, pipelinePath } from "./canvas-helpers";
import { expect, test, useAccount } from "./helpers";

// Importing a notebook onto the canvas. The notebook is one of the project's own test
// fixtures (written for the tests, shaped like a real FastAPI + Docker deploy notebook).
const FIXTURE = path.join(import.meta.dirname, "..", "lib", "notebook", "fixtures", "fastapi-docker-deploy.ipynb");

test.use({ viewport: { width: 1600, height: 1000 } });

test.describe("notebook import", () => {
  test("imports a notebook, with one category corrected in the preview, into the three lanes", async ({
    page,
    pool,
  }) => {
    await useAccount(page.context(), await pool.account(0));
    const setup = await canvasTeam(page.request);
    await openCanvas(page, pipelinePath(setup));

    await page.getByRole("button", { name: "Or import a notebook" }).click();
    const dialog = page.getByRole("dialog", { name: "Import a notebook" });
    await dialog.getByLabel("Notebook file").setInputFiles(FIXTURE);
    const steps = dialog.getByRole("list", { name: "Steps to add" });
    await expect(steps).toBeVisible();
    // By default one-cell setup steps fold into their neighbours (7 steps); "Fine" is the
    // notebook's own grouping, section by section (9 steps), which this test then edits.
    await expect(dialog.getByText(/fastapi-docker-deploy\.ipynb: \d+ code cells in 7 steps/)).toBeVisible();
    await dialog.getByRole("group", { name: "Step size" }).getByRole("button", { name: "Fine" }).click();
    await expect(dialog.getByText(/fastapi-docker-deploy\.ipynb: \d+ code cells in 9 steps/)).toBeVisible();

    // Cell 6 only defines settings for the API; the user files it under the API's step.
    const cell6 = dialog.getByLabel("Category of cell 6");
    await expect(cell6).toHaveValue("setup");
    await cell6.selectOption("serving");
    // The step holding cell 6 now follows it: category Serving, lane DEV.
    const stepOfCell6 = steps
      .getByRole("listitem")
      .filter({ has: page.getByLabel("Category of cell 6") })
      .first();
    await expect(stepOfCell6.locator('[data-slot="badge"]')).toHaveText(["Serving", "DEV"]);

    await dialog.getByRole("button", { name: "Add 9 steps to the canvas" }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText("Added 9 steps from the notebook.")).toBeVisible();
    await expectSaved(page);

    // The whole import is one undo step (saved like any edit), and redo brings it back.
    await page.getByRole("button", { name: "Undo (Ctrl+Z)" }).click();
    await expect(page.locator(".react-flow__node")).toHaveCount(0);
    await expectSaved(page);
    expect((await getPipeline(page.request, setup.project.id)).nodes).toHaveLength(0);
    await page.getByRole("button", { name: "Redo (Shift+Ctrl+Z)" }).click();
    await expectSaved(page);

    await page.reload();
    await fitView(page);
    await expect(page.locator(".react-flow__node-pipeline")).toHaveCount(9);
    // Redone, the steps are back in their notebook's group too (its frame is a node of its own).
    await expect(page.locator(".react-flow__node-notebookGroup")).toHaveCount(1);
    await expect(nodeCard(page, "Deploy to Kubernetes")).toBeVisible();
    // Undone and redone, the steps came back with their ids, and with their notebook cells.
    await nodeCard(page, "Deploy to Kubernetes").click();
    const cells = page.getByRole("region", { name: "Notebook cells" });
    await cells.getByRole("button", { name: /^Show the/ }).click();
    await expect(cells.getByLabel(/^Source of cell \d+$/).first()).toContainText("%%writefile k8s/deployment.yaml");
    await expect(cells).not.toContainText("was not kept");

    const diagram = await getPipeline(page.request, setup.project.id);
    expect(diagram.nodes.every((n) => n.kind === "step" && n.automation === "MANUAL")).toBe(true);
    const byPhase = (phase: string) => diagram.nodes.filter((n) => n.phase === phase).map((n) => n.category);
    expect(byPhase("ML")).toEqual(["setup"]);
    expect(byPhase("DEV")).toEqual(["serving", "serving", "serving", "testing"]);
    expect(byPhase("PROD")).toEqual(["deployment", "deployment", "monitoring", "deployment"]);
    expect(diagram.nodes.find((n) => n.sourceCells?.includes(5))).toMatchObject({ category: "serving", phase: "DEV" });
    // Nothing flows between these steps by name (shell commands and written files), so they are chained.
    expect(diagram.edges).toHaveLength(8);
  });

  test("keeps a rename and a merge made in the preview across a granularity switch", async ({ page, pool }) => {
    await useAccount(page.context(), await pool.account(0));
    const setup = await canvasTeam(page.request);
    await openCanvas(page, pipelinePath(setup));
    await page.getByRole("button", { name: "Or import a notebook" }).click();
    const dialog = page.getByRole("dialog", { name: "Import a notebook" });
    await dialog.getByLabel("Notebook file").setInputFiles(FIXTURE);
    await expect(dialog.getByText(/code cells in 7 steps/)).toBeVisible();

    await dialog.getByLabel("Title of step 1").fill("Set up the service");
    await dialog.getByLabel("Title of step 1").press("Tab");
    await dialog.getByRole("button", { name: "Merge step 3 with the step before" }).click();
    await expect(dialog.getByText(/code cells in 6 steps/)).toBeVisible();

    // Fine has 9 steps of its own (see the test above); the merge and the title come along.
    await dialog.getByRole("group", { name: "Step size" }).getByRole("button", { name: "Fine" }).click();
    await expect(dialog.getByRole("button", { name: "Fine" })).toHaveAttribute("aria-pressed", "true");
    await expect(dialog.getByText(/code cells in 9 steps/)).toHaveCount(0);
    await expect(dialog.getByLabel("Title of step 1")).toHaveValue("Set up the service");
    // And back: the medium grouping with both edits, as it was.
    await dialog.getByRole("button", { name: "Medium" }).click();
    await expect(dialog.getByText(/code cells in 6 steps/)).toBeVisible();
    await expect(dialog.getByLabel("Title of step 1")).toHaveValue("Set up the service");
  });

  test("explains an unusable file and adds nothing", async ({ page, pool }) => {
    await useAccount(page.context(), await pool.account(0));
    const setup = await canvasTeam(page.request);
    await openCanvas(page, pipelinePath(setup));
    await page.getByRole("button", { name: "Or import a notebook" }).click();
    const dialog = page.getByRole("dialog", { name: "Import a notebook" });
    await dialog
      .getByLabel("Notebook file")
      .setInputFiles({ name: "notes.ipynb", mimeType: "application/json", buffer: Buffer.from("these are my notes") });
    await expect(dialog.getByRole("alert")).toContainText(/not (valid )?JSON/i);
    await expect(dialog.getByRole("button", { name: "Add steps" })).toBeDisabled();
    await dialog.getByRole("button", { name: "Close" }).click();
    expect((await getPipeline(page.request, setup.project.id)).nodes).toHaveLength(0);
  });
});
