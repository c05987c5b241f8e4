import { NOTEBOOK_ERROR_CODES, type NotebookErrorCode } from "@/lib/notebook/errors";

// Expected failures with a message safe to show to users. Every code the API can answer
// is in ERROR_CODES, with its status and what it means; an AppError names only the code,
// so a code always comes with the same status. README's "API errors" table is checked
// against this one (errors.test.ts). The API maps errors in one place
// (lib/server/api/handle-error.ts); anything that is not an AppError is a 500.

export type ErrorCodeInfo = { status: number; meaning: string };

/** The statuses whose answers say when to try again (`Retry-After`): the server is busy or you are over a limit. */
export function answersRetryAfter(status: number): boolean {
  return status === 503 || status === 429;
}

const API_ERROR_CODES = {
  invalid_json: { status: 400, meaning: "The body is not valid JSON, or not UTF-8." },
  invalid_upload: { status: 400, meaning: "The upload is not valid multipart/form-data." },
  unauthorized: { status: 401, meaning: "No valid session: sign in." },
  token_invalid: {
    status: 401,
    meaning: "The `Authorization: Bearer` API token is malformed, unknown, revoked or expired; the message says which.",
  },
  forbidden: { status: 403, meaning: "Your role in the team (or your API token's ceiling) does not allow this." },
  session_required: {
    status: 403,
    meaning: "Only a signed-in session may do this (managing API tokens, accepting an invitation), not an API token.",
  },
  csrf_rejected: {
    status: 403,
    meaning: "A write with the session cookie that did not come from the app's own pages.",
  },
  not_found: { status: 404, meaning: "No such route or resource, or it belongs to a team you are not in." },
  method_not_allowed: { status: 405, meaning: "The route does not take this method; `Allow` lists the ones it does." },
  conflict: {
    status: 409,
    meaning:
      "Someone changed it since you read it (`current` carries the saved state), or a rule such as unique names or the last lead refuses it.",
  },
  assessment_submitted: {
    status: 409,
    meaning: "The assessment is submitted and read-only; `current` carries it. Start a new one to change answers.",
  },
  roadmap_item_conflict: {
    status: 409,
    meaning:
      "Someone changed the same fields of the roadmap item since your version; `fields` names them, `current` carries the saved item.",
  },
  roadmap_order_conflict: {
    status: 409,
    meaning: "The roadmap was reordered since your `roadmapVersion`; `current` carries the saved order.",
  },
  gone: { status: 410, meaning: "The invitation was used, revoked or has expired." },
  too_many_analyses: {
    status: 429,
    meaning:
      "You already have as many notebook analyses running or waiting as one person may; try again after `Retry-After` seconds.",
  },
  payload_too_large: { status: 413, meaning: "The body is larger than the route accepts." },
  unsupported_media_type: { status: 415, meaning: "The body's Content-Type is not one the route reads." },
  invalid_input: {
    status: 422,
    meaning: "The body, query or path failed validation; `issues` lists each problem by path.",
  },
  internal_error: {
    status: 500,
    meaning: "A fault on our side; the details are in the server log under the request id.",
  },
  service_unavailable: {
    status: 503,
    meaning: "The database cannot be reached; try again after `Retry-After` seconds.",
  },
  busy: {
    status: 503,
    meaning: "The server is analysing as many notebooks as it can; try again after `Retry-After` seconds.",
  },
  draining: {
    status: 503,
    meaning: "This instance is shutting down; send the request again (the load balancer sends it to another).",
  },
} as const satisfies Record<string, ErrorCodeInfo>;

/**
 * A notebook upload problem (lib/notebook/errors.ts) gets its status by rule, so a code
 * added there is in the table without an edit here: too large is 413, `busy` 503, any
 * other a file that cannot be analysed, 422.
 */
export function notebookErrorInfo(code: NotebookErrorCode): ErrorCodeInfo {
  if (code === "too_large") return { status: 413, meaning: "The notebook is larger than the analyser accepts." };
  if ((code as string) === "busy") return API_ERROR_CODES.busy;
  return { status: 422, meaning: "The file cannot be analysed as a notebook; the message says why." };
}

export type ErrorCode = keyof typeof API_ERROR_CODES | NotebookErrorCode;

/** code → status → meaning, for every error the API answers. */
export const ERROR_CODES: Readonly<Record<ErrorCode, ErrorCodeInfo>> = {
  ...(Object.fromEntries(NOTEBOOK_ERROR_CODES.map((code) => [code, notebookErrorInfo(code)])) as Record<
    NotebookErrorCode,
    ErrorCodeInfo
  >),
  ...API_ERROR_CODES,
};

export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    /** Response headers the error calls for, e.g. Retry-After on a 503. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
    this.status = ERROR_CODES[code].status;
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = "Sign in to continue.") {
    super("unauthorized", message);
  }
}

/** A bearer request whose token does not authenticate (lib/server/api-token-auth.ts). */
export class TokenInvalidError extends AppError {
  constructor(message: string) {
    super("token_invalid", message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "Your role in this team does not allow this.") {
    super("forbidden", message);
  }
}

/** Also used for other teams' data: its existence is not revealed. */
export class NotFoundError extends AppError {
  constructor(what = "Resource") {
    super("not_found", `${what} not found.`);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super("conflict", message, details);
  }
}

/** A cookie-authenticated write that did not come from the app's own pages (lib/security/origin-policy.ts). */
export class CsrfRejectedError extends AppError {
  constructor(message: string) {
    super("csrf_rejected", message);
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor(message: string) {
    super("unsupported_media_type", message);
  }
}

export class GoneError extends AppError {
  constructor(message: string) {
    super("gone", message);
  }
}
