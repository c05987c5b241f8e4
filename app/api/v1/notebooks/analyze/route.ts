import { MAX_NOTEBOOK_BYTES } from "@/lib/notebook/limits";
import { otherMethods } from "@/lib/server/api/other-methods";
import { readUpload } from "@/lib/server/api/read-upload";
import { authedRoute } from "@/lib/server/api/route";
import { analyzeUpload } from "@/lib/server/notebooks";
import { ZNoParams } from "@/lib/validation/params";

/**
 * Body: the notebook (.ipynb, jupytext percent .py or plain .py), raw or as multipart
 * field "file". Answers the same JSON as `npm run cli -- analyze <file> --json`;
 * `?preview=1` adds the cells' sources for the import preview. The analysis runs in a
 * worker process (lib/server/notebook-pool.ts); a full queue is 503 `busy`, a third analysis
 * of one person's at once 429 `too_many_analyses`, both with Retry-After.
 */
export const POST = authedRoute(ZNoParams, async ({ request, user }) => {
  const { bytes, filename } = await readUpload(request, MAX_NOTEBOOK_BYTES);
  return analyzeUpload(user.id, {
    bytes,
    filename,
    withPreview: request.nextUrl.searchParams.get("preview") === "1",
  });
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
