import type { TCatalogTool } from "@/lib/catalog/schema";
import { getComponent } from "@/lib/pipeline/components";
import { LANGUAGE_LABELS } from "@/lib/teams/profile";

// Side by side, one column per tool. The catalog page's compare (components/catalog) shows the
// same facts; this one is the dialog's body on the Recommendations tab.

const HOSTING_LABELS: Record<TCatalogTool["hosting"][number], string> = {
  self_hosted: "Self-hosted",
  managed_saas: "Managed SaaS",
  gcp: "Google Cloud",
  aws: "AWS",
  azure: "Azure",
};

const ROWS: { label: string; value: (t: TCatalogTool) => React.ReactNode }[] = [
  { label: "What it is", value: (t) => t.description },
  { label: "Components", value: (t) => t.components.map((c) => getComponent(c).label).join("; ") },
  {
    label: "Languages",
    value: (t) => t.languages.map((l) => LANGUAGE_LABELS[l]).join(", ") || "Any (language-neutral)",
  },
  { label: "Hosting", value: (t) => t.hosting.map((h) => HOSTING_LABELS[h]).join(", ") },
  {
    label: "Licence",
    value: (t) =>
      `${t.licence.name}${t.licence.kind === "source_available" ? " (source-available)" : ""}${t.licence.note ? ` — ${t.licence.note}` : ""}`,
  },
  { label: "Complexity", value: (t) => `${t.complexity} of 5` },
  { label: "Fits maturity levels", value: (t) => t.maturityLevels.map((l) => `level ${l}`).join(", ") },
  {
    label: "Needs first",
    value: (t) => t.prerequisites.map((c) => getComponent(c).label).join("; ") || "Nothing",
  },
  {
    label: "Homepage",
    value: (t) => (
      <a
        className="break-all text-primary underline-offset-4 hover:underline"
        href={t.homepage}
        rel="noreferrer"
        target="_blank"
      >
        {t.homepage.replace(/^https:\/\//, "")}
      </a>
    ),
  },
  { label: "Not verified", value: (t) => t.uncertain ?? "—" },
];

export function ToolCompareTable({ tools }: { tools: readonly TCatalogTool[] }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[520px] text-sm">
        <caption className="sr-only">{`Comparison of ${tools.map((t) => t.name).join(", ")}`}</caption>
        <thead>
          <tr className="border-b">
            <td />
            {tools.map((t) => (
              <th key={t.slug} scope="col" className="p-2 text-left font-semibold">
                {t.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y">
          {ROWS.map((row) => (
            <tr key={row.label} className="align-top">
              <th scope="row" className="w-32 p-2 text-left font-medium text-muted-foreground">
                {row.label}
              </th>
              {tools.map((t) => (
                <td key={t.slug} className="p-2">
                  {row.value(t)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
