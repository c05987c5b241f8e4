"use client";

import { ClipboardCheck, Map, Route, Wrench } from "lucide-react";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/cn";
import { IntentLink } from "@/components/ui/intent-link";

const TABS = [
  { slug: "pipeline", label: "Pipeline", icon: Map },
  { slug: "assessment", label: "Assessment", icon: ClipboardCheck },
  { slug: "recommendations", label: "Recommendations", icon: Wrench },
  { slug: "roadmap", label: "Roadmap", icon: Route },
] as const;

/** Tabs as links: each tab is its own URL, so it can be bookmarked and opened in a new tab. */
export function ProjectTabs({ base }: { base: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Project sections" className="overflow-x-auto">
      <ul className="inline-flex h-10 items-center gap-1 rounded-lg bg-muted p-1 text-muted-foreground">
        {TABS.map(({ slug, label, icon: Icon }) => {
          const href = `${base}/${slug}`;
          const active = pathname === href || pathname.startsWith(`${href}/`);
          return (
            <li key={slug}>
              <IntentLink
                href={href}
                aria-current={active ? "page" : undefined}
                className={cn(
                  "inline-flex items-center gap-1.5 whitespace-nowrap rounded-md px-3 py-1.5 text-sm font-medium transition-colors focus-visible:outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
                  active ? "bg-background text-foreground shadow-sm" : "hover:text-foreground",
                )}
              >
                <Icon className="size-4" aria-hidden="true" />
                {label}
              </IntentLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
