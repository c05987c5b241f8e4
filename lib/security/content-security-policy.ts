// The pages' Content-Security-Policy, made per request by proxy.ts with a fresh nonce (Next
// puts it on its own scripts; see node_modules/next/dist/docs/01-app/02-guides/content-security-policy.md).
// Scripts run only with the nonce, or when loaded by a script that has it ('strict-dynamic').
// Styles may be inline: React Flow, Radix and sonner set style attributes and <style> tags.
// data: and blob: images and data: fonts are for the canvas export (html-to-image inlines
// the page's fonts and renders through data: URLs).

export function contentSecurityPolicy(options: { nonce: string; dev: boolean; https: boolean }): string {
  const directives = [
    "default-src 'self'",
    // React uses eval in development only, to rebuild server error stacks in the browser.
    `script-src 'self' 'nonce-${options.nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Over plain http (local use) upgrading would break every request.
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/** A nonce for one response: 128 random bits, base64. */
export function makeNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
