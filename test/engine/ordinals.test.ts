import { describe, expect, it } from 'vitest';
import { scheduledEvents, scheduledOrdinals } from '../../engine/ordinals';

describe('the occurrences of a recurring event a sentence convenes or holds', () => {
  it.each([
    ['Both sides decided to convene the 5th meeting of the EU-Japan Digital Partnership Council in Tokyo in 2027.', [5]],
    ['The fifth meeting of the European Union (EU) - Japan Digital Partnership Council took place in Tokyo on 9 July 2027.', [5]],
    ['Both sides confirmed their intention to take stock of the progress at the fourth Digital Partnership Council to be held in Brussels in 2026.', [4]],
    ['Both sides welcomed the 8th EU-Japan Cyber Dialogue, held in March 2027.', [8]],
  ])('%s', (sentence, ordinals) => {
    expect(scheduledOrdinals(sentence)).toEqual(ordinals);
  });

  it('names none where an event is only referred to, or an ordinal counts something else', () => {
    expect(scheduledOrdinals('The EU and Japan will continue the work in all areas identified at the third Digital Partnership Council.')).toEqual([]);
    expect(scheduledOrdinals('Both sides held the first concrete project stemming from this cooperation.')).toEqual([]);
    expect(scheduledOrdinals('As a first step towards interoperability, both sides will share information.')).toEqual([]);
  });

  it('reads a council held as its meeting of that number, whichever way the sentence names it', () => {
    const convened = scheduledEvents('Both sides confirmed their intention to take stock of the progress they will have achieved at the fourth Digital Partnership Council to be held in Brussels in 2026.');
    const held = scheduledEvents('The fourth meeting of the European Union (EU) - Japan Digital Partnership Council took place in Brussels on 5 May 2026.');
    expect(convened).toEqual([{ ordinal: 4, kind: 'meeting' }]);
    expect(held).toEqual(convened);
    expect(scheduledEvents('Both sides welcomed the 8th EU-Japan Cyber Dialogue, held in March 2027.')).toEqual([{ ordinal: 8, kind: 'dialogue' }]);
  });
});
