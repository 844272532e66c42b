import { describe, expect, it } from 'vitest';
import { statusRuns } from '../../renderer/editor/statusRuns';
import type { CardView } from '../../renderer/worker/protocol';

/** A card of `status` over [start, end); the rest does not matter to the ruler. */
const card = (status: CardView['status'], start: number, end: number) => ({ status, start, end }) as CardView;

describe('a long document in the overview ruler', () => {
  it.each([
    ['no card, no run', [], []],
    ['one card, its own run', [card('new', 0, 10)], [{ status: 'new', start: 0, end: 10 }]],
    [
      'consecutive cards of one status make one run, from the first start to the last end (the blank lines between them included)',
      [card('new', 0, 10), card('new', 12, 20), card('carried', 22, 30), card('carried', 32, 40), card('new', 42, 50)],
      [
        { status: 'new', start: 0, end: 20 },
        { status: 'carried', start: 22, end: 40 },
        { status: 'new', start: 42, end: 50 },
      ],
    ],
    ['a status between two of another splits them', [card('revised', 0, 5), card('new', 7, 9), card('revised', 11, 15)], [{ status: 'revised', start: 0, end: 5 }, { status: 'new', start: 7, end: 9 }, { status: 'revised', start: 11, end: 15 }]],
  ])('%s', (_story, cards, runs) => {
    expect(statusRuns(cards)).toEqual(runs);
  });
});
