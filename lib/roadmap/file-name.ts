import { fileSlug } from "../file-slug";

// Download names, e.g. roadmap-churn-model-2026-12-02.md.

/** `roadmap-<project slug>-<YYYY-MM-DD>.<ext>`: plain ASCII, safe for Content-Disposition. */
export function roadmapFileName(projectName: string, date: string, ext: "md" | "csv" | "json"): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`Not a YYYY-MM-DD date: ${date}`);
  return `roadmap-${fileSlug(projectName)}-${date}.${ext}`;
}
