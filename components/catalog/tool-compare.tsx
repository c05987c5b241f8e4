"use client";

import type { ReactNode, RefObject } from "react";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { componentLabel, HOSTING_LABELS } from "@/lib/catalog/labels";
import type { TCatalogTool } from "@/lib/catalog/schema";
import { LANGUAGE_LABELS } from "@/lib/teams/profile";
import { ComplexityDots } from "./complexity-dots";
import { LicenceBadge } from "./licence-badge";

// Two or three tools side by side, one row per field: a table (scrollable on a narrow
// screen) and a dialog around it that any page can open (the catalog, the Recommendations tab).

const APTNESS = ["", "partly", "well", "made for it"] as const;

type Row = { label: string; cell: (tool: TCatalogTool) => ReactNode };

function rows(nameOf: (slug: string) => string): Row[] {
  const list = (items: string[]) => (items.length ? items.join(", ") : "—");
  return [
    { label: "What it is", cell: (t) => t.description },
    {
      label: "Components",
      cell: (t) => (
        <ul className="space-y-0.5">
          {t.components.map((c, i) => (
            <li key={c}>
              {componentLabel(c)} <span className="text-muted-foreground">({APTNESS[t.aptness[i] ?? 1]})</span>
            </li>
          ))}
        </ul>
      ),
    },
    {
      label: "Licence",
      cell: (t) => (
        <div className="space-y-1">
          <LicenceBadge
            licence={t.licence}
            alternative={
              t.licence.openAlternative
                ? { name: nameOf(t.licence.openAlternative), href: `/catalog?q=${t.licence.openAlternative}` }
                : undefined
            }
          />
          {t.licence.note && <p className="text-xs text-muted-foreground">{t.licence.note}</p>}
        </div>
      ),
    },
    { label: "Runs", cell: (t) => list(t.hosting.map((h) => HOSTING_LABELS[h])) },
    {
      label: "Languages",
      cell: (t) => (t.languages.length ? list(t.languages.map((l) => LANGUAGE_LABELS[l])) : "Any"),
    },
    { label: "Complexity", cell: (t) => <ComplexityDots value={t.complexity} /> },
    { label: "Maturity levels", cell: (t) => t.maturityLevels.map((l) => `Level ${l}`).join(", ") },
    { label: "Needs first", cell: (t) => list(t.prerequisites.map(componentLabel)) },
    { label: "Unverified", cell: (t) => t.uncertain ?? "—" },
    {
      label: "Homepage",
      cell: (t) => (
        <a href={t.homepage} target="_blank" rel="noreferrer noopener" className="break-all text-primary underline">
          {t.homepage.replace(/^https:\/\//, "")}
        </a>
      ),
    },
  ];
}

export function ToolCompareTable({ tools, nameOf }: { tools: TCatalogTool[]; nameOf?: (slug: string) => string }) {
  const name = nameOf ?? ((slug: string) => tools.find((t) => t.slug === slug)?.name ?? slug);
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label="Comparison table">
      <table className="w-full min-w-[36rem] table-fixed border-collapse text-sm">
        <caption className="sr-only">Comparing {tools.map((t) => t.name).join(", ")}</caption>
        <thead>
          <tr>
            <td className="w-32" />
            {tools.map((t) => (
              <th key={t.slug} scope="col" className="border-b px-3 py-2 text-left align-bottom font-semibold">
                {t.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows(name).map((row) => (
            <tr key={row.label} className="border-b last:border-b-0">
              <th scope="row" className="py-2 pr-3 text-left align-top text-xs font-medium text-muted-foreground">
                {row.label}
              </th>
              {tools.map((t) => (
                <td key={t.slug} className="px-3 py-2 align-top">
                  {row.cell(t)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export type ToolCompareDialogProps = {
  tools: TCatalogTool[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
  nameOf?: (slug: string) => string;
  /** Where focus goes back on close when the dialog has no trigger of its own (e.g. the button that opened it). */
  returnFocusRef?: RefObject<HTMLElement | null>;
};

export function ToolCompareDialog({ tools, open, onOpenChange, nameOf, returnFocusRef }: ToolCompareDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent
        className="max-h-[90dvh] overflow-y-auto sm:max-w-4xl"
        onCloseAutoFocus={(event) => {
          if (!returnFocusRef?.current) return;
          event.preventDefault();
          returnFocusRef.current.focus();
        }}
      >
        <DialogHeader>
          <DialogTitle>Compare {tools.map((t) => t.name).join(", ")}</DialogTitle>
          <DialogDescription>
            Side by side: what each provides, its licence, where it runs and what it needs.
          </DialogDescription>
        </DialogHeader>
        <ToolCompareTable tools={tools} nameOf={nameOf} />
      </DialogContent>
    </Dialog>
  );
}
