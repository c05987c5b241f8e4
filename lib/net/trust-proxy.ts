import { BlockList, isIP } from "node:net";

// TRUST_PROXY says which X-Forwarded-For entries to believe. Unset (or 0) believes none: the
// client is the address that opened the connection. A number N believes N proxies in front of
// the app, each appending the address it saw. A list of addresses and CIDR ranges believes
// the proxies inside them, walking the chain from the right. Express's `trust proxy` reads
// the same way, so a reverse-proxy guide written for it applies here.

export type TTrustProxy =
  | { kind: "none" }
  | { kind: "hops"; hops: number }
  | { kind: "ranges"; ranges: readonly string[]; contains: (address: string) => boolean };

export type TTrustProxyParse = { ok: true; value: TTrustProxy } | { ok: false; message: string };

const MAX_HOPS = 16;
const NAMED_RANGES: Record<string, readonly string[]> = { loopback: ["127.0.0.0/8", "::1/128"] };

export function parseTrustProxy(raw: string | undefined): TTrustProxyParse {
  const text = raw?.trim() ?? "";
  if (text === "" || text === "0") return { ok: true, value: { kind: "none" } };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > MAX_HOPS) return { ok: false, message: `a hop count must be at most ${MAX_HOPS}` };
    return { ok: true, value: { kind: "hops", hops } };
  }
  const list = new BlockList();
  const ranges: string[] = [];
  for (const entry of text.split(",").map((part) => part.trim())) {
    for (const range of NAMED_RANGES[entry.toLowerCase()] ?? [entry]) {
      const problem = addRange(list, range);
      if (problem)
        return {
          ok: false,
          message: `"${entry}" ${problem}; use a hop count, or addresses and CIDR ranges separated by commas`,
        };
      ranges.push(range);
    }
  }
  return {
    ok: true,
    value: {
      kind: "ranges",
      ranges,
      contains: (address) => list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4"),
    },
  };
}

function addRange(list: BlockList, range: string): string | null {
  const [address = "", prefixText, extra] = range.split("/");
  const family = isIP(address);
  if (family === 0 || address.includes("%")) return "is not an IP address or CIDR range";
  const bits = family === 4 ? 32 : 128;
  if (extra !== undefined || (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)))
    return "has an invalid prefix length";
  const prefix = prefixText === undefined ? bits : Number(prefixText);
  if (prefix > bits) return `has a prefix longer than ${bits} bits`;
  list.addSubnet(address, prefix, family === 4 ? "ipv4" : "ipv6");
  return null;
}
