/// <reference path="../support/ewoudenbergDifflib.d.ts" />
import fc from 'fast-check';
import { SequenceMatcher } from '@ewoudenberg/difflib';
import { describe, expect, it } from 'vitest';
import { matchingBlocks, wordsInSharedRuns } from '../../engine/sequenceMatch';
import { plainWords } from '../../engine/words';
import { readCorpusDocument } from '../support/gold';

/** The port of Python's difflib the near-verbatim rule was measured with, as the rule read it (no junk, no popular words). */
function difflibBlocks(a: readonly string[], b: readonly string[]): number[][] {
  return new SequenceMatcher<readonly string[]>(null, a, b, false).getMatchingBlocks().slice(0, -1);
}

const words = (vocabulary: number, max: number) => fc.array(fc.integer({ min: 0, max: vocabulary - 1 }).map((n) => `w${n}`), { maxLength: max });

describe('runs of words two texts share in order', () => {
  it('matches as difflib matches, on texts with few distinct words (many ties and repeats) and with many', () => {
    for (const vocabulary of [2, 4, 12, 400]) {
      fc.assert(
        fc.property(words(vocabulary, 80), words(vocabulary, 80), (a, b) => {
          expect(matchingBlocks(a, b)).toEqual(difflibBlocks(a, b));
        }),
        { numRuns: 300, seed: 20261207 + vocabulary },
      );
    }
  });

  it('matches as difflib matches on every pair of paragraphs of two statements, past 200 words too', () => {
    const [from, to] = ['statement-2025', 'council-note-8288-1-26-rev1'].map((id) => readCorpusDocument(id).blocks.map((block) => plainWords(block.text)));
    const long = from.flat();
    for (const a of to) {
      expect(matchingBlocks(a, long)).toEqual(difflibBlocks(a, long));
      for (const b of from.slice(0, 20)) expect(matchingBlocks(a, b)).toEqual(difflibBlocks(a, b));
    }
  });

  it('counts the words of the first text in shared runs of three or more', () => {
    const a = 'both sides welcomed the progress on data flows and agreed to meet'.split(' ');
    const b = 'they welcomed the progress on semiconductors and agreed to meet again'.split(' ');
    // "welcomed the progress on" (4) and "and agreed to meet" (4); "both sides" is not in b.
    expect(wordsInSharedRuns(a, b)).toBe(8);
    expect(wordsInSharedRuns(a, b, 5)).toBe(0);
    expect(wordsInSharedRuns(['a', 'b'], ['a', 'b'])).toBe(0);
  });
});
