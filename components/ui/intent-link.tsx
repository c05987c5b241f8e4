"use client";

import Link from "next/link";
import { useState, type ComponentProps } from "react";

/**
 * A `next/link` that prefetches once the user shows intent (pointer over it, keyboard focus,
 * touch), not as soon as it is on screen. The app's header and tabs hold about a dozen
 * links to server-rendered pages; prefetching them all on load competed with the page
 * itself (a quarter of a second on the 1,000-node canvas, BENCHMARKS.md). This is the
 * hover-triggered prefetch from Next.js's prefetching guide, with focus and touch added.
 */
export function IntentLink({
  onPointerEnter,
  onFocus,
  onTouchStart,
  ...props
}: Omit<ComponentProps<typeof Link>, "prefetch">) {
  const [intent, setIntent] = useState(false);
  return (
    <Link
      {...props}
      // null is Link's default ("auto"): from the first sign of intent on, it prefetches as usual.
      prefetch={intent ? null : false}
      onPointerEnter={(event) => {
        setIntent(true);
        onPointerEnter?.(event);
      }}
      onFocus={(event) => {
        setIntent(true);
        onFocus?.(event);
      }}
      onTouchStart={(event) => {
        setIntent(true);
        onTouchStart?.(event);
      }}
    />
  );
}
