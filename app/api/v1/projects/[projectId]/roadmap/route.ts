import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute } from "@/lib/server/api/route";
import { getRoadmap } from "@/lib/server/roadmap-reads";
import { ZProjectParams } from "@/lib/validation/params";

/** The roadmap: `{ projectId, roadmapVersion, items, members }` (lib/validation/roadmap.ts ZRoadmapResponse). */
export const GET = authedRoute(ZProjectParams, async ({ user, params }) => getRoadmap(user, params.projectId));

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
