// Expected failures with a message safe to show to users. The API maps them to
// their status in one place (lib/server/api/handle-error.ts); anything else is a 500.

export type ErrorCode =
  | "invalid_input"
  | "invalid_json"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "gone"
  | "payload_too_large"
  | "rate_limited"
  // The database cannot be reached: 503 with Retry-After, so clients wait and retry.
  | "service_unavailable"
  | "csrf_rejected"
  | "unsupported_media_type"
  | "method_not_allowed"
  // Notebook upload problems carry their own codes (lib/notebook/errors.ts).
  | (string & {});

export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
    /** Response headers the error calls for, e.g. Retry-After on a 503. */
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export class UnauthorizedError extends AppError {
  constructor(message = "Sign in to continue.") {
    super(401, "unauthorized", message);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = "Your role in this team does not allow this.") {
    super(403, "forbidden", message);
  }
}

/** Also used for other teams' data: its existence is not revealed. */
export class NotFoundError extends AppError {
  constructor(what = "Resource") {
    super(404, "not_found", `${what} not found.`);
  }
}

export class ConflictError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(409, "conflict", message, details);
  }
}

/** A cookie-authenticated write that did not come from the app's own pages (lib/security/origin-policy.ts). */
export class CsrfRejectedError extends AppError {
  constructor(message: string) {
    super(403, "csrf_rejected", message);
  }
}

export class UnsupportedMediaTypeError extends AppError {
  constructor(message: string) {
    super(415, "unsupported_media_type", message);
  }
}

export class GoneError extends AppError {
  constructor(message: string) {
    super(410, "gone", message);
  }
}
