import "server-only";
import { formatMiB } from "@/lib/format-bytes";
import { AppError, UnsupportedMediaTypeError } from "../errors";
import { mediaTypeOf } from "./media-type";
import { readCapped } from "./read-capped";

export type Upload = { bytes: Uint8Array; filename: string };

const tooLarge = (maxBytes: number) =>
  new AppError("payload_too_large", `The file is larger than ${formatMiB(maxBytes)}, the upload limit.`, {
    limit: maxBytes,
  });

const UPLOAD_TYPES = ["application/octet-stream", "multipart/form-data"];
const UPLOAD_TYPES_MESSAGE =
  'Send the notebook as the raw body with Content-Type: application/octet-stream, or as the field "file" of multipart/form-data.';

/**
 * An uploaded file, as a raw body (name from `?filename=` or `x-filename`) or as the
 * `file` field of multipart/form-data. Over `maxBytes` is 413: refused from the
 * declared length before reading, or as soon as the stream passes the limit.
 */
export async function readUpload(request: Request, maxBytes: number): Promise<Upload> {
  // Only the two ways the app uploads (415 otherwise): a text/plain or urlencoded form post is not a notebook upload.
  if (!UPLOAD_TYPES.includes(mediaTypeOf(request))) throw new UnsupportedMediaTypeError(UPLOAD_TYPES_MESSAGE);
  if (Number(request.headers.get("content-length") ?? 0) > maxBytes) throw tooLarge(maxBytes);
  const bytes = await readCapped(request, maxBytes, () => tooLarge(maxBytes));
  const contentType = request.headers.get("content-type") ?? "";
  if (contentType.startsWith("multipart/form-data")) {
    const form = await new Response(bytes, { headers: { "content-type": contentType } }).formData().catch(() => {
      throw new AppError("invalid_upload", "The upload is not valid multipart/form-data.");
    });
    const file = form.get("file");
    if (!(file instanceof File)) throw new AppError("invalid_input", 'Send the notebook as the form field "file".');
    return { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name || "notebook.ipynb" };
  }
  const url = new URL(request.url);
  const filename = url.searchParams.get("filename") ?? request.headers.get("x-filename") ?? "notebook.ipynb";
  return { bytes, filename: filename.slice(0, 255) };
}
