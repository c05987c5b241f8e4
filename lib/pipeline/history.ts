// Undo/redo as an immutable value: every operation returns a new history, or the same
// one when there is nothing to do (so callers can compare by reference).
//
// Snapshots are compared by a key, JSON by default. Only the present's key is kept, and
// only once a push needed it, so creating, undoing and redoing cost no stringify and
// memory stays at the snapshots themselves. Snapshots built by the same code list their
// fields in the same order, which is all JSON keys need.

export type History<T> = {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  readonly limit: number;
  /** Key of `present`, or null until a push computes it. */
  readonly presentKey: string | null;
  readonly keyOf: (snapshot: T) => string;
};

export function createHistory<T>(initial: T, limit = 100, keyOf: (snapshot: T) => string = JSON.stringify): History<T> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError("History limit must be a positive integer.");
  return { past: [], present: initial, future: [], limit, presentKey: null, keyOf };
}

/** Records a new present. The redo branch is dropped; the oldest step goes past `limit`. No-op if equal to the present. */
export function push<T>(h: History<T>, snapshot: T): History<T> {
  const key = h.keyOf(snapshot);
  if (key === (h.presentKey ?? h.keyOf(h.present))) return h;
  const past = [...h.past, h.present];
  if (past.length > h.limit) past.splice(0, past.length - h.limit);
  return { ...h, past, present: snapshot, future: [], presentKey: key };
}

export function undo<T>(h: History<T>): History<T> {
  const previous = h.past[h.past.length - 1];
  if (h.past.length === 0 || previous === undefined) return h;
  return { ...h, past: h.past.slice(0, -1), present: previous, future: [h.present, ...h.future], presentKey: null };
}

export function redo<T>(h: History<T>): History<T> {
  const next = h.future[0];
  if (h.future.length === 0 || next === undefined) return h;
  return { ...h, past: [...h.past, h.present], present: next, future: h.future.slice(1), presentKey: null };
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
