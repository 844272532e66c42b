import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PrecedentIndex, alignDraft, droppedAgreedLanguage, droppedFromLatest, latestPriorOf, parseDocument, statementBlocks, statementTemplate } from '../../engine/index';
import { corpusDir } from '../support/gold';

const prior = (id: string) => {
  const document = parseDocument(readFileSync(new URL(`${id}.md`, corpusDir), 'utf8'));
  return { id, date: String(document.frontMatter.date), document };
};

/** The next statement as the desk starts it (the 2026 note from its title on), with the paragraphs starting so taken out. */
function draftWithout(starts: string[]): string {
  const note = readFileSync(new URL('council-note-8288-1-26-rev1.md', corpusDir), 'utf8');
  const paragraphs = statementTemplate(note, parseDocument(note)).split('\n\n');
  const kept = paragraphs.filter((p) => !starts.some((start) => p.startsWith(start)));
  expect(paragraphs.length - kept.length).toBe(starts.length);
  return kept.join('\n\n');
}

const DELETED = ['Digital transformation is best achieved', 'To this end, both sides committed', 'A secure and resilient digital backbone', 'To ensure a safe and fair digital environment'];

describe('what a draft drops, as the desk and every report count it', () => {
  const priors = ['statement-2024', 'statement-2025', 'council-note-8288-1-26-rev1'].map(prior);
  const draft = parseDocument(draftWithout(DELETED));
  const index = new PrecedentIndex(priors.map((p) => ({ blocks: statementBlocks(p.document), date: p.date })));
  const alignment = alignDraft(draft, index);
  const note = priors[2];

  it('is the paragraphs of the latest statement taken out of the draft, in its order, and nothing else', () => {
    const { latest, dropped } = droppedFromLatest(priors, alignment);
    expect(latest).toBe(2);
    const texts = dropped.map((d) => note.document.blocks[d.block].text);
    expect(texts).toHaveLength(DELETED.length);
    DELETED.forEach((start, at) => expect(texts[at].startsWith(start)).toBe(true));
  });

  it('leaves out the covering sentence of a Council note even when the alignment lists it (as the command line does)', () => {
    const cover = note.document.blocks.find((block) => block.text.startsWith('Delegations will find in the annex'))!;
    const withCover = { dropped: [{ prior: 2, block: cover.index, about: 'the covering sentence of the Council note' }, ...alignment.dropped] };
    expect(droppedFromLatest(priors, withCover)).toEqual(droppedFromLatest(priors, alignment));
  });

  it('leaves out the date line of the latest statement, which a draft may carry on its title line', () => {
    const undated = parseDocument(draftWithout([...DELETED, '5 May 2026, Brussels']));
    const withoutDateLine = alignDraft(undated, index);
    const dateLine = note.document.blocks.find((block) => block.text === '5 May 2026, Brussels')!;
    // Nothing continues it: the alignment lists it, as it lists every block no draft block continues.
    expect(withoutDateLine.dropped.some((d) => d.prior === 2 && d.block === dateLine.index)).toBe(true);
    expect(droppedFromLatest(priors, withoutDateLine)).toEqual(droppedFromLatest(priors, alignment));
    expect(droppedAgreedLanguage(priors, withoutDateLine).some((d) => d.block === dateLine.index && d.prior === 2)).toBe(false);
  });

  it('of every prior, leaves out only what is not agreed language: the covering sentence and date lines', () => {
    const all = droppedAgreedLanguage(priors, alignment);
    expect(all.filter((d) => d.prior === 2)).toEqual(droppedFromLatest(priors, alignment).dropped);
    const older = all.filter((d) => d.prior < 2).map((d) => priors[d.prior].document.blocks[d.block].text);
    expect(older.length).toBeGreaterThan(5);
    expect(older.filter((text) => /^\d{1,2} \w+ \d{4}, \w+$/u.test(text))).toEqual([]);
  });

  it('reads the same from the latest prior\'s own list as from the whole list', () => {
    expect(alignment.droppedByPrior).toBeDefined();
    expect(droppedFromLatest(priors, alignment)).toEqual(droppedFromLatest(priors, { dropped: alignment.dropped }));
  });

  it('finds the latest prior by date, whatever the order given', () => {
    const reversed = [...priors].reverse();
    const { latest, dropped } = droppedFromLatest(reversed, { dropped: alignment.dropped.map((d) => ({ ...d, prior: 2 - d.prior })) });
    expect(latest).toBe(0);
    expect(dropped.map((d) => d.block)).toEqual(droppedFromLatest(priors, alignment).dropped.map((d) => d.block));
  });

  it.each([
    ['no priors: none', [], null],
    ['an undated prior is older than a dated one', [{ date: '2025-05-12' }, {}], 0],
    ['of equal dates, the last given', [{ date: '2025-05-12' }, { date: '2025-05-12' }], 1],
  ])('%s', (_story, dates, latest) => {
    expect(latestPriorOf(dates)).toBe(latest);
  });
});
