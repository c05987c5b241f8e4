import { otherMethods } from "@/lib/server/api/other-methods";
import { authedRoute } from "@/lib/server/api/route";
import { getCatalogTool } from "@/lib/server/catalog";
import { ZToolSlugParams } from "@/lib/validation/catalog";

export const GET = authedRoute(ZToolSlugParams, async ({ params }) => ({ tool: await getCatalogTool(params.slug) }));

export const { HEAD, POST, PUT, PATCH, DELETE, OPTIONS } = otherMethods({ GET });
