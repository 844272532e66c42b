/**
 * The labels' mechanical rule for carried against revised, written from the
 * wording of ../shared/gold/README.md and nothing else, so that the truth of
 * the synthetic pairs does not depend on the engine it measures:
 *
 * "a linked block is carried when at least half of the new block is
 * near-verbatim text from its linked old blocks, or at least half of the old
 * block reappears near-verbatim in it (near-verbatim: runs of three or more
 * words after lower-casing; MoC = Memorandum of Cooperation, DFFT = Data Free
 * Flow with Trust, EU = European Union). Otherwise it is revised."
 *
 * Runs are read as a sequence, in order, the way a reader lays the two texts
 * side by side: the longest common run of words first, then the longest in
 * what lies before it and in what lies after it, and so on (the matching of
 * Python's difflib.SequenceMatcher). A run read out of order does not count.
 * This reading reproduces the figures the README quotes for Submarine Cables
 * (0.51 / 0.51) and, in the 2027a labels, Semiconductors (0.43 / 0.15), and
 * agrees with every carried and revised label of the three labelled pairs
 * (test/eval/syntheticPairs.test.ts).
 */

/** Shortest run of words that counts as near-verbatim. */
const MIN_RUN = 3;

/** Long forms the README equates with their abbreviations, as written in lower case. */
const LONG_FORMS: ReadonlyArray<[RegExp, string]> = [
  [/memorandum of cooperation/g, 'moc'],
  [/data free flow with trust/g, 'dfft'],
  [/european union/g, 'eu'],
];

/**
 * The words of a text as the rule compares them: lower-cased, punctuation
 * dropped, each long form folded to its abbreviation so that "MoC" and
 * "Memorandum of Cooperation" are the same text.
 */
export function ruleWords(text: string): string[] {
  let lower = text.toLowerCase();
  for (const [longForm, short] of LONG_FORMS) lower = lower.replace(longForm, short);
  return lower.match(/[\p{L}\p{N}_]+/gu) ?? [];
}

interface Run {
  a: number;
  b: number;
  size: number;
}

/** The longest common run inside the given ranges; ties go to the run that ends first in `a`. */
function longestRun(a: readonly string[], b: readonly string[], aLo: number, aHi: number, bLo: number, bHi: number): Run {
  let best: Run = { a: aLo, b: bLo, size: 0 };
  let previous = new Map<number, number>();
  for (let i = aLo; i < aHi; i++) {
    const current = new Map<number, number>();
    for (let j = bLo; j < bHi; j++) {
      if (a[i] !== b[j]) continue;
      const size = (previous.get(j - 1) ?? 0) + 1;
      current.set(j, size);
      if (size > best.size) best = { a: i - size + 1, b: j - size + 1, size };
    }
    previous = current;
  }
  return best;
}

/** The common runs of two word sequences, read in order (longest first, then recursively on each side). */
function orderedRuns(a: readonly string[], b: readonly string[]): Run[] {
  const runs: Run[] = [];
  const queue: Array<[number, number, number, number]> = [[0, a.length, 0, b.length]];
  while (queue.length > 0) {
    const [aLo, aHi, bLo, bHi] = queue.pop()!;
    const run = longestRun(a, b, aLo, aHi, bLo, bHi);
    if (run.size === 0) continue;
    runs.push(run);
    if (aLo < run.a && bLo < run.b) queue.push([aLo, run.a, bLo, run.b]);
    if (run.a + run.size < aHi && run.b + run.size < bHi) queue.push([run.a + run.size, aHi, run.b + run.size, bHi]);
  }
  return runs;
}

export interface VerbatimShares {
  /** Share of the new block's words inside near-verbatim runs from any of its linked old blocks. */
  newShare: number;
  /** The largest share, over the linked old blocks, of an old block's words that reappear near-verbatim. */
  oldShare: number;
}

/** How much of a new block is near-verbatim text of its linked old blocks, and the other way round. */
export function verbatimShares(newText: string, oldTexts: readonly string[]): VerbatimShares {
  const newWords = ruleWords(newText);
  const covered = new Array<boolean>(newWords.length).fill(false);
  let oldShare = 0;
  for (const oldText of oldTexts) {
    const oldWords = ruleWords(oldText);
    let oldCovered = 0;
    for (const run of orderedRuns(newWords, oldWords)) {
      if (run.size < MIN_RUN) continue;
      oldCovered += run.size;
      for (let k = 0; k < run.size; k++) covered[run.a + k] = true;
    }
    if (oldWords.length > 0) oldShare = Math.max(oldShare, oldCovered / oldWords.length);
  }
  const newShare = newWords.length === 0 ? 0 : covered.filter(Boolean).length / newWords.length;
  return { newShare, oldShare };
}

/** Carried or revised, by the README's rule, for a block linked to `oldTexts`. */
export function relationByRule(newText: string, oldTexts: readonly string[]): 'carried' | 'revised' {
  const { newShare, oldShare } = verbatimShares(newText, oldTexts);
  return newShare >= 0.5 || oldShare >= 0.5 ? 'carried' : 'revised';
}
