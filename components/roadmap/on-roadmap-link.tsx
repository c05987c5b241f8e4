"use client";

import { Check } from "lucide-react";
import Link from "next/link";
import { useParams } from "next/navigation";

/** Where an item chosen elsewhere (a next practice, a tool, a step) now lives: its card on the Roadmap tab. */
export function roadmapItemHref(teamId: string, projectId: string, itemId: string): string {
  return `/teams/${teamId}/projects/${projectId}/roadmap?item=${encodeURIComponent(itemId)}`;
}

/** "✓ On the roadmap", a link to the item. The team comes from the page's URL (every project page has it). */
export function OnRoadmapLink({ projectId, itemId, title }: { projectId: string; itemId: string; title?: string }) {
  const { teamId } = useParams<{ teamId: string }>();
  return (
    <span className="inline-flex min-w-0 flex-wrap items-center gap-1 text-sm font-medium text-emerald-700 dark:text-emerald-400">
      <Check className="size-4 shrink-0" aria-hidden="true" />
      <Link
        href={roadmapItemHref(teamId, projectId, itemId)}
        className="underline-offset-4 hover:underline"
        aria-label={title ? `On the roadmap: ${title}` : undefined}
      >
        On the roadmap
      </Link>
    </span>
  );
}
