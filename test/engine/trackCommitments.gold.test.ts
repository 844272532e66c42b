import { describe, expect, it } from 'vitest';
import { PrecedentIndex, alignDraft, findCommitments, parseDocument, trackCommitments } from '../../engine/index';
import { looseKey, readCorpusDocument, readGold } from '../support/gold';

interface GoldCommitment {
  sentence: string;
  marker: string;
  fate: string;
}

describe('commitments of the 2024 statement and their fates in 2025, against the labels', () => {
  const prior = readCorpusDocument('statement-2024');
  const draft = readCorpusDocument('statement-2025');
  const fates = trackCommitments([prior], draft, alignDraft(draft, new PrecedentIndex([prior])));
  const gold = readGold<GoldCommitment>('commitments-2024-2025.jsonl');
  const sameSentence = (a: string, b: string) => looseKey(a).slice(0, 60) === looseKey(b).slice(0, 60);
  const found = gold.map((label) => ({ label, fate: fates.find((f) => sameSentence(f.sentence, label.sentence)) }));
  const foundCount = found.filter((f) => f.fate).length;
  const rightCount = found.filter((f) => f.fate?.fate === f.label.fate).length;

  it('finds at least 85% of the labelled commitments', () => {
    console.log(`commitments gold: found ${foundCount}/${gold.length}, fate right ${rightCount}/${foundCount}`);
    const missed = found.filter((f) => !f.fate).map((f) => f.label.sentence);
    expect(foundCount / gold.length, missed.join('\n')).toBeGreaterThanOrEqual(0.85);
  });

  it('gives the right fate to at least 70% of those found', () => {
    const wrong = found.filter((f) => f.fate && f.fate.fate !== f.label.fate).map((f) => `${f.label.fate} taken for ${f.fate!.fate}: ${f.label.sentence}`);
    expect(rightCount / foundCount, wrong.join('\n')).toBeGreaterThanOrEqual(0.7);
  });

  it('finds no commitment in the 2024 statement that the labels do not list', () => {
    const extra = findCommitments(prior.blocks).filter((c) => !gold.some((label) => sameSentence(c.sentence, label.sentence)));
    expect(extra.map((c) => c.sentence)).toEqual([]);
  });
});

describe('firmness and markers', () => {
  const cases: Array<[string, string | null, string | null]> = [
    ['Both sides will continue cooperation on AI.', 'will continue cooperation', 'firm'],
    ['Both sides intend to deepen cooperation.', 'intend to deepen', 'firm'],
    ['Both sides envisage to explore a team of experts.', 'envisage to explore', 'tentative'],
    ['Both sides are committed to exploring collaborative research.', 'are committed to exploring', 'firm'],
    ['Both sides would consider deepening cooperation.', 'would consider', 'tentative'],
    ['Both sides could exchange best practices.', 'could exchange', 'tentative'],
    ['This development could further boost research.', null, null],
    ['The Expert Community, which will facilitate projects, was launched.', null, null],
    ['Together they can pave the way forward.', null, null],
    ['The project would use wallet infrastructures.', null, null],
    ['Both sides reinforced the implementation of the MoC.', null, null],
    ['Delegations will find in the annex the revised Joint Statement.', null, null],
    ['Both sides have continued the discussions on Arctic connectivity.', 'continued the', 'firm'],
  ];
  it.each(cases)('%s', (sentence, marker, firmness) => {
    const found = findCommitments(parseDocument(sentence).blocks);
    expect(found[0]?.marker ?? null).toBe(marker);
    expect(found[0]?.firmness ?? null).toBe(firmness);
  });
});
