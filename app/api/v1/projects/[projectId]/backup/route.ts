import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute, fileDownload } from "@/lib/server/api/route";
import { exportProjectBackup } from "@/lib/server/backup-export";
import { ZProjectParams } from "@/lib/validation/params";

/** The whole project as one JSON file (lib/backup/format.ts), for POST …/teams/:teamId/projects/restore. */
export const GET = authedRoute(ZProjectParams, async ({ user, params }) => {
  const { backup, filename } = await exportProjectBackup(user, params.projectId);
  return fileDownload(`${JSON.stringify(backup, null, 2)}\n`, "application/json", filename);
});

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
