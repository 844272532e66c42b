/**
 * How much of one text reappears near-verbatim in another: the share of its
 * words that stand in a run of three or more words (lower-cased, known
 * abbreviations spelled out) found in the other. This is the measure the
 * labelled alignments use to tell carried from revised.
 */

const RUN = 3;

/** The word trigrams of a text, as joined strings. */
export function wordTrigrams(words: readonly string[]): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + RUN <= words.length; i++) grams.add(words.slice(i, i + RUN).join(' '));
  return grams;
}

/** Share (0..1) of `words` covered by trigrams that stand in `other`. */
export function coveredShare(words: readonly string[], other: ReadonlySet<string>): number {
  if (words.length === 0) return 0;
  const covered = new Uint8Array(words.length);
  for (let i = 0; i + RUN <= words.length; i++) {
    if (other.has(words.slice(i, i + RUN).join(' '))) covered.fill(1, i, i + RUN);
  }
  let count = 0;
  for (const c of covered) count += c;
  return count / words.length;
}
