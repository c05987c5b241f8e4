"use client";

import { Check } from "lucide-react";
import { cn } from "@/lib/cn";

/**
 * A multi-select as a row of toggle buttons (aria-pressed): every choice visible at once,
 * one Tab stop per chip, Space or Enter toggles. Read-only shows the chosen ones only.
 */
export function ToggleChips<T extends string>({
  label,
  options,
  value,
  onChange,
  disabled = false,
  emptyText = "None chosen",
}: {
  label: string;
  options: readonly { value: T; label: string }[];
  value: readonly T[];
  onChange: (next: T[]) => void;
  disabled?: boolean;
  emptyText?: string;
}) {
  if (disabled) {
    const chosen = options.filter((o) => value.includes(o.value));
    return (
      <ul aria-label={label} className="flex flex-wrap gap-1.5">
        {chosen.length === 0 && <li className="text-sm text-muted-foreground">{emptyText}</li>}
        {chosen.map((o) => (
          <li key={o.value} className="rounded-full border bg-secondary px-3 py-1 text-sm text-secondary-foreground">
            {o.label}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div role="group" aria-label={label} className="flex flex-wrap gap-1.5">
      {options.map((o) => {
        const on = value.includes(o.value);
        return (
          <button
            key={o.value}
            type="button"
            aria-pressed={on}
            onClick={() => onChange(on ? value.filter((v) => v !== o.value) : [...value, o.value])}
            className={cn(
              "inline-flex items-center gap-1 rounded-full border px-3 py-1 text-sm transition-colors outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
              on
                ? "border-primary bg-primary text-primary-foreground hover:bg-primary/90"
                : "border-input bg-transparent hover:bg-accent hover:text-accent-foreground dark:bg-input/30",
            )}
          >
            {on && <Check className="size-3.5" aria-hidden="true" />}
            {o.label}
          </button>
        );
      })}
    </div>
  );
}
