import { describe, expect, it } from "vitest";
import { signUp } from "@/test/users";
import { getDb } from "./db";
import { ConflictError, ForbiddenError, NotFoundError } from "./errors";
import { acceptInvitation, createInvitation } from "./invitations";
import { listMembers, removeMember, updateMember } from "./members";
import { createTeam, listMyTeams } from "./teams";

async function join(
  lead: Awaited<ReturnType<typeof signUp>>,
  teamId: string,
  role: "LEAD" | "MEMBER" | "VIEWER",
  name: string = role,
) {
  const user = await signUp(name);
  const { token } = await createInvitation(lead, teamId, { role });
  await acceptInvitation(user, token);
  const member = (await listMembers(lead, teamId)).find((m) => m.userId === user.id)!;
  return { user, member };
}

describe("members", () => {
  it("lists members with role and structured skills; a lead changes the role, audited", async () => {
    const lead = await signUp("Lead");
    const team = await createTeam(lead, { name: "Core ML" });
    const { member } = await join(lead, team.id, "MEMBER", "Mo");
    expect(member.skills).toEqual({ tools: [], languages: [], note: "", version: 1 });
    const updated = await updateMember(lead, team.id, member.id, { version: member.version, role: "VIEWER" });
    expect(updated).toMatchObject({ role: "VIEWER", version: member.version + 1 });
    const events = await getDb().auditEvent.findMany({
      where: { teamId: team.id, targetId: member.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((e) => e.action)).toEqual(["membership.added", "membership.role_changed"]);
    expect(events[1]?.details).toMatchObject({ from: "MEMBER", to: "VIEWER" });
  });

  it("keeps at least one lead: the last lead can be neither demoted nor removed, nor leave", async () => {
    const lead = await signUp();
    const team = await createTeam(lead, { name: "Solo" });
    const [self] = await listMembers(lead, team.id);
    await expect(updateMember(lead, team.id, self!.id, { version: self!.version, role: "MEMBER" })).rejects.toThrow(
      "at least one lead",
    );
    await expect(removeMember(lead, team.id, self!.id)).rejects.toThrow("only lead");
    expect((await listMembers(lead, team.id))[0]).toMatchObject({ role: "LEAD", version: 1 });
  });

  it("lets a lead step down once another lead exists", async () => {
    const lead = await signUp();
    const team = await createTeam(lead, { name: "Two leads" });
    const { member: second } = await join(lead, team.id, "LEAD", "Second");
    const self = (await listMembers(lead, team.id)).find((m) => m.userId === lead.id)!;
    await updateMember(lead, team.id, self.id, { version: self.version, role: "MEMBER" });
    const after = await listMembers(lead, team.id);
    expect(after.filter((m) => m.role === "LEAD").map((m) => m.id)).toEqual([second.id]);
  });

  it("serialises concurrent demotions: two leads demoting each other leave one lead", async () => {
    const a = await signUp("A");
    const team = await createTeam(a, { name: "Race" });
    const { user: b, member: bMember } = await join(a, team.id, "LEAD", "B");
    const aMember = (await listMembers(a, team.id)).find((m) => m.userId === a.id)!;
    const results = await Promise.allSettled([
      updateMember(a, team.id, bMember.id, { version: bMember.version, role: "MEMBER" }),
      updateMember(b, team.id, aMember.id, { version: aMember.version, role: "MEMBER" }),
    ]);
    const leads = (await listMembers(a, team.id)).filter((m) => m.role === "LEAD");
    expect(leads).toHaveLength(1);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("refuses non-leads: a member cannot change roles or remove others", async () => {
    const lead = await signUp();
    const team = await createTeam(lead, { name: "Rules" });
    const { user: memberUser, member } = await join(lead, team.id, "MEMBER", "Mem");
    const { user: viewerUser, member: viewer } = await join(lead, team.id, "VIEWER", "View");
    const leadRow = (await listMembers(lead, team.id)).find((m) => m.userId === lead.id)!;
    await expect(
      updateMember(memberUser, team.id, member.id, { version: member.version, role: "LEAD" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removeMember(memberUser, team.id, leadRow.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(removeMember(viewerUser, team.id, leadRow.id)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(
      updateMember(viewerUser, team.id, viewer.id, { version: viewer.version, role: "MEMBER" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses a role from a member or viewer even when it is the role the target already has, changing nothing", async () => {
    const lead = await signUp();
    const team = await createTeam(lead, { name: "Same role" });
    const { user: memberUser } = await join(lead, team.id, "MEMBER", "Mem");
    const { user: viewerUser } = await join(lead, team.id, "VIEWER", "View");
    const { member: other } = await join(lead, team.id, "MEMBER", "Other");
    const leadRow = (await listMembers(lead, team.id)).find((m) => m.userId === lead.id)!;
    const auditCount = () => getDb().auditEvent.count({ where: { teamId: team.id } });
    const events = await auditCount();
    for (const actor of [memberUser, viewerUser]) {
      for (const [target, role] of [
        [other, "MEMBER"], // the role it has
        [other, "VIEWER"],
        [leadRow, "LEAD"],
      ] as const) {
        await expect(
          updateMember(actor, team.id, target.id, { version: target.version, role }),
          `${actor.name} → ${target.name} ${role}`,
        ).rejects.toBeInstanceOf(ForbiddenError);
      }
    }
    const after = await listMembers(lead, team.id);
    expect(after.find((m) => m.id === other.id)).toMatchObject({ role: "MEMBER", version: other.version });
    expect(after.find((m) => m.id === leadRow.id)).toMatchObject({ role: "LEAD", version: leadRow.version });
    expect(await auditCount()).toBe(events);
    // A lead sending the role a member has changes nothing either: same version, no event.
    await expect(
      updateMember(lead, team.id, other.id, { version: other.version, role: "MEMBER" }),
    ).resolves.toMatchObject({ role: "MEMBER", version: other.version });
    expect(await auditCount()).toBe(events);
  });

  it("answers 409 for a stale version and keeps the newer change", async () => {
    const lead = await signUp();
    const team = await createTeam(lead, { name: "Versions" });
    const { member } = await join(lead, team.id, "MEMBER");
    await updateMember(lead, team.id, member.id, { version: member.version, role: "VIEWER" });
    const stale = updateMember(lead, team.id, member.id, { version: member.version, role: "LEAD" });
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    expect((await listMembers(lead, team.id)).find((m) => m.id === member.id)?.role).toEqual("VIEWER");
  });

  it("lets anyone leave, and a lead remove a member; other teams' members are 404", async () => {
    const lead = await signUp();
    const team = await createTeam(lead, { name: "Leaving" });
    const { user: leaver, member: leaverRow } = await join(lead, team.id, "VIEWER", "Leaver");
    const { member: removed } = await join(lead, team.id, "MEMBER", "Removed");
    await removeMember(leaver, team.id, leaverRow.id);
    expect(await listMyTeams(leaver)).toEqual([]);
    await removeMember(lead, team.id, removed.id);
    expect(await listMembers(lead, team.id)).toHaveLength(1);

    const otherLead = await signUp();
    const otherTeam = await createTeam(otherLead, { name: "Other" });
    const [otherRow] = await listMembers(otherLead, otherTeam.id);
    await expect(removeMember(lead, team.id, otherRow!.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(removeMember(lead, otherTeam.id, otherRow!.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("validates the change: a known role, and skills only through their own route", async () => {
    const lead = await signUp();
    const team = await createTeam(lead, { name: "Skills" });
    const [self] = await listMembers(lead, team.id);
    await expect(updateMember(lead, team.id, self!.id, { version: 1, role: "OWNER" })).rejects.toThrow("Role must be");
    await expect(
      updateMember(lead, team.id, self!.id, { version: 1, role: "LEAD", skills: ["DevOps"] }),
    ).rejects.toThrow(/skills/);
  });
});
