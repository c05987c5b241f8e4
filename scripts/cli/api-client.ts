// The remote commands' client of /api/v1: where (--url or MLOPS_MAP_URL), who (--token or
// MLOPS_MAP_TOKEN, sent as `Authorization: Bearer`), and one error line for every failure:
// the server's own message with its code and request id, or "cannot reach <url>: …".
// Uploads show a progress bar on stderr when stderr is a terminal (never in pipes or CI logs).

import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import { CliError } from "./command";

export type ApiOptions = { url?: string; token?: string; json?: boolean };
export type Api = { base: string; token: string };

const DEFAULT_URL = "http://localhost:3000";
/** Upload chunk: small enough for a smooth bar, large enough not to cost time. */
const CHUNK = 256 * 1024;

/** Adds the options every remote command takes. */
export function withApiOptions(command: Command): Command {
  return command
    .option("--url <url>", `the server (default: MLOPS_MAP_URL, else ${DEFAULT_URL})`)
    .option("--token <token>", "an API token (default: MLOPS_MAP_TOKEN)")
    .option("--json", "print one JSON value on stdout, for scripts");
}

export function apiFrom(options: ApiOptions, env: NodeJS.ProcessEnv = process.env): Api {
  const raw = options.url ?? env.MLOPS_MAP_URL ?? DEFAULT_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new CliError(`not a URL: ${raw} (give --url or MLOPS_MAP_URL, e.g. ${DEFAULT_URL})`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new CliError(`not an http(s) URL: ${raw}`);
  const token = options.token ?? env.MLOPS_MAP_TOKEN;
  if (!token) throw new CliError("no API token: give --token or set MLOPS_MAP_TOKEN (create one in the app)");
  return { base: url.href.replace(/\/+$/, ""), token };
}

type Upload = { bytes: Uint8Array; contentType: string; label: string };

/** One request; a non-2xx answer or a network failure is a CliError with one line. */
export async function apiRequest(api: Api, method: "GET" | "POST", path: string, upload?: Upload): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${api.token}`, accept: "application/json" };
  if (upload) headers["content-type"] = upload.contentType;
  const bar = upload && process.stderr.isTTY ? progressBar(upload) : null;
  let response: Response;
  try {
    response = await fetch(`${api.base}${path}`, {
      method,
      headers,
      body: upload ? (bar ? bar.stream : upload.bytes) : undefined,
      // A streamed body needs half duplex in Node's fetch.
      ...(bar ? { duplex: "half" } : {}),
    } as RequestInit);
  } catch (error) {
    throw new CliError(`cannot reach ${api.base}: ${networkReason(error)}`);
  } finally {
    bar?.stop();
  }
  if (!response.ok) throw await apiError(response);
  return response;
}

export async function apiJson<T>(api: Api, method: "GET" | "POST", path: string, upload?: Upload): Promise<T> {
  const response = await apiRequest(api, method, path, upload);
  try {
    return (await response.json()) as T;
  } catch {
    throw new CliError(`${api.base}${path} did not answer JSON (is --url the MLOps Map server?)`);
  }
}

/** JSON bytes to upload. */
export const jsonUpload = (bytes: Uint8Array, label: string): Upload => ({
  bytes,
  contentType: "application/json",
  label,
});

async function apiError(response: Response): Promise<CliError> {
  const requestId = response.headers.get("x-request-id");
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string; requestId?: string };
  } | null;
  const error = body?.error;
  const id = error?.requestId ?? requestId;
  const what = error?.message ?? `HTTP ${response.status} ${response.statusText}`.trim();
  const code = error?.code ? `${error.code}, ` : "";
  return new CliError(`${what} (${code}HTTP ${response.status}${id ? `, request id ${id}` : ""})`);
}

function networkReason(error: unknown): string {
  // fetch says only "fetch failed"; the cause says why ("connect ECONNREFUSED 127.0.0.1:3000").
  const cause = error instanceof Error ? (error.cause as { code?: string; message?: string } | undefined) : undefined;
  return cause?.message || cause?.code || (error instanceof Error ? error.message : String(error));
}

/** A stream of the upload's bytes that moves a bar (stderr) as fetch reads it. */
function progressBar(upload: Upload) {
  const bar = new SingleBar(
    {
      format: `${upload.label} [{bar}] {percentage}% | {value}/{total} KiB`,
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    undefined,
  );
  const total = upload.bytes.length;
  bar.start(Math.ceil(total / 1024), 0);
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) {
        controller.close();
        return;
      }
      const chunk = upload.bytes.subarray(sent, sent + CHUNK);
      sent += chunk.length;
      bar.update(Math.ceil(sent / 1024));
      controller.enqueue(chunk);
    },
  });
  return { stream, stop: () => bar.stop() };
}
