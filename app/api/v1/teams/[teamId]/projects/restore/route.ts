import { MAX_BACKUP_BYTES } from "@/lib/backup/format";
import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute, created, readJson } from "@/lib/server/api/route";
import { restoreProjectBackup } from "@/lib/server/backup-restore";
import { ZTeamParams } from "@/lib/validation/params";

/** Body: a project backup (GET …/projects/:projectId/backup). 201 `{ project, report }`: a new project of the team. */
export const POST = authedRoute(ZTeamParams, async ({ request, user, params }) =>
  created(await restoreProjectBackup(user, params.teamId, await readJson(request, MAX_BACKUP_BYTES))),
);

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
