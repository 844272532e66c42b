import { describe, expect, it } from 'vitest';
import { coveredShare, shareATrigram, sortedTrigrams, trigramSet, verbatimProfile } from '../../engine/nearVerbatim';
import { readCorpusDocument } from '../support/gold';

/**
 * The link features skip both near-verbatim shares of a pair when the two
 * blocks have no trigram in common: that must be exactly when neither covers
 * any of the other.
 */
describe('whether two blocks have a trigram in common', () => {
  const texts = ['statement-2024', 'statement-2025', 'council-note-8288-1-26-rev1'].flatMap((id) => readCorpusDocument(id).blocks.filter((block) => block.kind !== 'heading').map((block) => block.text));
  texts.push('Line 12 of a long list of paragraphs about cooperation 12.', 'Both sides', '');
  const read = texts.map((text) => {
    const profile = verbatimProfile(text);
    const trigrams = trigramSet(profile);
    return { profile, trigrams, sorted: sortedTrigrams(trigrams) };
  });

  it('is found from either side when one block is a few words of a long one (searched for rather than walked)', () => {
    const long = read.reduce((a, b) => (b.profile.length > a.profile.length ? b : a));
    const words = texts[read.indexOf(long)].split(' ');
    expect(long.sorted.length).toBeGreaterThan(100);
    for (const at of [0, 10, words.length - 5]) {
      const few = sortedTrigrams(trigramSet(verbatimProfile(words.slice(at, at + 5).join(' '))));
      expect(shareATrigram(few, long.sorted)).toBe(true);
      expect(shareATrigram(long.sorted, few)).toBe(true);
    }
    const none = sortedTrigrams(trigramSet(verbatimProfile('Line 12 of a long list')));
    expect(shareATrigram(none, long.sorted)).toBe(false);
    expect(shareATrigram(long.sorted, none)).toBe(false);
  });

  it('is said exactly when one covers some of the other, for every pair of the statements’ blocks', () => {
    let shared = 0;
    for (const a of read) {
      for (const b of read) {
        const covers = coveredShare(a.profile, b.trigrams) > 0;
        expect(shareATrigram(a.sorted, b.sorted)).toBe(covers);
        expect(coveredShare(b.profile, a.trigrams) > 0).toBe(covers);
        if (covers) shared++;
      }
    }
    // Both answers occur often: pairs with a common phrase, and pairs with none.
    expect(shared).toBeGreaterThan(read.length * 5);
    expect(shared).toBeLessThan(read.length * read.length - read.length * 5);
  });
});
