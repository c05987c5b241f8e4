import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute, fileDownload } from "@/lib/server/api/route";
import { roadmapFile } from "@/lib/server/roadmap-exports";
import { ZProjectParams } from "@/lib/validation/params";

/** The roadmap as a .md download (lib/server/roadmap-exports.ts). */
export const GET = authedRoute(ZProjectParams, async ({ user, params }) => {
  const file = await roadmapFile(user, params.projectId, "md");
  return fileDownload(file.body, file.contentType, file.filename);
});

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
