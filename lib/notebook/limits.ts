// Every bound an upload and its analysis must stay within, in one place: the parser, the
// server's worker pool (lib/server/notebook-pool.ts), the CLI, the UI and the README read
// these. Each refusal names its limit (errors.ts has the codes).

/** Uploads above this are refused before any decoding; the API reads no more than this. */
export const MAX_NOTEBOOK_BYTES = 20 * 1024 * 1024;

/** Cells per notebook (markdown and raw included); the corpus's largest has about 200. */
export const MAX_CELLS = 10_000;

/**
 * Characters in one code cell (or a whole plain .py). Cells with a pasted data literal of a
 * megabyte are real; a 5 MB `a+a+…` line took 0.9 GB to read.
 */
export const MAX_CELL_CHARS = 2_000_000;

/**
 * Nesting of `[` and `{` in an .ipynb, checked on the text before JSON.parse: an 18 MB
 * `[[[…]]]` would otherwise take gigabytes to parse. Real notebooks nest under 10 deep;
 * widget and plot outputs a little more.
 */
export const MAX_JSON_DEPTH = 64;

/** CPython's own limits (its tokenizer's MAXINDENT and MAXLEVEL): deeper code does not compile. */
export const MAX_PYTHON_BLOCK_DEPTH = 100;
export const MAX_PYTHON_BRACKET_DEPTH = 200;

/**
 * Headings, percent-format titles and step tags become section names and step titles, which
 * the canvas holds to 200 characters (lib/validation); longer ones are cut, not refused. A
 * section name is repeated on every cell under it, so a megabyte heading would otherwise make
 * the answer thousands of times the size of the file.
 */
export const MAX_TITLE_CHARS = 200;

export function clipTitle(text: string): string {
  return text.length <= MAX_TITLE_CHARS ? text : `${text.slice(0, MAX_TITLE_CHARS - 1).trimEnd()}…`;
}

// How the server runs analyses: off the request thread, in a small pool of worker processes.

/** An analysis still running after this is stopped: 422 `analysis_timeout`. */
export const ANALYSIS_TIME_LIMIT_MS = 10_000;
/** A worker process's V8 old-generation heap (--max-old-space-size); a notebook that exhausts it is 422 `too_complex`. */
export const ANALYSIS_HEAP_MB = 512;
/** Analyses waiting for a worker; one more is 503 `busy` with Retry-After. */
export const ANALYSIS_QUEUE_LENGTH = 4;
/**
 * Analyses one person may have running or waiting on one server at a time; one more is 429
 * `too_many_analyses` with Retry-After. Without it, one user's script could take every worker
 * and the whole queue, and everyone else would get 503 `busy`.
 */
export const ANALYSES_PER_USER = 2;
/** Seconds a client is told to wait after a 503 `busy` or a 429 `too_many_analyses`. */
export const ANALYSIS_RETRY_AFTER_SECONDS = 5;

/** Workers: one core is left to the server itself; two at most. */
export function analysisWorkerCount(cores: number): number {
  return Math.max(1, Math.min(2, cores - 1));
}

/** 200000 → "200,000", the way a limit is written in a message. */
export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}
