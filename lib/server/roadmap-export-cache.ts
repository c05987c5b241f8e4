import "server-only";
import { ZCuid } from "@/lib/validation/common";
import { getDb, sqlName } from "./db";
import { NotFoundError } from "./errors";
import type { SessionUser } from "./session";

// The downloads are read far more often than the roadmap changes (and the bench asks
// GET roadmap.md to keep up with a bare route), so each process keeps the last files it
// rendered per project. A file is reused only while the project's "stamp" is the same: its
// ProjectChange counter, which the database's triggers move on with every committed change
// of what the exports show (prisma/migrations/20261202080000_change_counter: the project,
// items, diagram, nodes, edges, assessments, the team's members and their user rows). One
// primary-key read, in the same query as the membership check; the six-table aggregate it
// replaces took 0.9 ms of a request. The stamp is read before the data, so a change that
// lands in between at worst caches newer data under the older stamp, which the next read
// replaces. The date is part of the key: a new day, a new file.

const MAX_PROJECTS = 200;

type Entry<T> = { stamp: string; value: T };
const cache = new Map<string, Entry<unknown>>();

/** Checks that `user` may read the project (404 otherwise, like requireProjectAccess) and returns its stamp. */
export async function exportStamp(user: SessionUser, projectId: string): Promise<string> {
  if (!ZCuid.safeParse(projectId).success) throw new NotFoundError("Project");
  const rows = await getDb().$queryRawUnsafe<{ member: boolean; stamp: string }[]>(
    `SELECT EXISTS (SELECT 1 FROM ${sqlName("Membership")} m WHERE m."teamId" = p."teamId" AND m."userId" = $2) AS "member",
            coalesce(c."changes", 0)::text AS "stamp"
       FROM ${sqlName("Project")} p LEFT JOIN ${sqlName("ProjectChange")} c ON c."projectId" = p."id"
      WHERE p."id" = $1`,
    projectId,
    user.id,
  );
  const row = rows[0];
  if (!row?.member) throw new NotFoundError("Project");
  return row.stamp;
}

/** The cached value for `key` when its stamp is still `stamp`, else `make()`'s, kept for next time. */
export async function cachedExport<T>(key: string, stamp: string, make: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit.value as T;
  const value = await make();
  cache.delete(key);
  cache.set(key, { stamp, value });
  // Oldest first in a Map's order: drop the least recently rendered.
  if (cache.size > MAX_PROJECTS) cache.delete(cache.keys().next().value!);
  return value;
}
