// The file name a download response gives in its Content-Disposition header (RFC 6266): the
// export menu saves the API's file under the API's name, so the name has one home, the
// server. `filename*` (RFC 5987, UTF-8) wins over `filename` when both are present.

export function filenameFromContentDisposition(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended) {
    try {
      return cleanName(decodeURIComponent(extended[1]!.trim()));
    } catch {
      // A malformed percent-encoding: fall back to the plain filename.
    }
  }
  const quoted = /filename\s*=\s*"((?:[^"\\]|\\.)*)"/.exec(header);
  if (quoted) return cleanName(quoted[1]!.replace(/\\(.)/g, "$1"));
  const bare = /filename\s*=\s*([^;\s]+)/.exec(header);
  return bare ? cleanName(bare[1]!) : null;
}

/** No folders in a saved name (a browser would refuse them anyway); empty → none. */
function cleanName(name: string): string | null {
  const base = name.split(/[/\\]/).pop()!.trim();
  return base === "" || base === "." || base === ".." ? null : base;
}
