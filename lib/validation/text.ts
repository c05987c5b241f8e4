import { z } from "zod";

// What every stored value must be for PostgreSQL to take it as sent.
//
// Text: PostgreSQL's text cannot hold U+0000 (error 22021), and a lone UTF-16 surrogate
// ("\ud800" in JSON) is not Unicode at all: the driver writes it to a text column as
// U+FFFD, silently, and jsonb (the audit log) refuses it (22P05). Both are refused at
// the schema, naming the field, so they are a 422 and never a 500 or a quiet change.
//
// Numbers: Int columns are int4 (22003 past 2^31-1); floats are float8, which holds any
// finite number, but coordinates are bounded so arithmetic on them stays finite.

/** PostgreSQL's int4, the type of every Int column (versions, cell indexes, sort orders). */
export const PG_INT_MAX = 2_147_483_647;

/**
 * The most cells a notebook may have, so a cell index (import `cellIndexes`, a node's
 * `sourceCells`) is below it. Keep it at or above the notebook parser's own cell limit.
 */
export const MAX_NOTEBOOK_CELLS = 10_000;

/** Canvas coordinates beyond this are no diagram anyone drew; a viewport may sit further out (zoomed in on a far node). */
export const MAX_COORDINATE = 1e9;
export const MAX_VIEWPORT_OFFSET = 1e11;

export const hasNul = (v: string) => v.includes("\u0000");
/** C0 controls and DEL, NUL included: what a one-line name must not hold. */
export const hasControlChars = (v: string) => /[\u0000-\u001f\u007f]/.test(v);
/**
 * No unpaired surrogate: the string is Unicode text, as UTF-8 and jsonb need. The sign-up
 * form runs this in the browser too, where String.prototype.isWellFormed is recent
 * (Safari 16.4, Firefox 119), hence the loop when it is missing.
 */
export function isWellFormed(v: string): boolean {
  if (typeof v.isWellFormed === "function") return v.isWellFormed();
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    const next = v.charCodeAt(i + 1);
    if (c > 0xdbff || !(next >= 0xdc00 && next <= 0xdfff)) return false;
    i++;
  }
  return true;
}

/**
 * A string the database stores exactly as sent: no NUL, no lone surrogate. `base` lets a
 * caller keep its own "required" message; chain trim/min/max after it.
 */
export function safeText(label: string, base: z.ZodString = z.string({ error: `${label} must be text.` })) {
  return base
    .refine((v) => !hasNul(v), `${label} must not contain NUL characters.`)
    .refine(isWellFormed, `${label} must be valid Unicode text (no lone surrogates).`);
}

/** An integer in [min, max]; `max` defaults to what an int4 column holds. */
export function boundedInt(label: string, min: number, max = PG_INT_MAX) {
  return z
    .int(`${label} must be an integer.`)
    .min(min, `${label} must be ${min} or more.`)
    .max(max, `${label} must be at most ${max}.`);
}

/** A row version as the client read it (optimistic concurrency). */
export const version = (label: string, min = 1) => boundedInt(label, min);

/** The index of a cell in the uploaded notebook. */
export const cellIndex = (label: string) => boundedInt(label, 0, MAX_NOTEBOOK_CELLS - 1);

/** A finite number within ±max. */
export function boundedNumber(label: string, max: number) {
  const range = `${label} must be between -${max.toLocaleString("en-US")} and ${max.toLocaleString("en-US")}.`;
  return z
    .number({ error: `${label} must be a finite number.` })
    .min(-max, range)
    .max(max, range);
}
