/**
 * The first position from `low` up to `high` (not included) whose value is
 * at least `target`, in a run of values sorted from low to high: a binary
 * search, `high` when every value is below the target. The values are read
 * through `valueAt`, so one search serves typed arrays, lists of records by
 * their key and growing lists alike.
 */
export function firstAtLeast(valueAt: (position: number) => number, low: number, high: number, target: number): number {
  while (low < high) {
    const mid = (low + high) >> 1;
    if (valueAt(mid) < target) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The same search in a typed array, read directly. The retrieval index asks
 * it thousands of times a keystroke (how many blocks of a prior hold each
 * shared stem): through the callback, shared by callers of every kind, each
 * step was a call the engine could not inline, and it was the largest part
 * of reading a draft block's candidates.
 */
export function firstAtLeastIn(values: Int32Array, low: number, high: number, target: number): number {
  while (low < high) {
    const mid = (low + high) >> 1;
    if (values[mid] < target) low = mid + 1;
    else high = mid;
  }
  return low;
}
