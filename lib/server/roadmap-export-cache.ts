import "server-only";
import { grantCoversTeam } from "@/lib/tokens/token-grant";
import { ZCuid } from "@/lib/validation/common";
import { getDb, sqlName } from "./db";
import { NotFoundError } from "./errors";
import type { SessionUser } from "./session";

// The downloads are read far more often than the roadmap changes (and the bench asks
// GET roadmap.md to keep up with a bare route), so each process keeps the last files it
// rendered per project. A file is reused only while the project's "stamp" is the same:
// one query that also checks the reader is in the team, and that moves on with everything
// the exports show — the project's name and order version (creates, deletes, moves), the
// items' count, versions and last update (every content change bumps a version), the
// diagram's version (every save and automateNodes), the submitted assessments, and the
// team's members and their names (which membership ids, and each user's last update: a
// member leaving clears their items' owner without touching the items). The date is part of the key: a new day, a new file.

const MAX_PROJECTS = 200;

type Entry<T> = { stamp: string; value: T };
const cache = new Map<string, Entry<unknown>>();

/** Checks that `user` may read the project (404 otherwise, like requireProjectAccess) and returns its stamp. */
export async function exportStamp(user: SessionUser, projectId: string): Promise<string> {
  if (!ZCuid.safeParse(projectId).success) throw new NotFoundError("Project");
  const t = (name: string) => sqlName(name);
  const rows = await getDb().$queryRawUnsafe<{ teamId: string; member: boolean; stamp: string }[]>(
    `SELECT p."teamId", EXISTS (SELECT 1 FROM ${t("Membership")} m WHERE m."teamId" = p."teamId" AND m."userId" = $2) AS "member",
            concat_ws('|', p."name", p."roadmapVersion",
              (SELECT count(*) || ':' || coalesce(sum(i."version"), 0) || ':' || coalesce(max(i."updatedAt")::text, '')
                 FROM ${t("RoadmapItem")} i WHERE i."projectId" = p."id"),
              (SELECT d."version" FROM ${t("PipelineDiagram")} d WHERE d."projectId" = p."id"),
              (SELECT count(*) || ':' || coalesce(max(a."submittedAt")::text, '')
                 FROM ${t("Assessment")} a WHERE a."projectId" = p."id" AND a."status" = 'SUBMITTED'),
              (SELECT md5(coalesce(string_agg(m."id" || ':' || u."updatedAt"::text, ',' ORDER BY m."id"), ''))
                 FROM ${t("Membership")} m JOIN ${t("User")} u ON u."id" = m."userId" WHERE m."teamId" = p."teamId")
            ) AS "stamp"
       FROM ${t("Project")} p WHERE p."id" = $1`,
    projectId,
    user.id,
  );
  const row = rows[0];
  // A token outside its teams is 404 here too, as in requireProjectAccess (lib/server/access.ts).
  if (!row?.member || !grantCoversTeam(user.token, row.teamId)) throw new NotFoundError("Project");
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
