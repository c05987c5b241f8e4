-- The tool catalog. Rows are written by the migration runner's catalog sync
-- (lib/db/catalog-sync.ts) from lib/catalog/, not by this migration.

-- CreateTable
CREATE TABLE "Tool" (
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "components" TEXT[],
    "aptness" INTEGER[],
    "phases" TEXT[],
    "languages" TEXT[],
    "hosting" TEXT[],
    "licenceKind" TEXT NOT NULL,
    "licenceName" TEXT NOT NULL,
    "openAlternative" TEXT,
    "licenceNote" TEXT,
    "complexity" INTEGER NOT NULL,
    "maturityLevels" INTEGER[],
    "homepage" TEXT NOT NULL,
    "prerequisites" TEXT[],
    "family" TEXT,
    "aliases" TEXT[],
    "description" TEXT NOT NULL,
    "uncertain" TEXT,
    "sortOrder" INTEGER NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Tool_pkey" PRIMARY KEY ("slug")
);

-- CreateIndex
CREATE INDEX "Tool_sortOrder_idx" ON "Tool"("sortOrder");
