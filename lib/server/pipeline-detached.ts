import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { sqlName } from "./db";
import type { DiagramRef } from "./pipeline-rows";

// What a node has beside its row (its notebook cells, its notebook group) is not part of the
// diagram a save sends. Deleting a node must not lose it: undo brings the node back, with its
// id, and the inspector would show no source. So a deleted node's cells and group membership
// are detached (detachedAt set), not deleted, and a save that has the node again re-attaches
// them. Detached rows older than DETACHED_DAYS are dropped: long past any open tab's undo.

const DETACHED_DAYS = 7;

const table = (name: string) => Prisma.raw(sqlName(name));

/**
 * The detaching, re-attaching and dropping as parts of a save's one statement
 * (./pipeline-write.ts): `gone` and `back` are SQL selecting the ids of the nodes the statement
 * deleted and inserted. The parts touch disjoint rows, as parts of one statement must: the
 * detach takes attached rows, the re-attach and the drop detached ones, and the drop leaves
 * out the nodes coming back. All find nothing through the (diagramId, detachedAt) indexes
 * when the save neither deleted nor inserted a node.
 */
export function detachedRowsSql(diagramId: DiagramRef, gone: Prisma.Sql, back: Prisma.Sql): [string, Prisma.Sql][] {
  return (["PipelineNodeCell", "PipelineNodeGroup"] as const).flatMap((name): [string, Prisma.Sql][] => [
    [
      `${name}_detached`,
      Prisma.sql`UPDATE ${table(name)} SET "detachedAt" = now()
        WHERE "diagramId" = ${diagramId} AND "detachedAt" IS NULL AND "nodeId" IN (${gone})`,
    ],
    [
      `${name}_back`,
      Prisma.sql`UPDATE ${table(name)} SET "detachedAt" = NULL
        WHERE "diagramId" = ${diagramId} AND "detachedAt" IS NOT NULL AND "nodeId" IN (${back})`,
    ],
    [
      `${name}_dropped`,
      Prisma.sql`DELETE FROM ${table(name)}
        WHERE "diagramId" = ${diagramId} AND "detachedAt" < now() - make_interval(days => ${DETACHED_DAYS})
          AND EXISTS (${gone}) AND "nodeId" NOT IN (${back})`,
    ],
  ]);
}
