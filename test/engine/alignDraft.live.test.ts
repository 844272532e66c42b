import { describe, expect, it } from 'vitest';
import { AlignmentCache, IncrementalParser, PrecedentIndex, alignDraft, parseDocument, statementBlocks } from '../../engine/index';
import { readCorpusDocument } from '../support/gold';
import { mulberry32 } from '../fixtures/revisionPairs';

describe('live alignment while typing', () => {
  const priors = [readCorpusDocument('statement-2024'), readCorpusDocument('statement-2025')];
  const index = new PrecedentIndex(priors);
  const source = statementSource();

  it('gives the same alignment with the cache as without, keystroke after keystroke', () => {
    const cache = new AlignmentCache();
    const parser = new IncrementalParser();
    let text = source;
    for (const insert of [' notably', ' and quantum', '\n\nBoth sides will cooperate on submarine cables.\n']) {
      const at = text.indexOf('\n\n', Math.floor(text.length / 2));
      text = `${text.slice(0, at)}${insert}${text.slice(at)}`;
      expect(alignDraft(parser.parse(text), index, { cache })).toEqual(alignDraft(parseDocument(text), index));
    }
  });

  it('decides again only what an edit contests, and gives what a fresh alignment gives, over many kinds of edit', () => {
    const cache = new AlignmentCache();
    const random = mulberry32(5);
    let text = source;
    const paragraphs = () => text.split('\n\n');
    const edits: Array<() => string> = [
      // A word typed inside a paragraph.
      () => {
        const at = Math.floor(random() * text.length);
        return `${text.slice(0, at)}x${text.slice(at)}`;
      },
      // A paragraph pasted twice, or taken out.
      () => {
        const list = paragraphs();
        const i = Math.floor(random() * list.length);
        return [...list.slice(0, i), list[i], ...list.slice(i)].join('\n\n');
      },
      () => {
        const list = paragraphs();
        const i = Math.floor(random() * list.length);
        return [...list.slice(0, i), ...list.slice(i + 1)].join('\n\n');
      },
      // A heading put in, two paragraphs swapped, a paragraph's topic changed.
      () => {
        const list = paragraphs();
        const i = Math.floor(random() * list.length);
        return [...list.slice(0, i), '## A new section', ...list.slice(i)].join('\n\n');
      },
      () => {
        const list = paragraphs();
        const i = Math.floor(random() * (list.length - 1));
        [list[i], list[i + 1]] = [list[i + 1], list[i]];
        return list.join('\n\n');
      },
      () => text.replace(/submarine cables/iu, 'quantum computing'),
    ];
    for (let step = 0; step < 40; step++) {
      text = edits[Math.floor(random() * edits.length)]();
      expect(alignDraft(parseDocument(text), index, { cache }), `after edit ${step}`).toEqual(alignDraft(parseDocument(text), index));
    }
  });

  it('keeps the dropped list right as paragraphs are cut and put back', () => {
    const cache = new AlignmentCache();
    const paragraphs = source.split('\n\n');
    const cut = (from: number, count: number) => [...paragraphs.slice(0, from), ...paragraphs.slice(from + count)].join('\n\n');
    const first = alignDraft(parseDocument(source), index, { cache });
    for (const text of [cut(12, 3), cut(5, 1), source, cut(20, 4), source]) {
      const live = alignDraft(parseDocument(text), index, { cache });
      expect(live.dropped).toEqual(alignDraft(parseDocument(text), index).dropped);
    }
    expect(alignDraft(parseDocument(cut(12, 3)), index, { cache }).dropped.length).toBeGreaterThan(first.dropped.length);
  });

  it('keeps the dropped list right when one keystroke moves many links at once, among near-copies of the priors', () => {
    // Copies reworded a little: an edit moves a block's links from one copy to another, so the dropped list loses and gains several blocks in one keystroke.
    const reworded = (from: RegExp, to: string) => priors.map((prior) => ({ blocks: prior.blocks.map((block) => ({ ...block, text: block.text.replace(from, to) })) }));
    const copies = new PrecedentIndex([...priors, ...reworded(/\bcooperation\b/gu, 'collaboration'), ...reworded(/\bboth sides\b/giu, 'the two partners')]);
    const cache = new AlignmentCache();
    const random = mulberry32(11);
    const paragraphs = source.split('\n\n');
    let last = alignDraft(parseDocument(source), copies, { cache }).dropped;
    let most = { in: 0, out: 0 };
    for (let step = 0; step < 60; step++) {
      const list = paragraphs.slice();
      const i = Math.floor(random() * list.length);
      list[i] = random() < 0.5 ? list[i].replace(/\bcooperation\b/u, 'collaboration') : list[i].replace(/\bboth sides\b/iu, 'the two partners');
      if (random() < 0.3) list.splice(Math.floor(random() * list.length), 1);
      const text = list.join('\n\n');
      const live = alignDraft(parseDocument(text), copies, { cache });
      expect(live, `after edit ${step}`).toEqual(alignDraft(parseDocument(text), copies));
      // Each prior's own list is the whole list's blocks of that prior: the two views never part.
      expect(live.droppedByPrior).toEqual(copies.priors.map((_, p) => live.dropped.filter((d) => d.prior === p)));
      const keys = (dropped: typeof last) => new Set(dropped.map((d) => `${d.prior}:${d.block}`));
      const [before, after] = [keys(last), keys(live.dropped)];
      const change = { in: [...after].filter((key) => !before.has(key)).length, out: [...before].filter((key) => !after.has(key)).length };
      if (Math.min(change.in, change.out) > 0 && change.in + change.out > most.in + most.out) most = change;
      last = live.dropped;
    }
    // Some keystroke both put blocks back on the list and took others off, many in all.
    expect(Math.min(most.in, most.out)).toBeGreaterThan(0);
    expect(most.in + most.out).toBeGreaterThanOrEqual(6);
  });

  it('hands each caller a dropped list of its own: sorting or cutting it changes nothing the session keeps', () => {
    const cache = new AlignmentCache();
    const paragraphs = source.split('\n\n');
    const mangled = alignDraft(parseDocument(source), index, { cache }).dropped;
    mangled.reverse();
    mangled.length = 1;
    const text = paragraphs.slice(1).join('\n\n');
    expect(alignDraft(parseDocument(text), index, { cache })).toEqual(alignDraft(parseDocument(text), index));
  });

  it('gives what a fresh alignment gives when an edit is undone, one block after another (the run before the latest is kept)', () => {
    const cache = new AlignmentCache();
    const paragraphs = source.split('\n\n');
    const edited = (i: number) => paragraphs.map((p, j) => (j === i ? p.replace(/\bboth sides\b/iu, 'the two partners').replace(/\.$/u, ', notably.') : p)).join('\n\n');
    for (const text of [source, edited(4), source, edited(9), edited(4), source, edited(4), edited(4)]) {
      expect(alignDraft(parseDocument(text), index, { cache })).toEqual(alignDraft(parseDocument(text), index));
    }
  });

  it('diffs a sentence taken out of a long paragraph and edited against that sentence, not the whole paragraph', () => {
    const paragraph = priors[1].blocks.find((block) => block.sentences.length >= 3 && block.text.split(' ').length > 60)!;
    const taken = paragraph.sentences[1].text;
    const edited = taken.replace(/\bboth sides\b/iu, 'the two partners');
    const [alignment] = alignDraft(parseDocument(edited), index).alignments;
    expect(alignment.status).not.toBe('new');
    const from = alignment.diff.filter(([op]) => op !== 1).map(([, text]) => text).join('');
    expect(from).toBe(taken);
    // The whole paragraph would have shown every other sentence deleted.
    expect(alignment.diff.filter(([op]) => op === -1).map(([, text]) => text).join('').length).toBeLessThan(taken.length);
  });

  it('counts the draft words that stand in a prior statement as agreed language', () => {
    const carried = priors[1].blocks.find((block) => block.text.startsWith('On semiconductors'))!;
    const { agreed, words } = index.agreedWords(carried.text);
    expect(agreed).toBe(words);
    expect(index.agreedWords('Penguins enjoy quiet winters near the southern glaciers.').agreed).toBe(0);
  });
});

function statementSource(): string {
  return readCorpusDocument('council-note-8288-1-26-rev1').blocks.map((block) => (block.kind === 'heading' ? `## ${block.text}` : block.text)).join('\n\n');
}

describe('a Council note as a prior statement', () => {
  it('offers its statement, not its covering sentence, and keeps the note’s block numbers', () => {
    const note = readCorpusDocument('council-note-8288-1-26-rev1');
    const blocks = statementBlocks(note);
    expect(blocks[0].text).toMatch(/^Joint Statement of the fourth meeting/);
    const index = new PrecedentIndex([{ blocks }]);
    const draft = parseDocument(`${note.blocks[5].text}\n\nDelegations will find in the annex the revised Joint Statement.\n`);
    const result = alignDraft(draft, index);
    expect(result.alignments[0]).toMatchObject({ status: 'carried', matches: [expect.objectContaining({ block: 5 })] });
    expect(result.alignments[1].status).toBe('new');
    expect(result.dropped.some((d) => d.block === 0)).toBe(false);
  });
});
