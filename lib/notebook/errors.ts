// Everything a user can get wrong with an upload ends here, as one code the API and the
// CLI can branch on and one line a person can read. Bugs stay ordinary exceptions.

export const NOTEBOOK_ERROR_CODES = [
  "too_large",
  "binary",
  "invalid_utf8",
  "not_json",
  "truncated_json",
  "not_a_notebook",
  "unsupported_nbformat",
  "unsupported_format",
  "no_code_cells",
  // Limits (limits.ts): the file is refused before the work it would cost.
  "too_many_cells",
  "cell_too_long",
  "too_deeply_nested",
  // The analysis itself went over its budget (the server's worker pool).
  "analysis_timeout",
  "too_complex",
] as const;
export type NotebookErrorCode = (typeof NOTEBOOK_ERROR_CODES)[number];

/** For a limit: its value, and the cell (0-based index) that went over it. */
export type NotebookErrorDetails = { limit?: number; cellIndex?: number };

export class NotebookError extends Error {
  readonly code: NotebookErrorCode;
  readonly details: NotebookErrorDetails;

  constructor(code: NotebookErrorCode, message: string, details: NotebookErrorDetails = {}) {
    super(message);
    this.name = "NotebookError";
    this.code = code;
    this.details = details;
  }
}

export function isNotebookError(value: unknown): value is NotebookError {
  return value instanceof NotebookError;
}
