import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

// The API token the current request was authenticated by, for the audit trail: authedRoute
// runs a token request's handler inside `actingWithToken`, and every audit row written
// during it (lib/server/audit.ts) records the token. Carried by the async context rather
// than passed down, so no write path (there are dozens) can forget to attribute it.

const current = new AsyncLocalStorage<{ apiTokenId: string }>();

export function actingWithToken<T>(apiTokenId: string | undefined, run: () => Promise<T>): Promise<T> {
  return apiTokenId ? current.run({ apiTokenId }, run) : run();
}

/** The token of the request being served, or null for a session (or outside any request). */
export function currentApiTokenId(): string | null {
  return current.getStore()?.apiTokenId ?? null;
}
