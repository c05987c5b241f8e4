import { randomBytes } from "node:crypto";
import {
  chooseOption,
  createTeamViaApi,
  expect,
  newUser,
  pathMatcher,
  runSuffix,
  signUpViaUi,
  test,
  useAccount,
} from "./helpers";

test.describe("invitations", () => {
  test("a lead invites by link, a new person signs up and joins, and the lead changes their role", async ({
    page,
    browser,
    baseURL,
    pool,
  }) => {
    const lead = await pool.account(0);
    await useAccount(page.context(), lead);
    const team = await createTeamViaApi(page.request, `Invite team ${runSuffix()}`);
    const invitee = newUser("Margaret Hamilton");

    const link = await test.step("the lead creates a Member invite link in Team settings", async () => {
      await page.goto(`/teams/${team.id}`);
      await page.getByRole("navigation", { name: "Team" }).getByRole("link", { name: "Team settings" }).click();
      await expect(page).toHaveURL(pathMatcher(`/teams/${team.id}/settings`));
      await expect(page.getByRole("heading", { name: "Team settings", level: 1 })).toBeVisible();
      await chooseOption(page, "Role for the invited person", "Member");
      await page.getByRole("button", { name: "Create invite link" }).click();
      const linkBox = page.getByRole("textbox", { name: /^Invite link/ });
      await expect(linkBox).toHaveValue(new RegExp(`^${baseURL}/invite/[A-Za-z0-9_-]{43}$`));
      await expect(page.getByRole("list", { name: "Pending invitations" }).getByRole("listitem")).toHaveCount(1);
      await expect(page.getByRole("list", { name: "Pending invitations" })).toContainText("Member");
      return linkBox.inputValue();
    });
    const invitePath = new URL(link).pathname;

    const inviteeContext = await browser.newContext();
    const inviteePage = await inviteeContext.newPage();

    await test.step("signed out, the invited person opens the link and creates an account", async () => {
      await inviteePage.goto(link);
      await expect(inviteePage.getByRole("heading", { name: `Join ${team.name}` })).toBeVisible();
      await expect(inviteePage.getByText(`${lead.name} invited you as a member`)).toBeVisible();
      await inviteePage.getByRole("link", { name: "Create an account to join" }).click();
      await expect(inviteePage).toHaveURL(
        (url) => url.pathname === "/sign-up" && url.searchParams.get("next") === invitePath,
      );
      await signUpViaUi(inviteePage, invitee, invitePath);
    });

    await test.step("back on the invite page, they join as member and land on the team", async () => {
      await expect(inviteePage.getByText(`Signed in as ${invitee.email}.`)).toBeVisible();
      await inviteePage.getByRole("button", { name: `Join ${team.name} as member` }).click();
      await expect(inviteePage).toHaveURL(pathMatcher(`/teams/${team.id}`));
      await expect(inviteePage.getByRole("heading", { name: "Projects", level: 1 })).toBeVisible();
      await expect(inviteePage.getByRole("button", { name: "Switch team" })).toHaveText(team.name);
      await expect(inviteePage.getByRole("button", { name: "New project" })).toBeVisible();
    });

    const memberRole = page.getByRole("combobox", { name: `Role of ${invitee.name}` });

    await test.step("the lead reloads settings and sees the new member", async () => {
      await page.reload();
      const row = page.getByRole("row").filter({ hasText: invitee.email });
      await expect(row).toContainText(invitee.name);
      await expect(memberRole).toHaveText("Member");
      await expect(page.getByRole("combobox", { name: `Role of ${lead.name}` })).toHaveText("Lead");
      await expect(page.getByText("No pending invitations.")).toBeVisible();
    });

    await test.step("the lead makes the member a viewer, and it persists", async () => {
      await chooseOption(page, `Role of ${invitee.name}`, "Viewer");
      await expect(page.getByText(`${invitee.name} is now viewer.`)).toBeVisible();
      await page.reload();
      await expect(memberRole).toHaveText("Viewer");
      // The new viewer sees it too.
      await inviteePage.reload();
      await expect(inviteePage.getByText("Viewers can look at projects but not create them.")).toBeVisible();
      await expect(inviteePage.getByRole("button", { name: "New project" })).toHaveCount(0);
    });

    await test.step("the used link cannot be used again, signed in or out", async () => {
      await inviteePage.goto(link);
      await expect(inviteePage.getByRole("heading", { name: "This invitation cannot be used" })).toBeVisible();
      await expect(inviteePage.getByText("This invitation has already been used.")).toBeVisible();
      await expect(inviteePage.getByRole("button", { name: /^Join / })).toHaveCount(0);

      const strangerContext = await browser.newContext();
      const strangerPage = await strangerContext.newPage();
      await strangerPage.goto(link);
      await expect(strangerPage.getByRole("heading", { name: "This invitation cannot be used" })).toBeVisible();
      await expect(strangerPage.getByRole("link", { name: "Create an account to join" })).toHaveCount(0);
      await strangerContext.close();
    });

    await inviteeContext.close();
  });

  test("a forged or mangled invite link shows Invitation not found", async ({ page }) => {
    const forged = randomBytes(32).toString("base64url");
    expect(forged).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await page.goto(`/invite/${forged}`);
    await expect(page.getByRole("heading", { name: "Invitation not found" })).toBeVisible();
    await expect(page.getByText("This invitation link is not valid.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Create an account to join" })).toHaveCount(0);

    await page.goto(`/invite/${forged.slice(0, 20)}`);
    await expect(page.getByRole("heading", { name: "Invitation not found" })).toBeVisible();
  });
});
