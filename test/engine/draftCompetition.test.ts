import { describe, expect, it } from 'vitest';
import { competition, LiveCompetition, type Claims } from '../../engine/draftCompetition';
import type { PrecedentIndex } from '../../engine/PrecedentIndex';
import { mulberry32 } from '../fixtures/revisionPairs';

/** The competition reads the index's size alone. */
const index = { size: 12 } as PrecedentIndex;
const claims = (...pairs: Array<[entry: number, score: number]>): Claims => ({ candidates: pairs.map(([entry, score]) => ({ entry, match: { score } })) });
/** Blocks that claim prior blocks none of the others claim: a draft is many blocks, a keystroke edits one. */
const elsewhere = Array.from({ length: 8 }, (_, i) => claims([4 + i, 0.5]));

describe('the live competition between draft blocks', () => {
  it('decides again only the edited block when its new scores move no other claimant’s standing', () => {
    const blocks = [claims([0, 0.9], [1, 0.2]), claims([0, 0.5], [2, 0.4]), claims([0, 0.3], [3, 0.6]), ...elsewhere];
    const live = new LiveCompetition(index);
    live.update(blocks);
    // The third block still trails on prior block 0 (below the best and the second), and alone claims 3.
    const edited = blocks.map((block, at) => (at === 2 ? claims([0, 0.31], [3, 0.55]) : block));
    const { pairs, decided } = live.update(edited);
    expect([...decided!]).toEqual([2]);
    expect(pairs).toEqual(competition(edited, index));
  });

  it('decides again a claimant whose standing the edit moved, and gives the pairs a fresh competition gives', () => {
    const blocks = [claims([0, 0.9], [1, 0.2]), claims([0, 0.5], [2, 0.4]), claims([0, 0.3], [3, 0.6]), ...elsewhere];
    const live = new LiveCompetition(index);
    live.update(blocks);
    // The third block now claims prior block 0 above the first: both others see a new best or second.
    const edited = blocks.map((block, at) => (at === 2 ? claims([0, 0.95], [3, 0.6]) : block));
    const { pairs, decided } = live.update(edited);
    expect([...decided!].sort()).toEqual([0, 1, 2]);
    expect(pairs).toEqual(competition(edited, index));
  });

  it('keeps giving what a fresh competition gives over many edits, deciding again every block whose pairs moved', () => {
    const random = mulberry32(3);
    // A block's candidates are distinct prior blocks.
    const randomClaims = () => claims(...[...new Set(Array.from({ length: 1 + Math.floor(random() * 3) }, () => Math.floor(random() * index.size)))].map((entry): [number, number] => [entry, Math.round(random() * 100) / 100]));
    let blocks = Array.from({ length: 16 }, randomClaims);
    const live = new LiveCompetition(index);
    live.update(blocks);
    let before = competition(blocks, index);
    for (let step = 0; step < 200; step++) {
      blocks = blocks.map((block, at) => (at === step % blocks.length ? randomClaims() : block));
      const { pairs, decided } = live.update(blocks);
      const fresh = competition(blocks, index);
      expect(pairs, `after edit ${step}`).toEqual(fresh);
      fresh.forEach((pair, at) => {
        if (pair.length !== before[at].length || pair.some((v, i) => v !== before[at][i])) expect(decided!.has(at), `block ${at} after edit ${step}`).toBe(true);
      });
      before = fresh;
    }
  });
});
