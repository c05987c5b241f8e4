// Leaving a page inside the app (a link, sign-out) first asks the page. The canvas registers
// a guard that saves what is pending and, when it cannot, asks the user; the guard answers
// whether to go on. Leaving the app or reloading is the browser's `beforeunload` instead.

type Guard = () => Promise<boolean>;

const guards = new Set<Guard>();

export function registerLeaveGuard(guard: Guard): () => void {
  guards.add(guard);
  return () => guards.delete(guard);
}

/** True when every registered guard lets the user leave. */
export async function confirmLeave(): Promise<boolean> {
  for (const guard of [...guards]) if (!(await guard())) return false;
  return true;
}

type Click = {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
};
type Anchor = { href: string; target: string; download: boolean };

/**
 * The in-app address a click on `anchor` opens in this tab, or null when the click does not
 * leave the page that way: a modified click or another target (new tab or window), a
 * download, another origin (the browser's own `beforeunload` covers it), an API address,
 * or the same page (a hash link).
 */
export function inAppDestination(click: Click, anchor: Anchor | null, currentUrl: string): string | null {
  if (!anchor || click.defaultPrevented || click.button !== 0) return null;
  if (click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return null;
  if (anchor.download || (anchor.target !== "" && anchor.target !== "_self")) return null;
  const here = new URL(currentUrl);
  let to: URL;
  try {
    to = new URL(anchor.href, here);
  } catch {
    return null;
  }
  if (to.origin !== here.origin || to.pathname.startsWith("/api/")) return null;
  if (to.pathname === here.pathname && to.search === here.search) return null;
  return `${to.pathname}${to.search}${to.hash}`;
}
