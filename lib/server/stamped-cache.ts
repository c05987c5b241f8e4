// A per-process cache of answers that stay right while a stamp read from the database stays
// the same (ProjectChange, moved on by triggers with every committed change of a project:
// prisma/migrations/20261202080000_change_counter). Every instance asks the database for
// the stamp on every request, so a change made through another instance is seen at once;
// only the work of reading and encoding the same data again is saved. Least recently used
// entries go first, once there are more than `maxEntries` or their sizes pass `maxSize`.

export class StampedCache<T> {
  private readonly entries = new Map<string, { stamp: string; value: T; size: number }>();
  private size = 0;

  constructor(
    private readonly maxEntries: number,
    private readonly maxSize = Number.POSITIVE_INFINITY,
    private readonly sizeOf: (value: T) => number = () => 0,
  ) {}

  /** The value kept for `key` if it was made under `stamp`. */
  get(key: string, stamp: string): T | undefined {
    const hit = this.entries.get(key);
    if (!hit || hit.stamp !== stamp) return undefined;
    // A Map keeps insertion order: moving the entry to the end keeps the order "least recently used first".
    this.entries.delete(key);
    this.entries.set(key, hit);
    return hit.value;
  }

  set(key: string, stamp: string, value: T): void {
    this.remove(key);
    const size = this.sizeOf(value);
    if (size > this.maxSize) return;
    this.entries.set(key, { stamp, value, size });
    this.size += size;
    while (this.entries.size > this.maxEntries || this.size > this.maxSize)
      this.remove(this.entries.keys().next().value!);
  }

  /** The kept value for `key` when its stamp is still `stamp`, else `make()`'s, kept for next time. */
  async getOrMake(key: string, stamp: string, make: () => Promise<T>): Promise<T> {
    const hit = this.get(key, stamp);
    if (hit !== undefined) return hit;
    const value = await make();
    this.set(key, stamp, value);
    return value;
  }

  private remove(key: string): void {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.entries.delete(key);
    this.size -= entry.size;
  }
}
