import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

// The /api/v1 routes as they are on disk, for the test that keeps the document true
// (./routes-documented.test.ts): which methods each route file really implements.

// `export const GET = authedRoute(…)`, `export const PATCH = PUT`, `export async function GET`.
// The methods a file does not take come from `export const { … } = otherMethods(…)` (405s),
// which this does not match.
const HANDLER = /^export (?:const|(?:async )?function) (GET|POST|PUT|PATCH|DELETE)\b/gm;

export type RouteMethod = { method: "get" | "post" | "put" | "patch" | "delete"; path: string; file: string };

/** Every method each app/api/v1/**\/route.ts implements, with its OpenAPI path (`[id]` → `{id}`). */
export function implementedRouteMethods(apiRoot: string): RouteMethod[] {
  const files = readdirSync(apiRoot, { recursive: true, encoding: "utf8" })
    .map((file) => file.split(path.sep).join("/"))
    .filter((file) => path.posix.basename(file) === "route.ts")
    // The catch-all answers 404 for every path no route matches: nothing to document.
    .filter((file) => !file.includes("[[..."))
    .sort();
  return files.flatMap((file) => {
    const text = readFileSync(path.join(apiRoot, file), "utf8");
    const apiPath = openApiPathOf(file);
    return [...text.matchAll(HANDLER)].map((m) => ({
      method: m[1]!.toLowerCase() as RouteMethod["method"],
      path: apiPath,
      file,
    }));
  });
}

/** `projects/[projectId]/roadmap.csv/route.ts` → `/projects/{projectId}/roadmap.csv`; route groups `(x)` vanish. */
export function openApiPathOf(routeFile: string): string {
  const segments = routeFile
    .split("/")
    .slice(0, -1)
    .filter((s) => !/^\(.*\)$/.test(s))
    .map((s) => s.replace(/^\[(\w+)\]$/, "{$1}"));
  return `/${segments.join("/")}`;
}
