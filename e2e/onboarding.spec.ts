import {
  createProjectViaApi,
  createProjectViaUi,
  createTeamViaApi,
  createTeamViaUi,
  expect,
  newUser,
  PIPELINE_EMPTY,
  pathMatcher,
  projectCard,
  runSuffix,
  signUpViaUi,
  test,
  useAccount,
} from "./helpers";

test.describe("onboarding", () => {
  test("a new user signs up, creates a team and a project, and visits every project tab", async ({ page }) => {
    const user = newUser("Ada Onboarding");
    const teamName = `Forecasting ${runSuffix()}`;
    const projectName = "Churn prediction";

    await test.step("sign up through the form", async () => {
      await page.goto("/sign-up");
      await expect(page.getByRole("heading", { name: "Create your account" })).toBeVisible();
      await signUpViaUi(page, user);
      await expect(page.getByRole("heading", { name: `Welcome, ${user.name}` })).toBeVisible();
      await expect(page.getByRole("button", { name: `Account menu for ${user.name}` })).toBeVisible();
    });

    const teamId = await test.step("create a team", async () => {
      const id = await createTeamViaUi(page, teamName);
      await expect(page.getByRole("heading", { name: "No projects yet" })).toBeVisible();
      await expect(page.getByRole("button", { name: "Switch team" })).toHaveText(teamName);
      return id;
    });

    await test.step("create a project with the New project dialog", async () => {
      await createProjectViaUi(page, projectName, "Predicts which customers leave next month");
      await expect(page.getByRole("heading", { name: "No projects yet" })).toBeHidden();
      await expect(projectCard(page, projectName)).toContainText("Predicts which customers leave next month");
    });

    await test.step("open the project: the Pipeline tab shows its empty state", async () => {
      await page.getByRole("link", { name: projectName, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/teams/${teamId}/projects/c[a-z0-9]+/pipeline$`));
      await expect(page.getByRole("heading", { name: projectName, level: 1 })).toBeVisible();
      const tabs = page.getByRole("navigation", { name: "Project sections" });
      await expect(tabs.getByRole("link", { name: "Pipeline" })).toHaveAttribute("aria-current", "page");
      await expect(page.getByRole("heading", { name: PIPELINE_EMPTY })).toBeVisible();
    });

    await test.step("the other tabs navigate and show their empty states", async () => {
      const tabs = page.getByRole("navigation", { name: "Project sections" });
      const expected = [
        { tab: "Assessment", slug: "assessment", empty: "No assessment yet" },
        { tab: "Recommendations", slug: "recommendations", empty: "Draw or import your pipeline" },
        { tab: "Roadmap", slug: "roadmap", empty: "No roadmap yet" },
        { tab: "Pipeline", slug: "pipeline", empty: PIPELINE_EMPTY },
      ];
      for (const { tab, slug, empty } of expected) {
        await tabs.getByRole("link", { name: tab }).click();
        await expect(page).toHaveURL(new RegExp(`/projects/c[a-z0-9]+/${slug}$`));
        await expect(page.getByRole("heading", { name: empty })).toBeVisible();
        await expect(tabs.getByRole("link", { name: tab })).toHaveAttribute("aria-current", "page");
        await expect(page).toHaveTitle(`${tab} · MLOps Map`);
      }
    });

    await test.step("back on the team dashboard the project is listed", async () => {
      await page.getByRole("navigation", { name: "Team" }).getByRole("link", { name: "Projects" }).click();
      await expect(page).toHaveURL(pathMatcher(`/teams/${teamId}`));
      await expect(projectCard(page, projectName)).toBeVisible();
    });
  });

  test("a project is renamed and deleted from its card's actions menu", async ({ page, pool }) => {
    await useAccount(page.context(), await pool.account(0));
    const team = await createTeamViaApi(page.request, `Rename team ${runSuffix()}`);
    await createProjectViaApi(page.request, team.id, "Fraud scoring", "Card payments");
    await createProjectViaApi(page.request, team.id, "Keep me");

    await page.goto(`/teams/${team.id}`);
    await expect(projectCard(page, "Fraud scoring")).toBeVisible();

    await test.step("rename", async () => {
      await page.getByRole("button", { name: "Actions for Fraud scoring" }).click();
      await page.getByRole("menuitem", { name: "Rename" }).click();
      const dialog = page.getByRole("dialog", { name: "Rename project" });
      await expect(dialog.getByLabel("Project name")).toHaveValue("Fraud scoring");
      await expect(dialog.getByLabel("Description (optional)")).toHaveValue("Card payments");
      await dialog.getByLabel("Project name").fill("Fraud detection");
      await dialog.getByRole("button", { name: "Save" }).click();
      await expect(dialog).toBeHidden();
      await expect(projectCard(page, "Fraud detection")).toBeVisible();
      await expect(projectCard(page, "Fraud scoring")).toHaveCount(0);
      await page.reload();
      await expect(projectCard(page, "Fraud detection")).toContainText("Card payments");
    });

    await test.step("delete, after confirming", async () => {
      await page.getByRole("button", { name: "Actions for Fraud detection" }).click();
      await page.getByRole("menuitem", { name: "Delete" }).click();
      const confirm = page.getByRole("alertdialog", { name: "Delete “Fraud detection”?" });
      await expect(confirm).toContainText("This cannot be undone.");
      await confirm.getByRole("button", { name: "Delete project" }).click();
      await expect(confirm).toBeHidden();
      await expect(projectCard(page, "Fraud detection")).toHaveCount(0);
      await expect(projectCard(page, "Keep me")).toBeVisible();
      await page.reload();
      await expect(projectCard(page, "Keep me")).toBeVisible();
      await expect(projectCard(page, "Fraud detection")).toHaveCount(0);
    });
  });

  // The dialog's form is mounted when it opens, so a failed save (409) keeps what was typed and says why.
  test("renaming a project to a name the team already uses shows why it failed", async ({ page, pool }) => {
    await useAccount(page.context(), await pool.account(0));
    const team = await createTeamViaApi(page.request, `Clash team ${runSuffix()}`);
    await createProjectViaApi(page.request, team.id, "Demand forecast");
    await createProjectViaApi(page.request, team.id, "Price model");

    await page.goto(`/teams/${team.id}`);
    await page.getByRole("button", { name: "Actions for Price model" }).click();
    await page.getByRole("menuitem", { name: "Rename" }).click();
    const dialog = page.getByRole("dialog", { name: "Rename project" });
    await dialog.getByLabel("Project name").fill("Demand forecast");
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog.getByRole("alert")).toHaveText(
      'A project named "Demand forecast" already exists in this team.',
    );
    await expect(dialog.getByLabel("Project name")).toHaveValue("Demand forecast");
    await expect(dialog).toBeVisible();
  });

  test("sign-up refuses a weak password and an email that is taken", async ({ page, pool }) => {
    const existing = await pool.account(0);
    let signUpRequests = 0;
    page.on("request", (request) => {
      if (request.url().includes("/api/auth/sign-up")) signUpRequests += 1;
    });

    await page.goto("/sign-up");
    await page.getByLabel("Name").fill("Weak Password");
    await page.getByLabel("Email").fill("weak-password@example.com");
    await page.getByLabel("Password").fill("short1");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Password must be at least 10 characters.")).toBeVisible();
    await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(pathMatcher("/sign-up"));
    expect(signUpRequests, "a weak password is refused before any request").toBe(0);

    await page.getByLabel("Name").fill("Taken Email");
    await page.getByLabel("Email").fill(existing.email);
    await page.getByLabel("Password").fill("Another-pass-99");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("An account with this email already exists. Sign in instead.")).toBeVisible();
    await expect(page.getByText("Password must be at least 10 characters.")).toBeHidden();
    await expect(page).toHaveURL(pathMatcher("/sign-up"));
    expect(signUpRequests).toBe(1);
  });
});
