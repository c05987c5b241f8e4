import { MAX_NOTEBOOK_BYTES } from "@/lib/notebook/parse";
import { otherMethods } from "@/lib/server/api/other-methods";
import { readUpload } from "@/lib/server/api/read-upload";
import { authedRoute } from "@/lib/server/api/route";
import { analyzeUpload } from "@/lib/server/notebooks";
import { ZNoParams } from "@/lib/validation/params";

/**
 * Body: the notebook (.ipynb, jupytext percent .py or plain .py), raw or as multipart
 * field "file". Answers the same JSON as `npm run cli -- analyze <file> --json`;
 * `?preview=1` adds the cells' sources for the import preview.
 */
export const POST = authedRoute(ZNoParams, async ({ request, user: _user }) => {
  const upload = await readUpload(request, MAX_NOTEBOOK_BYTES);
  return analyzeUpload(upload, request.nextUrl.searchParams.get("preview") === "1");
});

export const { GET, HEAD, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ POST });
