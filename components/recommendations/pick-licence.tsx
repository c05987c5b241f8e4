import { ShieldAlert } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { ToolLicence } from "@/lib/recommend/types";

/** The licence of a recommended tool; source-available ones flagged, with the open alternative named. */
export function PickLicence({ licence }: { licence: ToolLicence }) {
  if (!licence.flagged)
    return (
      <Badge variant="outline" title={licenceTitle(licence)}>
        {licence.kind === "service" ? "Hosted service" : licence.name}
      </Badge>
    );
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <Badge
        variant="outline"
        className="border-amber-500/60 bg-amber-50 text-amber-900 dark:bg-amber-950/40 dark:text-amber-200"
        title="Source-available: you may read the code, but the licence restricts use; not open source"
      >
        <ShieldAlert aria-hidden="true" />
        {licence.name} · source-available
      </Badge>
      {licence.openAlternative && (
        <span className="text-xs text-muted-foreground">Open alternative: {licence.openAlternative.name}</span>
      )}
    </span>
  );
}

function licenceTitle(licence: ToolLicence): string {
  if (licence.kind === "open_source") return `Open source (${licence.name})`;
  if (licence.kind === "service") return `A hosted service (${licence.name})`;
  return licence.name;
}
