import { describe, expect, it } from 'vitest';
import { timelessLikeness } from '../../engine/timelessLikeness';
import { diceShare, wordStems } from '../../engine/words';

const lastYear = 'Cybersecurity: Both sides welcomed the progress of the 7th EU-Japan Cyber Dialogue, held in January 2026.';
const thisYear = 'Cybersecurity: Both sides welcomed the 8th EU-Japan Cyber Dialogue, held in February 2027.';

describe('how alike two sentences are, the calendar set aside', () => {
  it('counts the next occurrence of a recurring report as nearly the same sentence, where words alone count it barely two thirds alike', () => {
    expect(diceShare(wordStems(lastYear), wordStems(thisYear))).toBeLessThan(0.7);
    expect(timelessLikeness(lastYear, thisYear)).toBeGreaterThan(0.9);
  });

  it('sets aside ordinals in words as in figures, months, years and other numbers, and nothing else', () => {
    expect(timelessLikeness('The fourth meeting took place in Brussels on 5 May 2026.', 'The fifth meeting took place in Brussels on 28 May 2027.')).toBe(1);
    expect(timelessLikeness('The fourth meeting took place in Brussels.', 'The fifth meeting took place in Tokyo.')).toBeLessThan(1);
    expect(timelessLikeness(thisYear, 'Both sides will continue to cooperate on cyber capacity building in third countries.')).toBeLessThan(0.4);
  });
});
