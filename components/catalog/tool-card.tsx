import { CircleHelp, ExternalLink } from "lucide-react";
import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { componentLabel, componentTitle, HOSTING_LABELS } from "@/lib/catalog/labels";
import type { TCatalogTool } from "@/lib/catalog/schema";
import { cn } from "@/lib/cn";
import { LANGUAGE_LABELS } from "@/lib/teams/profile";
import { ComplexityDots } from "./complexity-dots";
import { LicenceBadge } from "./licence-badge";

// One catalog tool as a card: what it is, what it provides, its licence (flagged when
// source-available, with the open alternative), where it runs, languages, complexity, and
// anything we could not verify. `children` holds extra content (the Recommendations tab's
// reasons); `action` a control in the header (the catalog's compare checkbox).

export type ToolCardProps = {
  tool: TCatalogTool;
  /** Name of the open alternative's tool, looked up by the page (slug → name). */
  alternativeName?: string;
  /** Where the alternative links to; default: the catalog searched for it. */
  alternativeHref?: string;
  action?: ReactNode;
  children?: ReactNode;
  headingLevel?: "h2" | "h3";
  className?: string;
};

export function ToolCard({
  tool,
  alternativeName,
  alternativeHref,
  action,
  children,
  headingLevel: Heading = "h3",
  className,
}: ToolCardProps) {
  const alt = tool.licence.openAlternative;
  const alternative = alt
    ? { name: alternativeName ?? alt, href: alternativeHref ?? `/catalog?q=${encodeURIComponent(alt)}` }
    : undefined;
  return (
    <Card className={cn("h-full gap-4", className)} data-tool={tool.slug} aria-labelledby={`tool-${tool.slug}`}>
      <CardHeader className="gap-2">
        <div className="flex items-start justify-between gap-3">
          <CardTitle className="min-w-0">
            <Heading id={`tool-${tool.slug}`} className="text-base leading-snug font-semibold">
              {tool.name}
            </Heading>
          </CardTitle>
          {action}
        </div>
        <LicenceBadge licence={tool.licence} alternative={alternative} />
      </CardHeader>
      <CardContent className="flex flex-1 flex-col gap-3 text-sm">
        <p className="text-muted-foreground">{tool.description}</p>
        <ul className="flex flex-wrap gap-1.5" aria-label="Components">
          {tool.components.map((id) => (
            <li key={id}>
              <Badge variant="secondary" title={componentTitle(id)}>
                {componentLabel(id)}
              </Badge>
            </li>
          ))}
        </ul>
        <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-xs">
          <dt className="text-muted-foreground">Runs</dt>
          <dd>{tool.hosting.map((h) => HOSTING_LABELS[h]).join(", ")}</dd>
          <dt className="text-muted-foreground">Languages</dt>
          <dd>{tool.languages.length ? tool.languages.map((l) => LANGUAGE_LABELS[l]).join(", ") : "Any"}</dd>
          <dt className="text-muted-foreground">Complexity</dt>
          <dd>
            <ComplexityDots value={tool.complexity} />
          </dd>
        </dl>
        {tool.uncertain && (
          <p className="flex gap-1.5 rounded-md border border-dashed border-amber-600/40 bg-amber-50 p-2 text-xs text-amber-950 dark:bg-amber-400/10 dark:text-amber-100">
            <CircleHelp className="mt-0.5 size-3.5 shrink-0" aria-hidden="true" />
            <span>
              <span className="font-medium">Unverified: </span>
              {tool.uncertain}
            </span>
          </p>
        )}
        {children}
        <a
          href={tool.homepage}
          target="_blank"
          rel="noreferrer noopener"
          className="mt-auto inline-flex w-fit items-center gap-1 text-xs font-medium text-primary underline-offset-2 hover:underline focus-visible:outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50"
        >
          Homepage<span className="sr-only"> of {tool.name} (opens in a new tab)</span>
          <ExternalLink className="size-3" aria-hidden="true" />
        </a>
      </CardContent>
    </Card>
  );
}
