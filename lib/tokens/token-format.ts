import { createHash, randomBytes } from "node:crypto";

// A personal API token is `mm_` followed by 43 base62 characters (256 random bits). The
// prefix lets secret scanners (and people) recognise one; base62 keeps it one word, so a
// double-click selects all of it. Only its SHA-256 is stored, as for invitation links:
// 256 random bits need no slow hash, and a fast one keeps the per-request lookup cheap.

export const API_TOKEN_PREFIX = "mm_";
const BODY_LENGTH = 43;
const ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
/** How many characters of the secret lists show (`mm_` and five more): enough to tell tokens apart. */
const VISIBLE_LENGTH = API_TOKEN_PREFIX.length + 5;
const TOKEN_RE = new RegExp(`^${API_TOKEN_PREFIX}[0-9A-Za-z]{${BODY_LENGTH}}$`);

/** A new secret. `random` is for tests; the default is the system's CSPRNG. */
export function newApiTokenSecret(random: (size: number) => Uint8Array = randomBytes): string {
  let body = "";
  while (body.length < BODY_LENGTH) {
    for (const byte of random(64)) {
      // 248 = 4 × 62: dropping the bytes above it keeps every character equally likely.
      if (byte < 248 && body.length < BODY_LENGTH) body += ALPHABET[byte % 62];
    }
  }
  return API_TOKEN_PREFIX + body;
}

export function isApiTokenSecret(value: string): boolean {
  return TOKEN_RE.test(value);
}

export function hashApiTokenSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** The part of a secret that lists show, e.g. `mm_a1B2c`. */
export function visiblePrefix(secret: string): string {
  return secret.slice(0, VISIBLE_LENGTH);
}
