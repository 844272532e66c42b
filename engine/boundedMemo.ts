/**
 * A memo of a pure function of a string, cleared when it reaches `limit`
 * entries. A live draft is analysed again at every keystroke with all but
 * one sentence unchanged, so reading each sentence once (stems, index terms,
 * commitment markers, drafting checks) is most of the saving; clearing
 * rather than evicting keeps a hit to one Map lookup, and the bound keeps a
 * long session's memory flat. Callers never modify what it returns.
 */
export function boundedMemo<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const cache = new BoundedCache<T>(limit);
  return (key) => cache.get(key, () => compute(key));
}

/** The same memo where the value is computed from more than its key (a block's profile, from the block). */
export class BoundedCache<T> {
  private readonly memo = new Map<string, T>();

  constructor(private readonly limit: number) {}

  get(key: string, compute: () => T): T {
    // One lookup, not a test then a read: a value kept is never undefined (one that were would only be computed again).
    const kept = this.memo.get(key);
    if (kept !== undefined) return kept;
    const value = compute();
    if (this.memo.size >= this.limit) this.memo.clear();
    this.memo.set(key, value);
    return value;
  }
}
