// A request sent with `keepalive` outlives the page, but the Fetch standard caps the bodies of
// all keepalive requests in flight at 64 KiB together ("inflight keepalive bytes"), and
// Chromium rejects a fetch over the cap outright: nothing is sent. A pipeline of about 160
// nodes is already past it, so a keepalive send is only tried when the body fits.

export const KEEPALIVE_BODY_LIMIT = 64 * 1024;

/** UTF-8 size of `body` in bytes. */
export function bodyBytes(body: string): number {
  return new TextEncoder().encode(body).byteLength;
}

/** True when `body`, next to `inflightBytes` of other keepalive bodies, stays within the browser's cap. */
export function fitsKeepalive(body: string, inflightBytes = 0): boolean {
  const room = KEEPALIVE_BODY_LIMIT - inflightBytes;
  // A UTF-16 unit is 1 to 3 UTF-8 bytes (a surrogate pair is 4 for 2 units): most bodies are
  // decided from their length alone, without encoding a copy.
  if (body.length > room) return false;
  if (body.length * 3 <= room) return true;
  return bodyBytes(body) <= room;
}
