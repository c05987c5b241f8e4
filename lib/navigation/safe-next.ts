// A `?next=` target is followed only when it is a path on this site (no open redirect).
//
// The check resolves the value as a browser would, against a stand-in origin, and keeps it
// only when the origin did not change. Before that it refuses anything but printable ASCII,
// also after one more percent-decoding: browsers drop tabs and newlines from URLs
// ("/\t/evil.example" becomes "//evil.example"), read some Unicode characters as dots or
// slashes, and a control character in a Location header makes Node answer a plain 500.
// The app's own targets are paths of ids with plain query values, so this strictness costs
// nothing in practice (an encoded space or accent in a query falls back too).

const ORIGIN = "http://app.invalid";
const PRINTABLE_ASCII = /^[\x21-\x7e]*$/;

export function safeNextPath(value: string | null | undefined, fallback = "/teams"): string {
  if (!value || !value.startsWith("/") || !PRINTABLE_ASCII.test(value)) return fallback;
  const decoded = decodeOnce(value);
  if (decoded === null || !PRINTABLE_ASCII.test(decoded) || /^\/[/\\]/.test(decoded)) return fallback;
  const url = new URL(value, ORIGIN);
  if (url.origin !== ORIGIN) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

function decodeOnce(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
