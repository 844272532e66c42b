import { describe, expect, it } from 'vitest';
import { AlignmentCache, PrecedentIndex, alignDraft, linkCandidates, parseDocument } from '../../engine/index';
import { readCorpusDocument } from '../support/gold';

/**
 * A draft block is read once per text and kept by its text (between
 * keystrokes, and for a text written twice): the reading also depends on
 * the block's role and the heading it stands under, so the same text in
 * another role or under another heading is read again.
 */
describe('the same text written twice in a draft', () => {
  const prior = readCorpusDocument('statement-2025');
  const index = new PrecedentIndex([prior]);
  const closing = prior.blocks.filter((block) => block.kind === 'paragraph').at(-1)!;
  const draft = parseDocument(`${closing.text}\n\n## Digital cooperation\n\nBoth sides will cooperate on submarine cables.\n\nBoth sides will cooperate on quantum.\n\n${closing.text}\n`);
  const [first, last] = [draft.blocks[0].index, draft.blocks.at(-1)!.index];
  const priorClosing = (block: number) => linkCandidates(draft, index).find((c) => c.block === block && c.priorBlock === closing.index)!.features;

  it('is read as an opening where it opens the draft and as the closing where it closes it', () => {
    expect(priorClosing(last)).toMatchObject({ sameRole: 1, otherRole: 0 });
    expect(priorClosing(first)).toMatchObject({ sameRole: 0, otherRole: 1 });
  });

  it('is read again when an edit moves it into another role, with the session cache as without', () => {
    const cache = new AlignmentCache();
    const closingOnly = parseDocument(`## Digital cooperation\n\nBoth sides will cooperate on submarine cables.\n\n${closing.text}\n`);
    alignDraft(closingOnly, index, { cache });
    expect(alignDraft(draft, index, { cache })).toEqual(alignDraft(draft, index));
  });

  it('is read under each heading it stands under', () => {
    const text = 'Both sides will explore cooperation on research infrastructures.';
    const twice = parseDocument(`## 1. Submarine Cables\n\n${text}\n\n## 2. Quantum Technology\n\n${text}\n`);
    const [a, b] = twice.blocks.filter((block) => block.kind !== 'heading');
    const reasons = alignDraft(twice, index).alignments;
    expect(reasons.find((r) => r.block === a.index)!.reason).not.toBe(reasons.find((r) => r.block === b.index)!.reason);
  });
});
