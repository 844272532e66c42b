/**
 * A paragraph folded into its neighbour lives on in the sentence that
 * continues it: on the 2026 statement, its introduction of the economic
 * security section folded, reworded, into the submarine cables bullet.
 */
import { describe, expect, it } from 'vitest';
import { AlignmentCache, PrecedentIndex, alignDraft, parseDocument, statementBlocks, trackCommitments } from '../../engine/index';
import { readCorpusDocument } from '../support/gold';
import { anotherStyleText } from '../../eval/anotherStyle';
import { writtenDraftText } from '../../eval/writtenPairs';

const prior = { blocks: statementBlocks(readCorpusDocument('council-note-8288-1-26-rev1')), date: '2026-05-05' };
const index = new PrecedentIndex([prior]);
const statement = prior.blocks.map((b) => (b.kind === 'heading' ? `## ${b.text}` : b.kind === 'listItem' ? `- ${b.text}` : b.text)).join('\n\n');
const backbone = prior.blocks.find((b) => b.text.startsWith('A secure and resilient digital backbone'))!;
const cables = prior.blocks.find((b) => b.text.startsWith('Submarine Cables:'))!;
/** The introduction's first sentence, reworded, opening the cables bullet; the introduction itself gone. */
const folded = statement
  .replace(`${backbone.text}\n\n`, '')
  .replace('- Submarine Cables: ', '- Submarine Cables: A resilient and secure digital backbone is essential to the economic security of both partners. ');
const takenOut = statement.replace(`${backbone.text}\n\n`, '');

function align(text: string, cache?: AlignmentCache) {
  const draft = parseDocument(text);
  const alignment = alignDraft(draft, index, { cache });
  const bullet = alignment.alignments.find((a) => draft.blocks.find((b) => b.index === a.block)!.text.startsWith('Submarine Cables:'))!;
  return { draft, alignment, bullet };
}

describe('a paragraph folded into its neighbour by one reworded sentence', () => {
  it('is continued by the neighbour, not dropped, and the card says it was merged', () => {
    const { alignment, bullet } = align(folded);
    expect(bullet.matches.map((m) => m.block).sort((a, b) => a - b)).toEqual([backbone.index, cables.index]);
    expect(alignment.dropped.map((d) => d.block)).not.toContain(backbone.index);
    expect(bullet.reason).toContain('also "A secure and resilient digital backbone is essential …", merged into it: a sentence continues it');
    expect(bullet.matches.find((m) => m.block === backbone.index)!.evidence.joinedBy).toBe('sentence');
  });

  it('is dropped when its sentence is said again only in another section’s paragraph: the rest of it is gone', () => {
    const opening = prior.blocks.find((b) => b.text.startsWith('Amidst a rapidly evolving'))!;
    const elsewhere = takenOut.replace(opening.text, `${opening.text} A resilient and secure digital backbone is essential to the economic security of both partners.`);
    const { alignment } = align(elsewhere);
    expect(alignment.dropped.map((d) => d.block)).toContain(backbone.index);
  });

  it('is dropped when taken out with no sentence left behind', () => {
    const { alignment, bullet } = align(takenOut);
    expect(alignment.dropped.map((d) => d.block)).toContain(backbone.index);
    expect(bullet.matches.map((m) => m.block)).toEqual([cables.index]);
  });

  it('speaks only for the sentence that continues it: a commitment of the folded paragraph’s other sentences is still dropped', () => {
    // Our draft 2027p, numbered paragraphs: 2026's platforms introduction folded into the platforms paragraph by its first
    // sentence ("To keep the online environment safe and fair, ..."); its second, "both sides aim to protect and empower users
    // and promote competition", is not carried, and the labels drop it. Read in the whole paragraph it was merged into, it
    // was taken as restated.
    const draft = parseDocument(anotherStyleText(writtenDraftText('2027p')));
    const alignment = alignDraft(draft, index);
    const intro = prior.blocks.find((b) => b.text.startsWith('To ensure a safe and fair digital environment'))!;
    expect(alignment.dropped.map((d) => d.block)).not.toContain(intro.index);
    const aim = trackCommitments([prior], draft, alignment).find((f) => f.block === intro.index && f.sentence.startsWith('By sharing best practices'))!;
    expect(aim.fate).toBe('dropped');
  });

  it('follows the fold keystroke by keystroke as a fresh alignment does', () => {
    const cache = new AlignmentCache();
    for (const text of [statement, folded, takenOut, folded, statement]) {
      const live = align(text, cache);
      expect(live.alignment).toEqual(alignDraft(parseDocument(text), index));
    }
  });
});
