import { describe, expect, it } from 'vitest';
import { developmentSet, restyledDrafts } from '../../eval/developmentSet';
import { judgePair } from '../../eval/judge';
import { addCounts, f1, newBlockCounts, scorePair, type Counts } from '../../eval/scorePair';

/**
 * The shipped model on the labelled pairs and on the generated pairs it
 * never saw. Floors sit a little under today's figures: a change that
 * loses links, statuses or drops fails here; `npm run eval` gives the
 * held-out figures.
 */
const set = developmentSet();
const { labelled, unseen } = set;
const scores = new Map(labelled.map((pair) => [pair.name, scorePair(pair, judgePair(pair).alignment)]));

describe('alignment against the labels', () => {
  it.each([
    ['2024 → 2025', 0.94, 0.95],
    ['2025 → 2026', 0.86, 0.9],
    ['2026 → draft 2027a', 0.97, 0.97],
  ])('%s: link F1 at least %s, status accuracy at least %s', (name, linkFloor, statusFloor) => {
    const score = scores.get(name)!;
    expect(f1(score.links), score.mistakes.join('\n')).toBeGreaterThanOrEqual(linkFloor);
    expect(score.status.right / score.status.total, score.mistakes.join('\n')).toBeGreaterThanOrEqual(statusFloor);
  });

  it('reports the five blocks the fifth-statement draft dropped, and only those', () => {
    const { dropped, mistakes } = scores.get('2026 → draft 2027a')!;
    expect(dropped, mistakes.join('\n')).toEqual({ tp: 5, fp: 0, fn: 0 });
  });

  it('keeps the links and the drops of the fifth-statement draft written in another style (no labels, numbered paragraphs)', () => {
    const { pair } = restyledDrafts(set)[0];
    const score = scorePair(pair, judgePair(pair).alignment);
    expect(f1(score.links), score.mistakes.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(score.dropped, score.mistakes.join('\n')).toEqual({ tp: 5, fp: 0, fn: 0 });
  });

  it('drops no continued block of 2024, and at most two of the restructured 2025 statement', () => {
    expect(scores.get('2024 → 2025')!.dropped.fp).toBe(0);
    expect(scores.get('2025 → 2026')!.dropped.fp).toBeLessThanOrEqual(2);
  });
});

describe('drops and new blocks over the generated pairs the model never saw', () => {
  const zero: Counts = { tp: 0, fp: 0, fn: 0 };
  let dropped = zero;
  let fresh = zero;
  for (const pair of unseen) {
    const score = scorePair(pair, judgePair(pair).alignment);
    dropped = addCounts(dropped, score.dropped);
    fresh = addCounts(fresh, newBlockCounts(score));
  }

  it('finds the dropped blocks (F1 at least 0.95)', () => {
    expect(dropped.tp + dropped.fn).toBeGreaterThan(150);
    expect(f1(dropped)).toBeGreaterThanOrEqual(0.95);
  });

  it('finds the new blocks written into continued sections (F1 at least 0.95)', () => {
    expect(fresh.tp + fresh.fn).toBeGreaterThan(150);
    expect(f1(fresh)).toBeGreaterThanOrEqual(0.95);
  });
});
