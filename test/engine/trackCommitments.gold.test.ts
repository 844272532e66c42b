import { describe, expect, it } from 'vitest';
import { PrecedentIndex, alignDraft, findCommitments, statementBlocks, trackCommitments, type Fate } from '../../engine/index';
import { looseKey, readCorpusDocument, readGold } from '../support/gold';

interface GoldCommitment {
  sentence: string;
  marker: string;
  fate: Fate;
}

/** A label's sentence and an engine sentence are the same when their first 60 characters agree loosely (footnote marks aside). */
const sameSentence = (a: string, b: string) => keyOf(a) === keyOf(b);
const keyOf = (text: string) => looseKey(text.replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+/gu, '')).slice(0, 60);

/**
 * Both labelled pairs, each scored the same way, through the engine's front
 * door with the alignment the desk computes. The floor is the issue's
 * target, 0.80 of the fates right on each pair; the engine reaches 20/24 and
 * 30/37 with the alignment of this commit and 20/24 and 31/37 with the
 * alignment being rewritten beside it.
 */
const pairs = [
  { name: '2024 → 2025', prior: 'statement-2024', draft: 'statement-2025', labels: 'commitments-2024-2025.jsonl', fatesRight: 0.8 },
  { name: '2025 → 2026', prior: 'statement-2025', draft: 'council-note-8288-1-26-rev1', labels: 'commitments-2025-2026.jsonl', fatesRight: 0.8 },
];

describe.each(pairs)('commitments and their fates, $name, against the labels', ({ name, prior: priorId, draft: draftId, labels, fatesRight }) => {
  const prior = { blocks: statementBlocks(readCorpusDocument(priorId)) };
  const draft = { blocks: statementBlocks(readCorpusDocument(draftId)) };
  const fates = trackCommitments([prior], draft, alignDraft(draft, new PrecedentIndex([prior])));
  const gold = readGold<GoldCommitment>(labels);
  const found = gold.map((label) => ({ label, fate: fates.find((f) => sameSentence(f.sentence, label.sentence)) }));
  const foundCount = found.filter((f) => f.fate).length;
  const right = found.filter((f) => f.fate?.fate === f.label.fate);
  const confusion: Record<string, Record<string, number>> = {};
  for (const { label, fate } of found) {
    if (!fate) continue;
    confusion[label.fate] ??= {};
    confusion[label.fate][fate.fate] = (confusion[label.fate][fate.fate] ?? 0) + 1;
  }

  it('finds at least 95% of the labelled commitments', () => {
    const missed = found.filter((f) => !f.fate).map((f) => f.label.sentence);
    console.log(`${name}: commitments found ${foundCount}/${gold.length}, fates right ${right.length}/${foundCount}; gold → engine ${JSON.stringify(confusion)}`);
    expect(foundCount / gold.length, missed.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it(`gives the right fate to at least ${fatesRight * 100}% of those found`, () => {
    const wrong = found
      .filter((f) => f.fate && f.fate.fate !== f.label.fate)
      .map((f) => `${f.label.fate} taken for ${f.fate!.fate} (${f.fate!.reason}): ${f.label.sentence}`);
    expect(right.length / foundCount, wrong.join('\n')).toBeGreaterThanOrEqual(fatesRight);
  });

  it('finds no commitment in the prior statement that the labels do not list', () => {
    const extra = findCommitments(prior.blocks).filter((c) => !gold.some((label) => sameSentence(c.sentence, label.sentence)));
    expect(extra.map((c) => `${c.marker}: ${c.sentence}`)).toEqual([]);
  });

  it('says why of every fate: the draft sentence and the two markers compared, or that nothing continues it', () => {
    for (const fate of fates) {
      expect(fate.reason.startsWith(`${fate.fate}:`), fate.reason).toBe(true);
      if (fate.fate === 'dropped') {
        expect(fate.draftSentence).toBeNull();
        continue;
      }
      expect(fate.evidence).toContain(fate.draftSentence);
      expect(fate.reason).toContain(fate.marker);
      if (fate.draftMarker) expect(fate.draftSentence).toContain(fate.draftMarker);
    }
  });
});
