import "server-only";
import { AppError } from "../errors";

// A non-fatal decoder turns bytes that are not UTF-8 into U+FFFD, which then gets stored
// as if the user had typed it. Refused instead: the client sent something else than it meant.
const decoder = new TextDecoder("utf-8", { fatal: true });

const INVALID_UTF8_MESSAGE = "The request body is not valid JSON: it is not UTF-8 text.";

/** The body as text; bytes that are not UTF-8 are a 400 `invalid_json`. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new AppError("invalid_json", INVALID_UTF8_MESSAGE);
  }
}
