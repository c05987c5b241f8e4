-- Issue #12 (perf-api): one row per project that moves on with every committed change of
-- what the roadmap's downloads show, so "has anything changed" (lib/server/roadmap-export-cache.ts)
-- reads one row instead of aggregating six tables. The database bumps it, not the writers:
-- triggers on every table the exports read (the project, its roadmap items, diagram, nodes,
-- edges and assessments, the team's memberships and the members' user rows), so no write can
-- forget it (lib/server/roadmap-export-stamp.int.test.ts checks the list against the reads).
--
-- Locking: the bump is a DEFERRED constraint trigger, so it runs at commit, after every other
-- lock the transaction takes; nobody holding a ProjectChange row waits for anything else, so
-- it cannot close a deadlock cycle with the writers' own locks (a bump at the write would:
-- an item edit that automates nodes locks the item then the diagram, a pipeline save the
-- diagram then the project). Writes to different items of one project still never conflict;
-- they queue only for the moment of the commit. One bump per transaction and project ("txid").

-- CreateTable
CREATE TABLE "ProjectChange" (
    "projectId" TEXT NOT NULL,
    "changes" INTEGER NOT NULL DEFAULT 0,
    "txid" BIGINT,

    CONSTRAINT "ProjectChange_pkey" PRIMARY KEY ("projectId")
);

-- AddForeignKey
ALTER TABLE "ProjectChange" ADD CONSTRAINT "ProjectChange_projectId_fkey" FOREIGN KEY ("projectId") REFERENCES "Project"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The functions keep the search_path the migration ran with (tests migrate one schema per file).
CREATE FUNCTION "bump_project_changes"("ids" TEXT[]) RETURNS void LANGUAGE sql SET search_path FROM CURRENT AS $$
  INSERT INTO "ProjectChange" ("projectId", "changes", "txid")
  SELECT p."id", 1, txid_current() FROM "Project" p WHERE p."id" = ANY ("ids") ORDER BY p."id"
  ON CONFLICT ("projectId") DO UPDATE SET "changes" = "ProjectChange"."changes" + 1, "txid" = EXCLUDED."txid"
  WHERE "ProjectChange"."txid" IS DISTINCT FROM EXCLUDED."txid";
$$;

-- A changed row's projects, by how its table points at them (the trigger's argument).
CREATE FUNCTION "project_row_changed"() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
DECLARE
  r record;
  key TEXT;
BEGIN
  IF TG_OP = 'DELETE' THEN r := OLD; ELSE r := NEW; END IF;
  -- A bulk save queues one event per row, all for the same project: after the first, skip
  -- without touching a table (a transaction-local setting, gone at the end of the transaction).
  IF TG_ARGV[0] = 'projectId' THEN
    key := txid_current()::text || ':' || r."projectId";
    IF current_setting('mlops_map.last_bump', true) = key THEN RETURN NULL; END IF;
    PERFORM set_config('mlops_map.last_bump', key, true);
  END IF;
  CASE TG_ARGV[0]
    WHEN 'id' THEN PERFORM "bump_project_changes"(ARRAY[r."id"]);
    WHEN 'projectId' THEN PERFORM "bump_project_changes"(ARRAY[r."projectId"]);
    WHEN 'teamId' THEN
      PERFORM "bump_project_changes"(ARRAY(SELECT p."id" FROM "Project" p WHERE p."teamId" = r."teamId"));
    WHEN 'userId' THEN
      PERFORM "bump_project_changes"(ARRAY(
        SELECT p."id" FROM "Project" p JOIN "Membership" m ON m."teamId" = p."teamId" WHERE m."userId" = r."id"));
  END CASE;
  RETURN NULL;
END $$;

-- Nodes and edges change by the hundred in one statement: instead of a bump per row, one
-- touch of their diagram per statement (the writers lock that row first anyway, to claim
-- its version), and the diagram's own trigger bumps the project.
CREATE FUNCTION "pipeline_elements_changed"() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$
BEGIN
  UPDATE "PipelineDiagram" d SET "updatedAt" = now() WHERE d."id" IN (SELECT DISTINCT c."diagramId" FROM "changed" c);
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER "Project_changed" AFTER UPDATE ON "Project"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "project_row_changed"('id');
CREATE CONSTRAINT TRIGGER "RoadmapItem_changed" AFTER INSERT OR UPDATE OR DELETE ON "RoadmapItem"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "project_row_changed"('projectId');
CREATE CONSTRAINT TRIGGER "PipelineDiagram_changed" AFTER INSERT OR UPDATE OR DELETE ON "PipelineDiagram"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "project_row_changed"('projectId');
CREATE CONSTRAINT TRIGGER "Assessment_changed" AFTER INSERT OR UPDATE OR DELETE ON "Assessment"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "project_row_changed"('projectId');
CREATE CONSTRAINT TRIGGER "Membership_changed" AFTER INSERT OR UPDATE OR DELETE ON "Membership"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "project_row_changed"('teamId');
CREATE CONSTRAINT TRIGGER "User_changed" AFTER UPDATE ON "User"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "project_row_changed"('userId');

CREATE TRIGGER "PipelineNode_inserted" AFTER INSERT ON "PipelineNode"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "pipeline_elements_changed"();
CREATE TRIGGER "PipelineNode_updated" AFTER UPDATE ON "PipelineNode"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "pipeline_elements_changed"();
CREATE TRIGGER "PipelineNode_deleted" AFTER DELETE ON "PipelineNode"
  REFERENCING OLD TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "pipeline_elements_changed"();
CREATE TRIGGER "PipelineEdge_inserted" AFTER INSERT ON "PipelineEdge"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "pipeline_elements_changed"();
CREATE TRIGGER "PipelineEdge_updated" AFTER UPDATE ON "PipelineEdge"
  REFERENCING NEW TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "pipeline_elements_changed"();
CREATE TRIGGER "PipelineEdge_deleted" AFTER DELETE ON "PipelineEdge"
  REFERENCING OLD TABLE AS "changed" FOR EACH STATEMENT EXECUTE FUNCTION "pipeline_elements_changed"();
