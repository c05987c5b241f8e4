import { isIP } from "node:net";
import type { TTrustProxy } from "./trust-proxy";

// The address a request comes from, for rate limits: the connection's own address, unless
// TRUST_PROXY says that address is a proxy of ours, in which case the entry that proxy appended
// to X-Forwarded-For is taken, and so on leftwards while the hops are trusted. Entries a client
// wrote itself sit to the left of the first untrusted hop and are never read.

export function clientAddress(input: {
  peer: string | null | undefined;
  forwardedFor: string | null | undefined;
  trust: TTrustProxy;
}): string | null {
  const peer = normaliseAddress(input.peer);
  if (!peer) return null;
  if (input.trust.kind === "none") return peer;
  // The chain from the nearest hop outwards: the socket, then X-Forwarded-For right to left.
  const hops = [peer, ...forwardedEntries(input.forwardedFor).reverse()];
  let client = peer;
  for (let i = 0; i < hops.length - 1; i++) {
    if (!isTrusted(input.trust, hops[i]!, i)) break;
    const next = normaliseAddress(hops[i + 1]);
    // A trusted proxy passes addresses; anything else means the chain cannot be read further.
    if (!next) break;
    client = next;
  }
  return client;
}

function isTrusted(trust: Exclude<TTrustProxy, { kind: "none" }>, address: string, index: number): boolean {
  return trust.kind === "hops" ? index < trust.hops : trust.contains(address);
}

function forwardedEntries(header: string | null | undefined): string[] {
  if (!header) return [];
  return header.split(",").map((entry) => entry.trim());
}

/** A bare IP address: brackets and ports dropped, IPv4-mapped IPv6 as IPv4, lower case; null if it is none. */
export function normaliseAddress(value: string | null | undefined): string | null {
  if (!value) return null;
  let address = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  address = address.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  if (mapped) address = mapped[1]!;
  return isIP(address) === 0 ? null : address;
}
