// Undo/redo as an immutable value: every operation returns a new history, or the same
// one when there is nothing to do (so callers can compare by reference).
//
// Snapshots are compared by a key, JSON by default. Only the present's key is kept, and
// only once a push needed it, so creating, undoing and redoing cost no stringify and
// memory stays at the snapshots themselves. Snapshots built by the same code list their
// fields in the same order, which is all JSON keys need.
//
// A push may name a burst (say "title of node n1, this focus"): consecutive pushes of the
// same burst replace the present instead of adding steps, so typing a title is one undo
// step, not one per keystroke. Any other push, an undo or a redo ends the burst.

type History<T> = {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  readonly limit: number;
  /** Key of `present`, or null until a push computes it. */
  readonly presentKey: string | null;
  readonly keyOf: (snapshot: T) => string;
  /** The burst the present belongs to, with the key of the state it started from. */
  readonly burst: { readonly id: string; readonly startKey: string } | null;
};

export function createHistory<T>(initial: T, limit = 100, keyOf: (snapshot: T) => string = JSON.stringify): History<T> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError("History limit must be a positive integer.");
  return { past: [], present: initial, future: [], limit, presentKey: null, keyOf, burst: null };
}

/**
 * Records a new present. The redo branch is dropped; the oldest step goes past `limit`.
 * No-op if equal to the present. With `burst` equal to the previous push's, the present is
 * replaced instead, and a burst that ends where it started leaves no step at all.
 */
export function push<T>(h: History<T>, snapshot: T, burst?: string): History<T> {
  const key = h.keyOf(snapshot);
  const presentKey = h.presentKey ?? h.keyOf(h.present);
  if (key === presentKey) return h;
  if (burst !== undefined && h.burst?.id === burst) {
    const start = h.past[h.past.length - 1];
    if (key === h.burst.startKey && start !== undefined)
      return { ...h, past: h.past.slice(0, -1), present: start, presentKey: key, burst: null };
    return { ...h, present: snapshot, presentKey: key };
  }
  const past = [...h.past, h.present];
  if (past.length > h.limit) past.splice(0, past.length - h.limit);
  return {
    ...h,
    past,
    present: snapshot,
    future: [],
    presentKey: key,
    burst: burst === undefined ? null : { id: burst, startKey: presentKey },
  };
}

export function undo<T>(h: History<T>): History<T> {
  const previous = h.past[h.past.length - 1];
  if (h.past.length === 0 || previous === undefined) return h;
  return {
    ...h,
    past: h.past.slice(0, -1),
    present: previous,
    future: [h.present, ...h.future],
    presentKey: null,
    burst: null,
  };
}

export function redo<T>(h: History<T>): History<T> {
  const next = h.future[0];
  if (h.future.length === 0 || next === undefined) return h;
  return {
    ...h,
    past: [...h.past, h.present],
    present: next,
    future: h.future.slice(1),
    presentKey: null,
    burst: null,
  };
}

export function canUndo<T>(h: History<T>): boolean {
  return h.past.length > 0;
}

export function canRedo<T>(h: History<T>): boolean {
  return h.future.length > 0;
}

export function present<T>(h: History<T>): T {
  return h.present;
}
