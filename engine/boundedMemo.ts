/**
 * A memo of a pure function of a string, cleared when it reaches `limit`
 * entries. A live draft is analysed again at every keystroke with all but
 * one sentence unchanged, so reading each sentence once (stems, index terms,
 * commitment markers, drafting checks) is most of the saving; clearing
 * rather than evicting keeps a hit to one Map lookup, and the bound keeps a
 * long session's memory flat. Callers never modify what it returns.
 */
export function boundedMemo<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const memo = new Map<string, T>();
  return (key) => {
    if (memo.has(key)) return memo.get(key) as T;
    const value = compute(key);
    if (memo.size >= limit) memo.clear();
    memo.set(key, value);
    return value;
  };
}
