import {
  createInvitationViaApi,
  createProjectViaApi,
  createTeamViaApi,
  expect,
  expectApiError,
  getProjectViaApi,
  pathMatcher,
  projectCard,
  runSuffix,
  sameOrigin,
  test,
  useAccount,
} from "./helpers";

test.describe("permissions", () => {
  test("a viewer sees the team's projects but cannot change them, in the UI or through the API", async ({
    page,
    browser,
    pool,
  }) => {
    const viewer = await pool.account(1);
    await useAccount(page.context(), viewer);

    // The lead sets up the team, a project and a Viewer invitation through the API.
    const leadContext = await browser.newContext({ storageState: (await pool.account(0)).state });
    const team = await createTeamViaApi(leadContext.request, `Viewer team ${runSuffix()}`);
    const project = await createProjectViaApi(leadContext.request, team.id, "Recommender", "Suggests products");
    const invitePath = await createInvitationViaApi(leadContext.request, team.id, "VIEWER");
    await leadContext.close();

    await test.step("the viewer joins through the invitation", async () => {
      await page.goto(invitePath);
      await expect(page.getByText("as a viewer")).toBeVisible();
      await page.getByRole("button", { name: `Join ${team.name} as viewer` }).click();
      await expect(page).toHaveURL(pathMatcher(`/teams/${team.id}`));
    });

    await test.step("the dashboard shows the project without any way to change it", async () => {
      await expect(projectCard(page, project.name)).toBeVisible();
      await expect(page.getByText("Viewers can look at projects but not create them.")).toBeVisible();
      await expect(page.getByRole("button", { name: "New project" })).toHaveCount(0);
      await expect(page.getByRole("button", { name: `Actions for ${project.name}` })).toHaveCount(0);
      await expect(page.getByRole("button", { name: /^Actions for/ })).toHaveCount(0);
    });

    await test.step("the viewer can open the project", async () => {
      await page.getByRole("link", { name: project.name, exact: true }).click();
      await expect(page).toHaveURL(pathMatcher(`/teams/${team.id}/projects/${project.id}/pipeline`));
      await expect(page.getByRole("heading", { name: project.name, level: 1 })).toBeVisible();
      await expect(page.getByTitle("Your role in this team")).toHaveText("Viewer");
    });

    await test.step("writes forced through the API answer 403 forbidden", async () => {
      await expectApiError(
        await page.request.post(`/api/v1/teams/${team.id}/projects`, { data: { name: "x" }, headers: sameOrigin() }),
        403,
        "forbidden",
      );
      await expectApiError(
        await page.request.patch(`/api/v1/projects/${project.id}`, {
          data: { version: project.version, name: "Hijacked" },
          headers: sameOrigin(),
        }),
        403,
        "forbidden",
      );
      await expectApiError(
        await page.request.delete(`/api/v1/projects/${project.id}`, { headers: sameOrigin() }),
        403,
        "forbidden",
      );
    });

    await test.step("and nothing changed", async () => {
      const now = await getProjectViaApi(page.request, project.id);
      expect(now).toMatchObject({ name: "Recommender", description: "Suggests products", version: project.version });
      const list = await page.request.get(`/api/v1/teams/${team.id}/projects`);
      expect(list.status()).toBe(200);
      const { projects } = (await list.json()) as { projects: { name: string }[] };
      expect(projects.map((p) => p.name)).toEqual(["Recommender"]);
      await page.goto(`/teams/${team.id}`);
      await expect(page.getByRole("list", { name: "Projects" }).getByRole("listitem")).toHaveCount(1);
    });
  });

  test("someone outside the team gets 404 for its pages and its API, and a malformed id is 422", async ({
    page,
    browser,
    pool,
  }) => {
    const leadContext = await browser.newContext({ storageState: (await pool.account(0)).state });
    const team = await createTeamViaApi(leadContext.request, `Private team ${runSuffix()}`);
    const project = await createProjectViaApi(leadContext.request, team.id, "Secret model");
    await leadContext.close();

    await useAccount(page.context(), await pool.account(2));

    // The HTTP status of these pages is 200, not 404: app/(app)/loading.tsx makes Next stream the response
    // before the layout calls notFound(). The page shown is the 404 page, which is what is checked here.
    await test.step("the project's pages show the 404 page", async () => {
      await page.goto(`/teams/${team.id}/projects/${project.id}/pipeline`);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      await expect(page.getByText("it belongs to a team you are not a member of")).toBeVisible();
      await expect(page.getByText("Secret model")).toHaveCount(0);
      await expect(page.getByRole("navigation", { name: "Project sections" })).toHaveCount(0);

      await page.goto(`/teams/${team.id}`);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      await expect(page.getByRole("button", { name: "Switch team" })).toHaveText("Teams");
    });

    await test.step("the API answers 404 as for a project that does not exist", async () => {
      await expectApiError(await page.request.get(`/api/v1/projects/${project.id}`), 404, "not_found");
      await expectApiError(await page.request.get(`/api/v1/teams/${team.id}/projects`), 404, "not_found");
      await expectApiError(
        await page.request.patch(`/api/v1/projects/${project.id}`, {
          data: { version: 1, name: "Mine" },
          headers: sameOrigin(),
        }),
        404,
        "not_found",
      );
      await expectApiError(
        await page.request.delete(`/api/v1/projects/${project.id}`, { headers: sameOrigin() }),
        404,
        "not_found",
      );
    });

    await test.step("a malformed id is 422 invalid_input", async () => {
      await expectApiError(await page.request.get("/api/v1/projects/not-an-id"), 422, "invalid_input");
    });
  });
});
