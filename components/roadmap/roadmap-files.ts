"use client";

import { ApiError } from "@/lib/client/api";
import { filenameFromContentDisposition } from "@/lib/client/content-disposition";

// The roadmap's export files, always the API's own (GET …/roadmap.md|csv|json): what is
// downloaded, copied or previewed is byte for byte what the API serves, so the Markdown is
// rendered in exactly one place, the server (lib/roadmap/markdown.ts).

export const EXPORT_FORMATS = {
  md: { label: "Markdown", fallbackName: "roadmap.md" },
  csv: { label: "CSV (Jira, Linear)", fallbackName: "roadmap.csv" },
  json: { label: "JSON", fallbackName: "roadmap.json" },
} as const;
export type RoadmapFileFormat = keyof typeof EXPORT_FORMATS;

export const exportUrl = (projectId: string, format: RoadmapFileFormat) =>
  `/api/v1/projects/${projectId}/roadmap.${format}`;

/** Fetches one export file; a failed answer throws the API's error (its message is safe to show). */
export async function fetchExport(projectId: string, format: RoadmapFileFormat, signal?: AbortSignal) {
  let response: Response;
  try {
    response = await fetch(exportUrl(projectId, format), { credentials: "same-origin", signal });
  } catch (error) {
    if ((error as Error).name === "AbortError") throw error;
    throw new ApiError(0, "network_error", "Cannot reach the server. Check your connection and try again.");
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string } };
    throw new ApiError(
      response.status,
      body.error?.code ?? "unknown",
      body.error?.message ?? `Request failed (${response.status}).`,
    );
  }
  const filename =
    filenameFromContentDisposition(response.headers.get("content-disposition")) ?? EXPORT_FORMATS[format].fallbackName;
  return { blob: await response.blob(), filename };
}

/** Saves a blob under `filename` through a temporary link (the browser's download). */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The click starts the download synchronously; the URL may go once it has.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Copies text. The async Clipboard API needs a secure context (https or localhost) and the
 * page's focus; elsewhere (plain http on a LAN address) the old selection + execCommand path
 * still works from a click. Returns false when neither could copy.
 */
export async function copyText(text: string): Promise<boolean> {
  if (window.isSecureContext && navigator.clipboard?.writeText) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      // Denied (permissions, focus): try the fallback.
    }
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.append(area);
  area.select();
  try {
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
