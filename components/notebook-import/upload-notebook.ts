"use client";

import { ApiError } from "@/lib/client/api";
import type { TNotebookAnalysisResponse } from "@/lib/validation/notebooks";

/** Uploads with XMLHttpRequest rather than fetch: only it reports upload progress. */
export function uploadNotebook(
  file: File,
  onProgress: (fraction: number) => void,
  signal?: AbortSignal,
): Promise<TNotebookAnalysisResponse> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/v1/notebooks/analyze?preview=1&filename=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader("content-type", "application/octet-stream");
    xhr.responseType = "json";
    xhr.upload.onprogress = (event) => event.lengthComputable && onProgress(event.loaded / event.total);
    xhr.onload = () => {
      const body = (xhr.response ?? {}) as { error?: { code?: string; message?: string } } & TNotebookAnalysisResponse;
      if (xhr.status >= 200 && xhr.status < 300) resolve(body);
      else
        reject(
          new ApiError(
            xhr.status,
            body.error?.code ?? "unknown",
            body.error?.message ?? `Upload failed (${xhr.status}).`,
          ),
        );
    };
    xhr.onerror = () =>
      reject(new ApiError(0, "network_error", "Cannot reach the server. Check your connection and try again."));
    signal?.addEventListener("abort", () => xhr.abort());
    xhr.send(file);
  });
}
