// The route *pattern* of an API request, for metric labels and access logs: a raw path
// would make one series per project id. Next does not hand the pattern to a handler, but it
// hands over the params it matched, and each dynamic segment is exactly one of those.

type TParams = Record<string, string | string[] | undefined>;

/**
 * `/api/v1/projects/abc/pipeline` with `{ projectId: "abc" }` is
 * `/api/v1/projects/[projectId]/pipeline`; a catch-all's segments become one `[...name]`.
 */
export function routePatternOf(pathname: string, params: TParams): string {
  const bySegment = new Map<string, string>();
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === "string") bySegment.set(value, `[${name}]`);
    else if (Array.isArray(value)) for (const part of value) bySegment.set(part, `[...${name}]`);
  }
  const out: string[] = [];
  for (const raw of pathname.split("/")) {
    let segment = raw;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      // A malformed escape is not one of the params: keep it as it came.
    }
    const name = bySegment.get(segment);
    // A catch-all's segments collapse into one placeholder.
    if (name && name.startsWith("[...") && out.at(-1) === name) continue;
    out.push(name ?? raw);
  }
  return out.join("/");
}
