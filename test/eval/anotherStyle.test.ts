/** The other drafting style the eval restyles drafts into, and the sentences it moves between paragraphs. */
import { describe, expect, it } from 'vitest';
import { parseDocument, segmentSentences } from '../../engine/index';
import { anotherStyleText, sentencesMoved } from '../../eval/anotherStyle';
import { developmentSet, restyledDrafts } from '../../eval/developmentSet';
import { scorePair } from '../../eval/scorePair';
import type { LabelledPair } from '../../eval/labelledPairs';
import type { DraftAlignment } from '../../engine/index';
import { writtenDraftText } from '../../eval/writtenPairs';

const paragraphs = (markdown: string) => markdown.split('\n').filter((line) => /^\s*\d+\. /u.test(line)).map((line) => line.replace(/^\s*\d+\. /u, ''));
const sentences = (text: string) => segmentSentences(text).map((s) => text.slice(s.start, s.end).trim());

describe('sentences moved between paragraphs', () => {
  const restyled = anotherStyleText(writtenDraftText('2027q'));
  const before = paragraphs(restyled);
  const after = paragraphs(sentencesMoved(restyled));

  it('keeps every paragraph and every sentence, only moved', () => {
    expect(after).toHaveLength(before.length);
    expect(after.flatMap(sentences).sort()).toEqual(before.flatMap(sentences).sort());
  });

  it('moves the last sentence of every second paragraph of several sentences to the start of the next', () => {
    let moves = 0;
    for (let k = 1; k + 1 < before.length; k += 2) {
      const own = sentences(before[k]);
      if (own.length < 2) continue;
      moves++;
      expect(sentences(after[k])).toEqual(own.slice(0, -1));
      expect(after[k + 1].startsWith(own.at(-1)!)).toBe(true);
    }
    expect(moves).toBeGreaterThanOrEqual(5);
  });

  it('puts no sentence into a bare label over nested items, which would make it a paragraph (draft 2027k)', () => {
    const nested = anotherStyleText(writtenDraftText('2027k'));
    const moved = sentencesMoved(nested);
    expect(nested).toMatch(/^\s*\d+\. \*\*Artificial Intelligence \(AI\):\*\*$/mu);
    expect(moved).toMatch(/^\s*\d+\. \*\*Artificial Intelligence \(AI\):\*\*$/mu);
  });
});

describe('a link the moved sentence carried off', () => {
  it('is recorded on the block that gave the sentence, naming the block that received it', () => {
    const set = developmentSet();
    const moved = restyledDrafts(set, { moveSentences: true }).find((r) => r.basedOn.name.includes('draft 2027k'))!.pair;
    const gave = moved.links.filter((link) => link.carriedOffTo !== undefined);
    expect(gave.length).toBeGreaterThanOrEqual(5);
    for (const link of gave) {
      const giver = moved.draft.blocks.find((b) => b.index === link.draft)!;
      const receiver = moved.draft.blocks.find((b) => b.index === link.carriedOffTo)!;
      expect(receiver.index).toBeGreaterThan(giver.index);
      expect(segmentSentences(receiver.text).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('counts as kept only where the receiving block continues that prior', () => {
    const prior = { blocks: parseDocument('Governmental AI: exchanges on AI adoption in the public sector.').blocks };
    const draft = { blocks: parseDocument('Officials met twice.\n\nThey may extend exchanges to public administration. New text.').blocks };
    const pair: LabelledPair = { name: 'moved', origin: 'synthetic', prior, draft, links: [{ draft: 0, priors: [0], relation: 'revised', carriedOffTo: 1 }, { draft: 1, priors: [], relation: 'new' }], dropped: [] };
    const alignment = (receiverLinks: boolean) =>
      ({ alignments: [{ block: 0, status: 'new', matches: [] }, { block: 1, status: receiverLinks ? 'revised' : 'new', matches: receiverLinks ? [{ prior: 0, block: 0, score: 0.2 }] : [] }], dropped: [] }) as unknown as DraftAlignment;
    expect(scorePair(pair, alignment(true)).links).toMatchObject({ tp: 1, fn: 0 });
    expect(scorePair(pair, alignment(false)).links).toMatchObject({ tp: 0, fn: 1 });
  });
});

