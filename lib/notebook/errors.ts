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
] as const;
export type NotebookErrorCode = (typeof NOTEBOOK_ERROR_CODES)[number];

export class NotebookError extends Error {
  readonly code: NotebookErrorCode;

  constructor(code: NotebookErrorCode, message: string) {
    super(message);
    this.name = "NotebookError";
    this.code = code;
  }
}

export function isNotebookError(value: unknown): value is NotebookError {
  return value instanceof NotebookError;
}
