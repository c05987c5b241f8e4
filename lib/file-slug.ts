// A name reduced to file-name characters, for download names (Content-Disposition wants ASCII).

/** "Churn Model (v2)" → "churn-model-v2"; accents dropped, at most 60 characters, "project" when nothing is left. */
export function fileSlug(name: string): string {
  return (
    name
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60)
      .replace(/-+$/, "") || "project"
  );
}
