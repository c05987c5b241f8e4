"use client";

import { usePathname } from "next/navigation";
import { cn } from "@/lib/cn";
import { IntentLink } from "@/components/ui/intent-link";

export function TeamNav({ teamId }: { teamId: string }) {
  const pathname = usePathname();
  const links = [
    {
      href: `/teams/${teamId}`,
      label: "Projects",
      active: pathname === `/teams/${teamId}` || pathname.includes("/projects/"),
    },
    {
      href: `/teams/${teamId}/settings`,
      label: "Team settings",
      active: pathname.startsWith(`/teams/${teamId}/settings`),
    },
  ];
  return (
    <nav aria-label="Team" className="border-b">
      <div className="mx-auto flex max-w-7xl gap-1 px-4 sm:px-6">
        {links.map((link) => (
          <IntentLink
            key={link.href}
            href={link.href}
            aria-current={link.active ? "page" : undefined}
            className={cn(
              "-mb-px border-b-2 px-3 py-2.5 text-sm font-medium transition-colors focus-visible:outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
              link.active
                ? "border-primary text-foreground"
                : "border-transparent text-muted-foreground hover:text-foreground",
            )}
          >
            {link.label}
          </IntentLink>
        ))}
      </div>
    </nav>
  );
}
