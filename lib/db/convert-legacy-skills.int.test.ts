import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/server/db";
import { snapshotTables } from "@/test/db-snapshot";
import { signUp } from "@/test/users";
import { convertLegacySkills } from "./convert-legacy-skills";

// The free-text skills of before the catalog, converted after the catalog sync: a skill that
// names a catalog tool becomes that tool, the rest the note; a second run changes nothing.

const connection = () => ({ connectionString: process.env.DATABASE_URL!, schema: process.env.DATABASE_SCHEMA });

async function membershipWith(legacySkills: string[], skillsNote = "") {
  const user = await signUp();
  const team = await getDb().team.create({ data: { name: "Legacy" } });
  return getDb().membership.create({
    data: { teamId: team.id, userId: user.id, role: "LEAD", legacySkills, skillsNote },
  });
}

const skillsOf = (membershipId: string) =>
  getDb().membership.findUniqueOrThrow({
    where: { id: membershipId },
    select: {
      legacySkills: true,
      skillsNote: true,
      skillsVersion: true,
      tools: { select: { toolSlug: true, familiarity: true }, orderBy: { toolSlug: "asc" } },
    },
  });

describe("convertLegacySkills", () => {
  it("turns named tools into tools at 'some', keeps the rest as the note, once", async () => {
    const plain = await membershipWith(["Terraform", "data scientist", "k8s"]);
    const noted = await membershipWith(["GitHub Actions", "SRE", "on call"], "Prefers pairing");
    const untouched = await membershipWith([]);

    expect(await convertLegacySkills(connection())).toEqual({ memberships: 2, tools: 3 });
    expect(await skillsOf(plain.id)).toEqual({
      legacySkills: [],
      skillsNote: "data scientist",
      skillsVersion: 2,
      tools: [
        { toolSlug: "kubernetes", familiarity: "some" },
        { toolSlug: "terraform", familiarity: "some" },
      ],
    });
    expect(await skillsOf(noted.id)).toMatchObject({
      skillsNote: "Prefers pairing, SRE, on call",
      tools: [{ toolSlug: "github-actions", familiarity: "some" }],
    });
    expect(await skillsOf(untouched.id)).toMatchObject({ skillsNote: "", skillsVersion: 1, tools: [] });

    const before = await snapshotTables(["Membership", "MemberTool"]);
    expect(await convertLegacySkills(connection())).toEqual({ memberships: 0, tools: 0 });
    expect(await snapshotTables(["Membership", "MemberTool"])).toEqual(before);
  });

  it("keeps a tool the member already lists at the familiarity they gave it", async () => {
    const m = await membershipWith(["terraform"]);
    await getDb().memberTool.create({ data: { membershipId: m.id, toolSlug: "terraform", familiarity: "expert" } });
    await convertLegacySkills(connection());
    expect((await skillsOf(m.id)).tools).toEqual([{ toolSlug: "terraform", familiarity: "expert" }]);
  });

  it("rolls everything back when a row fails", async () => {
    const m = await membershipWith(["Terraform"]);
    const before = await snapshotTables(["Membership", "MemberTool"]);
    await expect(
      convertLegacySkills({
        ...connection(),
        match: () => {
          throw new Error("matcher broke");
        },
      }),
    ).rejects.toThrow("matcher broke");
    expect(await snapshotTables(["Membership", "MemberTool"])).toEqual(before);
    expect((await skillsOf(m.id)).legacySkills).toEqual(["Terraform"]);
  });
});
