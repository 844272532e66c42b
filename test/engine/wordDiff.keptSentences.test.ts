import { describe, expect, it } from 'vitest';
import { diffWords, newTextOf, oldTextOf } from '../../engine/index';

/** A paragraph of several sentences as a drafter edits it: one sentence at a time, the diff read again after each keystroke. */
const precedent = 'Both sides welcomed the Digital Partnership. They confirmed cooperation on semiconductors. They will meet again in Brussels.';
const typed = ['Both sides welcomed the Digital Partnership. They confirmed cooperation on semiconductors and data. They will meet again in Brussels.', 'Both sides welcomed the Digital Partnership. They confirmed cooperation on semiconductors and data. They will meet again in Tokyo.'];

describe('the word diff of a paragraph edited one sentence at a time', () => {
  it('gives back the sentences unchanged as before and the edited one anew, each diff rebuilding both texts', () => {
    for (const text of typed) {
      const diff = diffWords(precedent, text);
      expect(oldTextOf(diff)).toBe(precedent);
      expect(newTextOf(diff)).toBe(text);
    }
    expect(diffWords(precedent, typed[1])).toEqual([
      [0, 'Both sides welcomed the Digital Partnership. They confirmed cooperation on semiconductors'],
      [1, ' and data'],
      [0, '. They will meet again in '],
      [-1, 'Brussels'],
      [1, 'Tokyo'],
      [0, '.'],
    ]);
  });

  it('is not changed by a caller that changes a diff it was given', () => {
    const first = diffWords(precedent, typed[0]);
    const expected = structuredClone(first);
    for (const op of first) op[1] = 'changed';
    first.length = 0;
    expect(diffWords(precedent, typed[0])).toEqual(expected);
    expect(diffWords(`${precedent} `, `${typed[0]} `)).toEqual([...expected.slice(0, -1), [0, `${expected[expected.length - 1][1]} `]]);
  });
});
