import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute, readJson } from "@/lib/server/api/route";
import { importSteps } from "@/lib/server/pipeline-import";
import { ZProjectParams } from "@/lib/validation/params";

/**
 * Body: `{ baseVersion, steps: [{ title, category, cellIndexes }], cells?: [{ index, source }] }` from
 * the import preview; each step goes to its category's phase, and keeps its cells' sources.
 */
export const POST = authedRoute(ZProjectParams, async ({ request, user, params }) =>
  importSteps(user, params.projectId, await readJson(request, MAX_IMPORT_BYTES)),
);

// Sources of up to a few hundred cells (each cut to MAX_STORED_CELL_CHARS by the client).
const MAX_IMPORT_BYTES = 8_000_000;

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
