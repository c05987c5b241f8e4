// How tool names compare: free-text skills, search and aliases all go through this, so
// "GitHub-Actions", "github actions" and "GitHub  Actions." are one name. Data-free, so
// browser code (the catalog search) can use it without bundling the catalog.

/** "GitHub-Actions", "github actions", "GitHub  Actions." → "github actions". */
export function normaliseToolName(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s_\-/]+/g, " ")
    .replace(/[^\p{L}\p{N}&.+# ]/gu, "")
    .trim()
    .replace(/\.+$/, "")
    .trim();
}
