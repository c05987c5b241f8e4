import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute } from "@/lib/server/api/route";
import { listCatalog } from "@/lib/server/catalog";
import { catalogQueryInput } from "@/lib/validation/catalog";
import { ZNoParams } from "@/lib/validation/params";

export const GET = authedRoute(ZNoParams, async ({ request }) => ({
  tools: await listCatalog(catalogQueryInput(request.nextUrl.searchParams)),
}));

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
