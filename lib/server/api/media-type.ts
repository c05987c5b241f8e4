/** The media type of the request's Content-Type, lower-cased and without parameters ("" when absent). */
export function mediaTypeOf(request: Request): string {
  return (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
}
