import { COMPLEXITY_LABELS } from "@/lib/catalog/labels";
import { cn } from "@/lib/cn";

/** Complexity 1–5 as filled dots, read out as "Complexity 3 of 5: a few weeks". */
export function ComplexityDots({ value, className }: { value: number; className?: string }) {
  const label = `Complexity ${value} of 5: ${COMPLEXITY_LABELS[value] ?? ""}`;
  return (
    <span role="img" aria-label={label} title={label} className={cn("inline-flex items-center gap-0.5", className)}>
      {[1, 2, 3, 4, 5].map((n) => (
        <span
          key={n}
          aria-hidden="true"
          className={cn("size-2 rounded-full", n <= value ? "bg-foreground/70" : "bg-muted-foreground/25")}
        />
      ))}
    </span>
  );
}
