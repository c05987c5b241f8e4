import "server-only";
import { readCapped } from "./api/read-capped";
import { decodeUtf8 } from "./api/utf8";
import { AppError } from "./errors";

// better-auth reads bodies with request.json(), which turns bytes that are not UTF-8 into
// U+FFFD and stores them (a sign-up name). Checked here first, answered in better-auth's
// own error shape, which its client reads.

const MAX_AUTH_BODY_BYTES = 64_000;

/** A 400 or 413 for a body better-auth must not see, or null to pass the request on. */
export async function refuseMalformedAuthBody(request: Request): Promise<Response | null> {
  const tooLarge = () => new AppError("payload_too_large", "The request body is too large.");
  try {
    decodeUtf8(await readCapped(request.clone(), MAX_AUTH_BODY_BYTES, tooLarge));
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return Response.json({ code: error.code.toUpperCase(), message: error.message }, { status: error.status });
  }
}
