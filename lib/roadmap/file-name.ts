// Download names, e.g. roadmap-churn-model-2026-12-02.md.

/** `roadmap-<project slug>-<YYYY-MM-DD>.<ext>`: plain ASCII, safe for Content-Disposition. */
export function roadmapFileName(_projectName: string, _date: string, _ext: "md" | "csv" | "json"): string {
  throw new Error("not yet");
}
