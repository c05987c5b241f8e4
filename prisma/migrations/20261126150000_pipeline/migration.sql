-- CreateEnum
CREATE TYPE "NodeKind" AS ENUM ('step', 'component', 'data', 'external');

-- CreateEnum
CREATE TYPE "Phase" AS ENUM ('ML', 'DEV', 'PROD');

-- CreateEnum
CREATE TYPE "Stage" AS ENUM ('EXPERIMENTAL', 'MVP', 'PRODUCTIONIZATION');

-- CreateEnum
CREATE TYPE "Automation" AS ENUM ('MANUAL', 'PARTIAL', 'AUTOMATED');

-- CreateEnum
CREATE TYPE "Priority" AS ENUM ('P0', 'P1', 'P2', 'P3');

-- CreateTable
CREATE TABLE "PipelineDiagram" (
    "id" TEXT NOT NULL,
    "projectId" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 0,
    "viewportX" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "viewportY" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "viewportZoom" DOUBLE PRECISION NOT NULL DEFAULT 1,
    "updatedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PipelineDiagram_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PipelineNode" (
    "diagramId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "kind" "NodeKind" NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "category" TEXT,
    "phase" "Phase" NOT NULL,
    "stage" "Stage" NOT NULL,
    "automation" "Automation" NOT NULL DEFAULT 'MANUAL',
    "ownerId" TEXT,
    "priority" "Priority",
    "positionX" DOUBLE PRECISION NOT NULL,
    "positionY" DOUBLE PRECISION NOT NULL,
    "sourceCells" INTEGER[],
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "PipelineNode_pkey" PRIMARY KEY ("diagramId","id")
);

-- CreateTable
CREATE TABLE "PipelineEdge" (
    "diagramId" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "target" TEXT NOT NULL,
    "label" TEXT,
    "sortOrder" INTEGER NOT NULL,

    CONSTRAINT "PipelineEdge_pkey" PRIMARY KEY ("diagramId","id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PipelineDiagram_projectId_key" ON "PipelineDiagram"("projectId");

-- CreateIndex
CREATE INDEX "PipelineNode_ownerId_idx" ON "PipelineNode"("ownerId");

-- CreateIndex
CREATE INDEX "PipelineEdge_diagramId_source_idx" ON "PipelineEdge"("diagramId", "source");

-- CreateIndex
CREATE INDEX "PipelineEdge_diagramId_target_idx" ON "PipelineEdge"("diagramId", "target");

-- AddForeignKey
ALTER TABLE "PipelineDiagram" ADD CONSTRAINT "PipelineDiagram_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PipelineDiagram" ADD CONSTRAINT "PipelineDiagram_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PipelineNode" ADD CONSTRAINT "PipelineNode_diagramId_fkey" FOREIGN KEY ("diagramId") REFERENCES "PipelineDiagram"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PipelineNode" ADD CONSTRAINT "PipelineNode_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Membership"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PipelineEdge" ADD CONSTRAINT "PipelineEdge_diagramId_fkey" FOREIGN KEY ("diagramId") REFERENCES "PipelineDiagram"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PipelineEdge" ADD CONSTRAINT "PipelineEdge_diagramId_source_fkey" FOREIGN KEY ("diagramId", "source") REFERENCES "PipelineNode"("diagramId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PipelineEdge" ADD CONSTRAINT "PipelineEdge_diagramId_target_fkey" FOREIGN KEY ("diagramId", "target") REFERENCES "PipelineNode"("diagramId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
