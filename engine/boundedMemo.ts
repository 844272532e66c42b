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
  // `compute` itself, not a closure made per call: stems are read through here once a word.
  return (key) => cache.get(key, compute);
}

/** The same memo where the value is computed from more than its key (a block's profile, from the block). */
export class BoundedCache<T> {
  private readonly memo = new Map<string, T>();

  constructor(private readonly limit: number) {}

  /** The value of `key`, computed (given the key) on a miss. */
  get(key: string, compute: (key: string) => T): T {
    // One lookup on a hit; `has` only tells a stored undefined from a miss.
    const known = this.memo.get(key);
    if (known !== undefined || this.memo.has(key)) return known as T;
    const value = compute(key);
    if (this.memo.size >= this.limit) this.memo.clear();
    this.memo.set(key, value);
    return value;
  }
}
