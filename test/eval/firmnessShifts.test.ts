import { describe, expect, it } from 'vitest';
import { findMarker } from '../../engine/index';
import { fateLabels, firmnessShiftDrafts } from '../../eval/firmnessShifts';
import { judgeFateShifts } from '../../eval/judge';
import { scoreFates } from '../../eval/scorePair';

const drafts = firmnessShiftDrafts(2);

describe('generated drafts with firmness shifts', () => {
  it('are the same drafts for the same seed', () => {
    expect(firmnessShiftDrafts(1)).toEqual(drafts.filter((d) => d.name.includes('shifts 1')));
  });

  it('take out the sentences of dropped commitments and keep the others as they were up to their marker', () => {
    const plain = (text: string) => text.replace(/\*\*|\[\^[^\]]+\]/gu, '').replace(/\s+/gu, ' ');
    for (const draft of drafts) {
      const text = plain(draft.draftText);
      for (const c of draft.cases) {
        const sentence = plain(c.sentence);
        const upToMarker = sentence.slice(0, sentence.indexOf(c.edit.split(' -> ')[0]));
        if (c.fate === 'dropped') expect(text.includes(sentence), `${draft.name}: ${sentence}`).toBe(false);
        else expect(text.includes(upToMarker), `${draft.name}: ${sentence}`).toBe(true);
      }
    }
  });

  it('weaken only firm commitments and strengthen only tentative ones', () => {
    for (const c of drafts.flatMap((d) => d.cases)) {
      const firmness = findMarker(c.sentence)?.firmness;
      if (c.fate === 'weakened') expect(firmness, c.sentence).toBe('firm');
      if (c.fate === 'strengthened') expect(firmness, c.sentence).toBe('tentative');
    }
    expect(drafts.flatMap((d) => d.cases).map((c) => c.fate)).toEqual(expect.arrayContaining(['restated', 'weakened', 'strengthened', 'dropped']));
  });

  it('get their fates right: a commitment taken out of a kept paragraph is dropped, a shifted marker shifts the fate', () => {
    let right = 0;
    let found = 0;
    const dropped = { right: 0, all: 0 };
    for (const draft of drafts) {
      const score = scoreFates(fateLabels(draft), judgeFateShifts(draft), []);
      right += score.fateRight;
      found += score.found;
      dropped.right += score.confusion.dropped?.dropped ?? 0;
      dropped.all += Object.values(score.confusion.dropped ?? {}).reduce((a, b) => a + b, 0);
    }
    expect(found).toBeGreaterThan(150);
    expect(right / found).toBeGreaterThanOrEqual(0.95);
    expect(dropped.right / dropped.all).toBeGreaterThanOrEqual(0.95);
  });
});
