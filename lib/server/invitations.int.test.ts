import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signUp } from "@/test/users";
import { getDb } from "./db";
import { ConflictError, ForbiddenError, GoneError, NotFoundError } from "./errors";
import {
  acceptInvitation,
  createInvitation,
  listInvitations,
  previewInvitation,
  revokeInvitation,
} from "./invitations";
import { listMembers } from "./members";
import { createTeam, listMyTeams } from "./teams";

describe("invitations", () => {
  it("joins the team with the invited role, once; the link cannot be reused", async () => {
    const lead = await signUp("Lead");
    const team = await createTeam(lead, { name: "Forecasting" });
    const { token, invitation } = await createInvitation(lead, team.id, { role: "VIEWER", label: "for Ana" });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await previewInvitation(token)).toMatchObject({
      teamName: "Forecasting",
      role: "VIEWER",
      invitedBy: "Lead",
      status: "pending",
    });

    const ana = await signUp("Ana");
    await expect(acceptInvitation(ana, token)).resolves.toEqual({ teamId: team.id, role: "VIEWER" });
    expect(await listMyTeams(ana)).toEqual([expect.objectContaining({ id: team.id, role: "VIEWER" })]);

    const bob = await signUp("Bob");
    await expect(acceptInvitation(bob, token)).rejects.toThrow("already been used");
    await expect(acceptInvitation(bob, token)).rejects.toBeInstanceOf(GoneError);
    expect(await listMyTeams(bob)).toEqual([]);
    expect((await listInvitations(lead, team.id)).find((i) => i.id === invitation.id)?.status).toBe("accepted");
  });

  it("stores only a hash of the token", async () => {
    const lead = await signUp();
    const team = await createTeam(lead, { name: "Hash" });
    const { token, invitation } = await createInvitation(lead, team.id, { role: "MEMBER" });
    const row = await getDb().invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(token);
  });

  it("refuses forged, expired and revoked links with clear messages, and changes nothing", async () => {
    const lead = await signUp();
    const team = await createTeam(lead, { name: "Guarded" });
    const user = await signUp("Joiner");
    await expect(acceptInvitation(user, randomBytes(32).toString("base64url"))).rejects.toBeInstanceOf(NotFoundError);
    await expect(acceptInvitation(user, "not a token")).rejects.toBeInstanceOf(NotFoundError);

    const expired = await createInvitation(lead, team.id, { role: "MEMBER" });
    await getDb().invitation.update({
      where: { id: expired.invitation.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expect(acceptInvitation(user, expired.token)).rejects.toThrow("has expired");

    const revoked = await createInvitation(lead, team.id, { role: "MEMBER" });
    await revokeInvitation(lead, team.id, revoked.invitation.id);
    await expect(acceptInvitation(user, revoked.token)).rejects.toThrow("was revoked");
    await expect(revokeInvitation(lead, team.id, revoked.invitation.id)).rejects.toBeInstanceOf(ConflictError);

    expect(await listMyTeams(user)).toEqual([]);
    expect(await listMembers(lead, team.id)).toHaveLength(1);
  });

  it("tells an existing member they are already in the team, without using the link", async () => {
    const lead = await signUp();
    const team = await createTeam(lead, { name: "Already" });
    const { token } = await createInvitation(lead, team.id, { role: "MEMBER" });
    await expect(acceptInvitation(lead, token)).rejects.toThrow("already a member");
    expect((await previewInvitation(token)).status).toBe("pending");
  });

  it("lets only leads invite or revoke", async () => {
    const lead = await signUp();
    const team = await createTeam(lead, { name: "Leads only" });
    const member = await signUp("Member");
    await acceptInvitation(member, (await createInvitation(lead, team.id, { role: "MEMBER" })).token);
    await expect(createInvitation(member, team.id, { role: "LEAD" })).rejects.toBeInstanceOf(ForbiddenError);
    const { invitation } = await createInvitation(lead, team.id, { role: "MEMBER" });
    await expect(revokeInvitation(member, team.id, invitation.id)).rejects.toBeInstanceOf(ForbiddenError);
    const stranger = await signUp("Stranger");
    await expect(createInvitation(stranger, team.id, { role: "MEMBER" })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("is single-use even when two people accept at the same moment", async () => {
    const lead = await signUp();
    const team = await createTeam(lead, { name: "Race" });
    const { token } = await createInvitation(lead, team.id, { role: "MEMBER" });
    const [a, b] = [await signUp("A"), await signUp("B")];
    const results = await Promise.allSettled([acceptInvitation(a, token), acceptInvitation(b, token)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await listMembers(lead, team.id)).toHaveLength(2);
  });
});
