-- Team profile and structured member skills (issue #11).
-- Runs after 20261202020000_catalog, which creates "Tool" (keyed by slug).

-- CreateEnum
CREATE TYPE "ToolPreference" AS ENUM ('open_source', 'managed', 'none');

-- CreateEnum
CREATE TYPE "Familiarity" AS ENUM ('some', 'expert');

-- AlterTable: the team profile; ids from lib/teams/profile.ts, checked by the API.
ALTER TABLE "Team" ADD COLUMN "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "clouds" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "toolPreference" "ToolPreference" NOT NULL DEFAULT 'none',
ADD COLUMN "profileVersion" INTEGER NOT NULL DEFAULT 1;

-- AlterTable: the free-text skills become "legacySkills", read once by the conversion
-- (lib/db/convert-legacy-skills.ts, after the catalog sync), which empties them.
ALTER TABLE "Membership" RENAME COLUMN "skills" TO "legacySkills";
ALTER TABLE "Membership" ADD COLUMN "languages" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN "skillsNote" TEXT NOT NULL DEFAULT '',
ADD COLUMN "skillsVersion" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "MemberTool" (
    "membershipId" TEXT NOT NULL,
    "toolSlug" TEXT NOT NULL,
    "familiarity" "Familiarity" NOT NULL,

    CONSTRAINT "MemberTool_pkey" PRIMARY KEY ("membershipId","toolSlug")
);

-- CreateIndex
CREATE INDEX "MemberTool_toolSlug_idx" ON "MemberTool"("toolSlug");

-- AddForeignKey
ALTER TABLE "MemberTool" ADD CONSTRAINT "MemberTool_membershipId_fkey" FOREIGN KEY ("membershipId") REFERENCES "Membership"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MemberTool" ADD CONSTRAINT "MemberTool_toolSlug_fkey" FOREIGN KEY ("toolSlug") REFERENCES "Tool"("slug") ON DELETE CASCADE ON UPDATE CASCADE;
