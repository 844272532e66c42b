/**
 * Runs of words two texts share in order (the only file that imports
 * @ewoudenberg/difflib, a maintained fork of the port of Python's difflib). The labels' near-verbatim rule was measured with a sequence
 * reading: Ratcliff/Obershelp matching as Python's difflib does it, the
 * longest common run first, then the same on each side of it. A set of
 * shared trigrams counts a phrase every time it recurs ("both sides welcomed
 * the") and matches runs out of order; on the labelled pairs it called five
 * revised blocks carried, the sequence reading none.
 */
/// <reference path="./ewoudenbergDifflib.d.ts" />
import { SequenceMatcher } from '@ewoudenberg/difflib';

/** How many words of `a` stand in runs of at least `minRun` words that `b` holds in the same order. */
export function wordsInSharedRuns(a: readonly string[], b: readonly string[], minRun = 3): number {
  if (a.length < minRun || b.length < minRun) return 0;
  // No junk heuristic: it drops frequent words from long texts, which the labels did not.
  const matcher = new SequenceMatcher<readonly string[]>(null, a, b, false);
  let words = 0;
  for (const [, , size] of matcher.getMatchingBlocks()) if (size >= minRun) words += size;
  return words;
}
