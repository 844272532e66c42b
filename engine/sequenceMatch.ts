/**
 * Runs of words two texts share in order. The labels' near-verbatim rule was
 * measured with a sequence reading: Ratcliff/Obershelp matching as Python's
 * difflib does it (SequenceMatcher without junk), the longest common run
 * first, then the same on each side of it. A set of shared trigrams counts a
 * phrase every time it recurs ("both sides welcomed the") and matches runs
 * out of order; on the labelled pairs it called five revised blocks carried,
 * the sequence reading none.
 *
 * The matching is difflib's, step for step (a test holds it to
 * @ewoudenberg/difflib, the port the rule was measured with), on word
 * numbers and typed arrays: the port keeps each row of its table as an
 * object keyed by position, a new one for every word of the first text, and
 * its garbage was a share of the minor collections that slowed some
 * keystrokes against a large corpus.
 */

/** How many words of `a` stand in runs of at least `minRun` words that `b` holds in the same order. */
export function wordsInSharedRuns(a: readonly string[], b: readonly string[], minRun = 3): number {
  if (a.length < minRun || b.length < minRun) return 0;
  let words = 0;
  for (const [, , size] of matchingBlocks(a, b)) if (size >= minRun) words += size;
  return words;
}

/** Marks in `covered` the words of `a` that stand in runs of at least `minRun` words shared with `b`, read in sequence. */
export function markSharedRuns(a: readonly string[], b: readonly string[], covered: Uint8Array, minRun = 3): void {
  if (a.length < minRun || b.length < minRun) return;
  for (const [i, , size] of matchingBlocks(a, b)) if (size >= minRun) covered.fill(1, i, i + size);
}

/**
 * difflib's get_matching_blocks without junk: triples [i, j, size] with
 * a[i..i+size) equal to b[j..j+size), increasing in i and j, adjacent ones
 * joined (without difflib's closing [a.length, b.length, 0]).
 */
export function matchingBlocks(a: readonly string[], b: readonly string[]): Array<[number, number, number]> {
  const table = new MatchTable(a, b);
  const found: Array<[number, number, number]> = [];
  const queue: Array<[number, number, number, number]> = [[0, a.length, 0, b.length]];
  while (queue.length > 0) {
    const [alo, ahi, blo, bhi] = queue.pop()!;
    const match = table.longestMatch(alo, ahi, blo, bhi);
    const [i, j, k] = match;
    if (k === 0) continue;
    found.push(match);
    if (alo < i && blo < j) queue.push([alo, i, blo, j]);
    if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi]);
  }
  found.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
  const joined: Array<[number, number, number]> = [];
  let [i1, j1, k1] = [0, 0, 0];
  for (const [i2, j2, k2] of found) {
    if (i1 + k1 === i2 && j1 + k1 === j2) k1 += k2;
    else {
      if (k1 > 0) joined.push([i1, j1, k1]);
      [i1, j1, k1] = [i2, j2, k2];
    }
  }
  if (k1 > 0) joined.push([i1, j1, k1]);
  return joined;
}

/** The two texts as word numbers, each number's positions in `b`, and the rows of the longest-run table. */
class MatchTable {
  /** `a`'s words as numbers, -1 for a word `b` lacks. */
  private readonly a: Int32Array;
  private readonly b: Int32Array;
  /** Positions in `b` of each word number, ascending: positions[starts[n]..starts[n + 1]). */
  private readonly starts: Int32Array;
  private readonly positions: Int32Array;
  /**
   * Run lengths ending at each position of `b`, for the row being read and
   * the one before, told apart by the row's stamp (difflib's j2len and
   * newj2len, without clearing them).
   */
  private lengths = [new Int32Array(0), new Int32Array(0)];
  private stamps = [new Int32Array(0), new Int32Array(0)];
  private stamp = 0;

  constructor(a: readonly string[], b: readonly string[]) {
    const numbers = new Map<string, number>();
    this.b = Int32Array.from(b, (word) => {
      let n = numbers.get(word);
      if (n === undefined) numbers.set(word, (n = numbers.size));
      return n;
    });
    this.a = Int32Array.from(a, (word) => numbers.get(word) ?? -1);
    this.starts = new Int32Array(numbers.size + 1);
    for (const n of this.b) this.starts[n + 1]++;
    for (let n = 0; n < numbers.size; n++) this.starts[n + 1] += this.starts[n];
    this.positions = new Int32Array(this.b.length);
    const filled = this.starts.slice(0, numbers.size);
    this.b.forEach((n, j) => (this.positions[filled[n]++] = j));
    for (let row = 0; row < 2; row++) {
      this.lengths[row] = new Int32Array(this.b.length);
      this.stamps[row] = new Int32Array(this.b.length);
    }
  }

  /** difflib's find_longest_match: the longest run, the earliest in `a`, then in `b`. */
  longestMatch(alo: number, ahi: number, blo: number, bhi: number): [number, number, number] {
    const { a, b } = this;
    let [besti, bestj, bestsize] = [alo, blo, 0];
    // A gap in the stamps: no row of an earlier call reads as the row before this call's first.
    this.stamp += 2;
    for (let i = alo; i < ahi; i++) {
      const stamp = ++this.stamp;
      const [lengths, stamps] = [this.lengths[stamp & 1], this.stamps[stamp & 1]];
      const [before, beforeStamps] = [this.lengths[(stamp + 1) & 1], this.stamps[(stamp + 1) & 1]];
      const n = a[i];
      if (n < 0) continue;
      for (let at = this.starts[n], end = this.starts[n + 1]; at < end; at++) {
        const j = this.positions[at];
        if (j < blo) continue;
        if (j >= bhi) break;
        const k = (j > 0 && beforeStamps[j - 1] === stamp - 1 ? before[j - 1] : 0) + 1;
        lengths[j] = k;
        stamps[j] = stamp;
        if (k > bestsize) [besti, bestj, bestsize] = [i - k + 1, j - k + 1, k];
      }
    }
    // difflib extends the run over equal neighbours (which only junk could have left out).
    while (besti > alo && bestj > blo && a[besti - 1] === b[bestj - 1]) [besti, bestj, bestsize] = [besti - 1, bestj - 1, bestsize + 1];
    while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] === b[bestj + bestsize]) bestsize++;
    return [besti, bestj, bestsize];
  }
}
