import { z } from "zod";
import { hasControlChars, isWellFormed } from "./text";

/** Ids made by Prisma's cuid(): anything else cannot name a row, and is refused before a query. */
export const ZCuid = z.string().regex(/^c[a-z0-9]{20,31}$/, "is not a valid id");

/** A one-line display name: trimmed, bounded, no control characters. HTML is kept as text and escaped by React. */
export function displayName(label: string, max: number) {
  return (
    z
      .string({ error: `${label} is required.` })
      .trim()
      .min(1, `${label} is required.`)
      .max(max, `${label} must be at most ${max} characters.`)
      // NUL is a control character: this check also keeps names storable (see ./text.ts).
      .refine((v) => !hasControlChars(v), `${label} must not contain control characters.`)
      .refine(isWellFormed, `${label} must be valid Unicode text (no lone surrogates).`)
  );
}

/** A timestamp on the wire: services send Dates as ISO 8601 strings, as JSON.stringify writes them. */
export const ZTimestamp = z.iso.datetime();

/** A Date as the API sends it (see ZTimestamp). */
export const timestamp = (date: Date): string => date.toISOString();
