import "server-only";
import { requireProjectAccess } from "./access";
import { getDb } from "./db";
import type { SessionUser } from "./session";
import { StampedCache } from "./stamped-cache";

// The downloads are read far more often than the roadmap changes (and the bench asks
// GET roadmap.md to keep up with a bare route), so each process keeps the last files it
// rendered per project. A file is reused only while the project's "stamp" is the same: its
// ProjectChange counter, which the database's triggers move on with every committed change
// of what the exports show (prisma/migrations/20261202080000_change_counter: the project,
// items, diagram, nodes, edges, assessments, the team's members and their user rows). One
// primary-key read, in the access check's query (./access.ts); the six-table aggregate it
// replaced took 0.9 ms of a request. The stamp is read before the data, so a change that
// lands in between at worst caches newer data under the older stamp, which the next read
// replaces. The date is part of the key: a new day, a new file.

const MAX_PROJECTS = 200;
const files = new StampedCache<unknown>(MAX_PROJECTS);

/** Checks that `user` may read the project (404 otherwise: requireProjectAccess) and returns its stamp. */
export async function exportStamp(user: SessionUser, projectId: string): Promise<string> {
  return (await requireProjectAccess(getDb(), user, projectId, "team.read")).stamp;
}

/** The cached value for `key` when its stamp is still `stamp`, else `make()`'s, kept for next time. */
export async function cachedExport<T>(key: string, stamp: string, make: () => Promise<T>): Promise<T> {
  return (await files.getOrMake(key, stamp, make)) as T;
}
