import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { diffWords, parseDocument } from '../../engine/index';
import { makeRevisionPair } from '../fixtures/revisionPairs';

const corpus = ['statement-2024', 'statement-2025', 'council-note-8288-1-26-rev1'].map((id) =>
  readFileSync(new URL(`../../corpus/${id}.md`, import.meta.url), 'utf8'),
);

describe('diffWords given the blocks’ own sentences', () => {
  it('gives the diff it gives segmenting the texts itself, on revised corpus documents', () => {
    fc.assert(
      fc.property(fc.constantFrom(...corpus), fc.integer({ min: 0, max: 1000 }), (source, seed) => {
        const pair = makeRevisionPair(source, { seed, edits: 12 });
        const [before, after] = [parseDocument(pair.old).blocks, parseDocument(pair.new).blocks];
        for (let i = 0; i < Math.min(before.length, after.length); i++) {
          const [a, b] = [before[i], after[i]];
          expect(diffWords(a.text, b.text, { oldSentences: a.sentences, newSentences: b.sentences })).toEqual(diffWords(a.text, b.text));
        }
      }),
      { numRuns: 8 },
    );
  });

  it('segments a text given with no sentences (a block made by hand), as before', () => {
    const [before, after] = ['Both sides met. They agreed on data.', 'Both sides met in Tokyo. They agreed on data flows.'];
    expect(diffWords(before, after, { oldSentences: [], newSentences: [] })).toEqual(diffWords(before, after));
  });
});

describe('a compare of parsed documents', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.resetModules();
  });

  it('makes no Intl.Segmenter: the blocks carry their sentences', async () => {
    const pair = makeRevisionPair(corpus[1], { seed: 3, edits: 12 });
    const [before, after] = [parseDocument(pair.old), parseDocument(pair.new)];
    // A fresh engine, as in a command whose documents came from the parse cache: no segmenter made yet.
    vi.resetModules();
    const made = vi.spyOn(Intl, 'Segmenter');
    const { compareRevisions } = await import('../../engine/compareRevisions');
    const compare = compareRevisions(before, after);
    expect(compare.summary.changed + compare.summary.moved).toBeGreaterThan(0);
    expect(made).not.toHaveBeenCalled();
  });
});
