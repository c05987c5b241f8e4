-- Issue #13 (canvas fixes): a deleted node's notebook cells and group membership are kept,
-- detached, so that undoing the deletion (the node saved again with its id) brings them back
-- (lib/server/pipeline-detached.ts). They now belong to the diagram, not to the node row.

-- DropForeignKey
ALTER TABLE "PipelineNodeCell" DROP CONSTRAINT "PipelineNodeCell_diagramId_nodeId_fkey";
ALTER TABLE "PipelineNodeGroup" DROP CONSTRAINT "PipelineNodeGroup_diagramId_nodeId_fkey";

-- AlterTable
ALTER TABLE "PipelineNodeCell" ADD COLUMN "detachedAt" TIMESTAMP(3);
ALTER TABLE "PipelineNodeGroup" ADD COLUMN "detachedAt" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "PipelineNodeCell_diagramId_detachedAt_idx" ON "PipelineNodeCell"("diagramId", "detachedAt");
CREATE INDEX "PipelineNodeGroup_diagramId_detachedAt_idx" ON "PipelineNodeGroup"("diagramId", "detachedAt");

-- AddForeignKey
ALTER TABLE "PipelineNodeCell" ADD CONSTRAINT "PipelineNodeCell_diagramId_fkey" FOREIGN KEY ("diagramId") REFERENCES "PipelineDiagram"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "PipelineNodeGroup" ADD CONSTRAINT "PipelineNodeGroup_diagramId_fkey" FOREIGN KEY ("diagramId") REFERENCES "PipelineDiagram"("id") ON DELETE CASCADE ON UPDATE CASCADE;
