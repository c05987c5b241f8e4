import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";

// The request a piece of server code runs for, without passing it down every call: the
// logger stamps its id on each line (lib/server/log.ts) and requestIdOf reuses it. One
// storage per process on globalThis, so every bundle of Next's reads the same one.

export type TRequestContext = {
  requestId: string;
  /** Set once an API token authenticated the request (authedRoute): on its every log line, reads included. */
  apiTokenId?: string;
};

const holder = globalThis as unknown as { mlopsMapRequests?: AsyncLocalStorage<TRequestContext> };
const storage = (holder.mlopsMapRequests ??= new AsyncLocalStorage<TRequestContext>());

/** Runs `fn` as part of the request `context` names. */
export function runInRequest<T>(context: TRequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

/** The request the caller runs for, if any. */
export function currentRequest(): TRequestContext | undefined {
  return storage.getStore();
}
