import * as React from "react";
import type { LucideIcon } from "lucide-react";

import { cn } from "@/lib/cn";

type EmptyStateProps = Omit<React.ComponentProps<"div">, "title"> & {
  /** Lucide icon component, e.g. `FolderPlus`. Rendered decoratively. */
  icon?: LucideIcon;
  title: React.ReactNode;
  description?: React.ReactNode;
  /** Call to action, typically a <Button>. */
  action?: React.ReactNode;
  /** Heading element for the title; pick to fit the page outline. */
  titleAs?: "h2" | "h3" | "h4" | "p";
};

function EmptyState({
  icon: Icon,
  title,
  description,
  action,
  titleAs: Title = "h2",
  className,
  children,
  ...props
}: EmptyStateProps) {
  return (
    <div
      data-slot="empty-state"
      className={cn(
        "flex flex-col items-center justify-center gap-4 rounded-xl border border-dashed border-border bg-card/50 px-6 py-12 text-center text-card-foreground",
        className,
      )}
      {...props}
    >
      {Icon && (
        <div
          data-slot="empty-state-icon"
          className="flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground"
        >
          <Icon className="size-6" aria-hidden="true" />
        </div>
      )}
      <div className="flex max-w-sm flex-col items-center gap-1.5">
        <Title data-slot="empty-state-title" className="text-lg leading-tight font-semibold">
          {title}
        </Title>
        {description && (
          <p data-slot="empty-state-description" className="text-sm text-muted-foreground">
            {description}
          </p>
        )}
      </div>
      {children}
      {action && (
        <div data-slot="empty-state-action" className="flex flex-wrap items-center justify-center gap-2">
          {action}
        </div>
      )}
    </div>
  );
}

export { EmptyState };
export type { EmptyStateProps };
