/**
 * Carried or revised, by the labels' rule (../shared/gold/README.md): a
 * linked block is carried when at least half of it stands near-verbatim in
 * its precedents of one prior, each read in sequence against it, or at least
 * half of one precedent stands in it. Near-verbatim: runs of three or more words after
 * lower-casing, MoC, DFFT and EU being their long forms. The words are the
 * rule's own (ruleWords): the link features spell out more abbreviations
 * ("AI" as two words), which counted a short bullet on AI as carried where
 * the labels' count says revised. eval/verbatimShares.ts reads the same
 * rule apart, on purpose: the generated pairs' truth must not come from the
 * engine it measures.
 */
import { boundedMemo } from './boundedMemo';
import { markSharedRuns, wordsInSharedRuns } from './sequenceMatch';
import { coveredShare, trigramSet, verbatimProfileOfWords, type VerbatimProfile } from './nearVerbatim';
import { CARRIED_SHARE } from './thresholds';
import { ruleWords } from './words';

interface RuleReading {
  words: readonly string[];
  verbatim: VerbatimProfile;
  trigrams: ReadonlySet<number>;
}

const readingOf = boundedMemo((text: string): RuleReading => {
  const words = ruleWords(text);
  const verbatim = verbatimProfileOfWords(words);
  return { words, verbatim, trigrams: trigramSet(verbatim) };
}, 20_000);

/** Words of the draft block in runs it shares with one precedent, read in sequence (the costliest reading of a pair). */
const sharedRunWords = boundedMemo((key: string): number => {
  const [draft, prior] = key.split('\u0000');
  return wordsInSharedRuns(readingOf(draft).words, readingOf(prior).words);
}, 20_000);

/** `precedentsByPrior`: the texts of the block's precedents, one list per prior statement, each in its block order. */
export function isCarriedByRule(draftText: string, precedentsByPrior: ReadonlyArray<readonly string[]>): boolean {
  const draft = readingOf(draftText);
  const length = draft.words.length;
  if (length === 0) return false;
  for (const texts of precedentsByPrior) {
    const priors = texts.map(readingOf);
    // Shared trigrams, taken in any order, bound the shares read in sequence from above: most pairs need no sequence reading.
    const priorBound = priors.every((prior) => coveredShare(prior.verbatim, draft.trigrams) < CARRIED_SHARE);
    const draftBound = priors.reduce((sum, prior) => sum + coveredShare(draft.verbatim, prior.trigrams), 0);
    if (priorBound && draftBound < CARRIED_SHARE) continue;
    for (const [at, prior] of priors.entries()) {
      const shared = sharedRunWords(`${draftText}\u0000${texts[at]}`);
      if (shared >= CARRIED_SHARE * length || (prior.words.length > 0 && shared >= CARRIED_SHARE * prior.words.length)) return true;
    }
    // Merged precedents: the draft's words in runs of any of them, each read against the block it comes from, whatever
    // order the draft puts them in (a sentence moved to close another paragraph still stands near-verbatim).
    if (priors.length > 1) {
      const covered = new Uint8Array(length);
      for (const prior of priors) markSharedRuns(draft.words, prior.words, covered);
      if (covered.reduce((sum, word) => sum + word, 0) >= CARRIED_SHARE * length) return true;
    }
  }
  return false;
}
