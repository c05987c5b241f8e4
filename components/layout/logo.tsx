import { IntentLink } from "@/components/ui/intent-link";
import { cn } from "@/lib/cn";

export function Logo({ href = "/", className }: { href?: string; className?: string }) {
  return (
    <IntentLink href={href} className={cn("inline-flex items-center gap-2 font-semibold tracking-tight", className)}>
      <svg viewBox="0 0 24 24" aria-hidden="true" className="size-6 text-primary">
        <rect x="2" y="3" width="20" height="5" rx="1.5" fill="currentColor" opacity="0.45" />
        <rect x="2" y="10" width="20" height="5" rx="1.5" fill="currentColor" opacity="0.7" />
        <rect x="2" y="17" width="20" height="5" rx="1.5" fill="currentColor" />
        <circle cx="7" cy="5.5" r="1.6" fill="var(--background)" />
        <circle cx="12" cy="12.5" r="1.6" fill="var(--background)" />
        <circle cx="17" cy="19.5" r="1.6" fill="var(--background)" />
      </svg>
      <span>MLOps Map</span>
    </IntentLink>
  );
}
