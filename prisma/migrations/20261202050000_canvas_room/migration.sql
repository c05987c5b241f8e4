-- Issue #13 (canvas-room): the saved versions' elements, for merging a save made from an
-- older version, and the source of the notebook cells an imported step came from.

-- CreateTable
CREATE TABLE "PipelineRevision" (
    "diagramId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "nodes" JSONB NOT NULL,
    "edges" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PipelineRevision_pkey" PRIMARY KEY ("diagramId","version")
);

-- CreateTable
CREATE TABLE "PipelineNodeCell" (
    "diagramId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "cellIndex" INTEGER NOT NULL,
    "source" TEXT NOT NULL,

    CONSTRAINT "PipelineNodeCell_pkey" PRIMARY KEY ("diagramId","nodeId","cellIndex")
);

-- AddForeignKey
ALTER TABLE "PipelineRevision" ADD CONSTRAINT "PipelineRevision_diagramId_fkey" FOREIGN KEY ("diagramId") REFERENCES "PipelineDiagram"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PipelineNodeCell" ADD CONSTRAINT "PipelineNodeCell_diagramId_nodeId_fkey" FOREIGN KEY ("diagramId", "nodeId") REFERENCES "PipelineNode"("diagramId", "id") ON DELETE CASCADE ON UPDATE CASCADE;

-- CreateTable: which notebook import a step came from (the canvas draws a collapsible group per notebook).
CREATE TABLE "PipelineNodeGroup" (
    "diagramId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "groupId" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "PipelineNodeGroup_pkey" PRIMARY KEY ("diagramId","nodeId")
);

-- CreateIndex
CREATE INDEX "PipelineNodeGroup_diagramId_groupId_idx" ON "PipelineNodeGroup"("diagramId", "groupId");

-- AddForeignKey
ALTER TABLE "PipelineNodeGroup" ADD CONSTRAINT "PipelineNodeGroup_diagramId_nodeId_fkey" FOREIGN KEY ("diagramId", "nodeId") REFERENCES "PipelineNode"("diagramId", "id") ON DELETE CASCADE ON UPDATE CASCADE;
