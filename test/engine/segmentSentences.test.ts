import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../engine/index';
import { arbitraryText } from '../support/arbitraries';

const corpusFolder = new URL('../../corpus/', import.meta.url);
const corpusTexts = readdirSync(corpusFolder).map((file) => readFileSync(new URL(file, corpusFolder), 'utf8'));

/** Sentences as statements write them, abbreviations and Japanese included, run together in one paragraph. */
const sentence = fc.constantFrom(
  'Both sides welcomed the progress made since the third meeting.',
  'Mr. Kono and Ms. Virkkunen co-chaired the meeting.',
  'They will cooperate on submarine cables, e.g. in the Arctic.',
  'データの流通について協力する。',
  '“Trust,” they said. (See Art. 3.)',
  'Quantum?! Yes.',
  '1. Semiconductors',
);
const paragraph = fc.array(fc.oneof(sentence, arbitraryText(60)), { maxLength: 60 }).map((parts) => parts.join(' '));

describe('segmentSentences a window at a time', () => {
  it('finds the same sentences in every corpus document as in one pass', () => {
    for (const text of corpusTexts) expect(segmentSentences(text, { window: 300 })).toEqual(segmentSentences(text, { window: Infinity }));
  });

  it('finds the same sentences in any paragraph, whatever the window', () => {
    fc.assert(
      fc.property(paragraph, fc.integer({ min: 20, max: 400 }), (text, window) => {
        expect(segmentSentences(text, { window })).toEqual(segmentSentences(text, { window: Infinity }));
      }),
      { numRuns: 300 },
    );
  });

  it('reads a line with no sentence end inside it as Intl.Segmenter does, without it', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    const trimmedSegments = (text: string) =>
      [...segmenter.segment(text)].map(({ index, segment }) => ({ start: index + segment.length - segment.trimStart().length, end: index + segment.trimEnd().length })).filter((s) => s.end > s.start);
    const plainChar = fc.constantFrom(...'abcXYZ019 ,;:\'"()%&-\u2013\u2014\u201c\u201d\u2018\u2019/éü日本\t'.split(''));
    const line = fc
      .tuple(fc.array(fc.oneof({ arbitrary: plainChar, weight: 30 }, { arbitrary: fc.constantFrom('.', '!', '\n', '\u2029', '\u3002', '\u0964'), weight: 1 }), { maxLength: 80 }), fc.constantFrom('', '.', '?', '!', '...', '."', '.)', '. ', '\u3002', '\n', '.\nNext', ' e.g. more', '\u203c'))
      .map(([chars, end]) => chars.join('') + end);
    fc.assert(
      fc.property(line, (text) => {
        expect(segmentSentences(text)).toEqual(trimmedSegments(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a paragraph of 1 MB, 30,000 sentences, in one pass over it', () => {
    const text = 'Both sides will cooperate on data. '.repeat(30_000);
    const spans = segmentSentences(text);
    expect(spans).toHaveLength(30_000);
    expect(spans[29_999]).toEqual({ start: 35 * 29_999, end: 35 * 30_000 - 1 });
  });
});
