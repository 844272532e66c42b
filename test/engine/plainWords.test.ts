/**
 * plainWords reads the words of a text as the word units of a word diff,
 * lower-cased, with curly apostrophes straightened and known abbreviations
 * spelled out: held here to that reading, written the plain way, on
 * arbitrary text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffUnits, plainWords } from '../../engine/words';
import { arbitraryText } from '../support/arbitraries';

const seed = process.env.FC_SEED === 'random' ? Date.now() : Number(process.env.FC_SEED ?? 20261206);

const SPELLED_OUT: ReadonlyMap<string, readonly string[]> = new Map([
  ['moc', ['memorandum', 'of', 'cooperation']],
  ['eu', ['european', 'union']],
  ['ai', ['artificial', 'intelligence']],
]);

/** The reading spelled out: the diff's units that start with a letter or digit, each lower-cased. */
function referenceWords(text: string): string[] {
  return diffUnits(text)
    .filter((unit) => /^[\p{L}\p{N}]/u.test(unit))
    .flatMap((unit) => {
      const lower = unit.toLowerCase().replace(/’/gu, "'");
      return SPELLED_OUT.get(lower) ?? [lower];
    });
}

const wordsOf = fc.constantFrom('EU', 'MoC', 'AI', 'Japan’s', "partners'", 'don’t', 'R&D', '日本語', 'データ', 'façade', 'İstanbul', 'ΟΔΟΣ', '2025', 'co-operation', 'constructor', '__proto__', 'toString', '😀', '\u00a0', '’', "'", ' ');

describe('plainWords', () => {
  it('reads the word units of the diff, lower-cased and spelled out', () => {
    fc.assert(
      fc.property(fc.oneof(arbitraryText(300), fc.array(wordsOf, { maxLength: 40 }).map((words) => words.join(' '))), (text) => {
        expect(plainWords(text)).toEqual(referenceWords(text));
      }),
      { numRuns: 2000, seed },
    );
  });

  it('reads a word that names an object property as a word', () => {
    expect(plainWords('The constructor of __proto__ and toString')).toEqual(['the', 'constructor', 'of', 'proto', 'and', 'tostring']);
  });
});
