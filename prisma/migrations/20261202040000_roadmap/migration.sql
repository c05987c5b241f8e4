-- Roadmap (issue #12): roadmap items replace the ProjectChoice markers.
-- Runs after 20261202030000_team_profile. Every ProjectChoice becomes a RoadmapItem with
-- the same id (so earlier audit events still point at it), then ProjectChoice is dropped.

-- CreateEnum
CREATE TYPE "RoadmapStatus" AS ENUM ('TODO', 'IN_PROGRESS', 'DONE');

-- CreateEnum
CREATE TYPE "RoadmapSource" AS ENUM ('manual', 'assessment', 'recommendation', 'pipeline', 'generated');

-- AlterTable: the order's own version, bumped by every reorder or stage move.
ALTER TABLE "Project" ADD COLUMN "roadmapVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "RoadmapItem" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "doneWhen" TEXT NOT NULL DEFAULT '',
    "detail" TEXT NOT NULL DEFAULT '',
    "phase" "Phase",
    "componentId" TEXT,
    "toolSlug" TEXT,
    "nodeIds" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "ownerId" TEXT,
    "priority" "Priority",
    "status" "RoadmapStatus" NOT NULL DEFAULT 'TODO',
    "stage" "Stage" NOT NULL,
    "position" INTEGER NOT NULL,
    "targetDate" DATE,
    "source" "RoadmapSource" NOT NULL DEFAULT 'manual',
    "sourceKey" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "doneAt" TIMESTAMP(3),

    CONSTRAINT "RoadmapItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "RoadmapItem_projectId_stage_position_idx" ON "RoadmapItem"("projectId", "stage", "position");

-- CreateIndex
CREATE INDEX "RoadmapItem_ownerId_idx" ON "RoadmapItem"("ownerId");

-- CreateIndex
CREATE UNIQUE INDEX "RoadmapItem_projectId_sourceKey_key" ON "RoadmapItem"("projectId", "sourceKey");

-- AddForeignKey
ALTER TABLE "RoadmapItem" ADD CONSTRAINT "RoadmapItem_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoadmapItem" ADD CONSTRAINT "RoadmapItem_toolSlug_fkey" FOREIGN KEY ("toolSlug") REFERENCES "Tool"("slug") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoadmapItem" ADD CONSTRAINT "RoadmapItem_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoadmapItem" ADD CONSTRAINT "RoadmapItem_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Copy the choices. Phase and stage come from the component (the COMPONENTS table of
-- lib/pipeline/components.ts as of this migration); no component: no phase, EXPERIMENTAL.
-- Positions are appended in the order the choices were made, per project and stage.
-- A tool slug the catalog does not hold (not synced yet, or removed) is dropped; the
-- sourceKey ("<componentId>:<toolSlug>") still names it.
WITH component ("id", "phase", "stage") AS (
    VALUES
    ('notebooks', 'ML', 'EXPERIMENTAL'),
    ('data_processing', 'ML', 'EXPERIMENTAL'),
    ('hyperparameter_tuning', 'ML', 'MVP'),
    ('experiment_tracking', 'ML', 'PRODUCTIONIZATION'),
    ('data_versioning', 'ML', 'PRODUCTIONIZATION'),
    ('model_registry', 'ML', 'PRODUCTIONIZATION'),
    ('pipeline_orchestration', 'ML', 'PRODUCTIONIZATION'),
    ('data_validation', 'ML', 'PRODUCTIONIZATION'),
    ('feature_store', 'ML', 'PRODUCTIONIZATION'),
    ('model_api', 'DEV', 'MVP'),
    ('frontend', 'DEV', 'MVP'),
    ('testing', 'DEV', 'PRODUCTIONIZATION'),
    ('containerization', 'DEV', 'PRODUCTIONIZATION'),
    ('caching', 'DEV', 'PRODUCTIONIZATION'),
    ('load_testing', 'DEV', 'PRODUCTIONIZATION'),
    ('ci_cd', 'DEV', 'PRODUCTIONIZATION'),
    ('hosting', 'PROD', 'MVP'),
    ('autoscaling', 'PROD', 'PRODUCTIONIZATION'),
    ('infrastructure_as_code', 'PROD', 'PRODUCTIONIZATION'),
    ('monitoring', 'PROD', 'PRODUCTIONIZATION'),
    ('model_monitoring', 'PROD', 'PRODUCTIONIZATION'),
    ('alerting', 'PROD', 'PRODUCTIONIZATION')
),
choice AS (
    SELECT c.*,
        comp."phase"::"Phase" AS "itemPhase",
        COALESCE(comp."stage", 'EXPERIMENTAL')::"Stage" AS "itemStage"
    FROM "ProjectChoice" c
    LEFT JOIN component comp ON comp."id" = c."componentId"
)
INSERT INTO "RoadmapItem" (
    "id", "projectId", "title", "detail", "phase", "componentId", "toolSlug", "stage", "position",
    "source", "sourceKey", "createdById", "createdAt", "updatedAt"
)
SELECT
    choice."id",
    choice."projectId",
    choice."title",
    choice."detail",
    choice."itemPhase",
    choice."componentId",
    (SELECT t."slug" FROM "Tool" t WHERE t."slug" = choice."toolSlug"),
    choice."itemStage",
    (ROW_NUMBER() OVER (PARTITION BY choice."projectId", choice."itemStage" ORDER BY choice."createdAt", choice."id") - 1)::INTEGER,
    choice."source"::TEXT::"RoadmapSource",
    choice."key",
    choice."createdById",
    choice."createdAt",
    choice."createdAt"
FROM choice;

-- DropTable
DROP TABLE "ProjectChoice";

-- DropEnum
DROP TYPE "ChoiceSource";
