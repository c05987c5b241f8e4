import { ShieldAlert } from "lucide-react";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { LICENCE_KIND_LABELS } from "@/lib/catalog/labels";
import type { TCatalogTool } from "@/lib/catalog/schema";
import { cn } from "@/lib/cn";

// A tool's licence at a glance: its kind and name, source-available licences (BSL, SSPL,
// FSL, RSAL, ELv2) flagged in amber with their open alternative named beside them.
// Reused by the Recommendations tab's tool cards.

const KIND_CLASSES: Record<TCatalogTool["licence"]["kind"], string> = {
  open_source: "border-emerald-600/30 bg-emerald-50 text-emerald-900 dark:bg-emerald-400/10 dark:text-emerald-200",
  source_available: "border-amber-600/40 bg-amber-100 text-amber-950 dark:bg-amber-400/15 dark:text-amber-100",
  proprietary: "border-border bg-muted text-foreground",
  service: "border-sky-600/30 bg-sky-50 text-sky-950 dark:bg-sky-400/10 dark:text-sky-100",
};

export type LicenceBadgeProps = {
  licence: TCatalogTool["licence"];
  /** The open alternative's name and link, when the page knows it (e.g. "OpenTofu", "/catalog?q=opentofu"). */
  alternative?: { name: string; href: string };
  className?: string;
};

export function LicenceBadge({ licence, alternative, className }: LicenceBadgeProps) {
  const flagged = licence.kind === "source_available";
  return (
    <span className={cn("inline-flex flex-wrap items-center gap-x-2 gap-y-1", className)}>
      <Badge
        variant="outline"
        className={cn("max-w-full whitespace-normal text-left", KIND_CLASSES[licence.kind])}
        title={licence.note}
        data-licence-kind={licence.kind}
      >
        {flagged && <ShieldAlert aria-hidden="true" />}
        <span>
          {LICENCE_KIND_LABELS[licence.kind]}
          <span className="font-normal"> · {licence.name}</span>
        </span>
      </Badge>
      {alternative && (
        <span className="text-xs text-muted-foreground">
          Open alternative:{" "}
          <Link
            href={alternative.href}
            className="font-medium text-foreground underline underline-offset-2 hover:text-primary focus-visible:outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
          >
            {alternative.name}
          </Link>
        </span>
      )}
    </span>
  );
}
