import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareRevisions, describeMarks, parseDocument, readCouncilNoteCover } from '../../engine/index';
import { readCorpusDocument, sharedDir } from '../support/gold';

const seed = readFileSync(new URL('seeds/000_8f1402587a027197.txt', sharedDir), 'utf8');
/** The real note with its number lines replaced, as the other versions of the note would print them. */
const variant = (numberLines: string) => seed.replace('8288/1/26\nREV 1', numberLines);

describe('the cover of a Council note, read from the text', () => {
  it('reads every field of the real 2026 note (8288/1/26 REV 1)', () => {
    const cover = readCouncilNoteCover(seed)!;
    expect(cover).toMatchObject({
      number: '8288/1/26',
      family: '8288/26',
      marks: [{ kind: 'REV', number: 1 }],
      date: '2026-04-24',
      place: 'Brussels',
      language: 'OR. en',
      classification: 'LIMITE',
      codes: ['TELECOM 172', 'CYBER 167', 'COASI 71', 'RELEX 513', 'ASIE 15', 'SERVICES 18'],
      noteType: 'NOTE',
      from: 'General Secretariat of the Council',
      to: 'Delegations',
      subject: 'Joint Statement of the fourth meeting of the European Union - Japan Digital Partnership Council (Brussels, 5 May 2026) (NBI 2nd step)',
      step: 'NBI 2nd step',
    });
    expect(seed.slice(cover.end).trimStart()).toMatch(/^Delegations will find in the annex/);
  });

  it.each([
    ['the initial version', '8288/26\nINIT', '8288/26', 'INIT'],
    ['the initial version without a mark', '8288/26', '8288/26', 'INIT'],
    ['a second revision', '8288/2/26\nREV 2', '8288/2/26', 'REV 2'],
    ['a corrigendum', '8288/26\nCOR 1', '8288/26', 'COR 1'],
    ['an addendum', '8288/26\nADD 1', '8288/26', 'ADD 1'],
    ['a corrigendum to a revision', '8288/1/26\nREV 1\nCOR 1', '8288/1/26', 'REV 1 COR 1'],
    ['marks on the number line', '8288/1/26 REV 1', '8288/1/26', 'REV 1'],
  ])('%s: %j', (_, lines, number, marks) => {
    const cover = readCouncilNoteCover(variant(lines))!;
    expect(cover.number).toBe(number);
    expect(cover.family).toBe('8288/26');
    expect(describeMarks(cover.marks)).toBe(marks);
    expect(cover.classification).toBe('LIMITE');
    expect(cover.subject).toContain('(NBI 2nd step)');
  });

  it('finds no cover in a statement that has none', () => {
    const statement = readFileSync(new URL('seeds/001_52ec7fc70790cf49.txt', sharedDir), 'utf8');
    expect(readCouncilNoteCover(statement)).toBeNull();
    expect(parseDocument(statement).cover).toBeNull();
  });

  it('keeps the cover out of the blocks: the first block is the covering sentence', () => {
    const document = parseDocument(seed, { format: 'text' });
    expect(document.cover?.number).toBe('8288/1/26');
    expect(document.blocks[0].text).toMatch(/^Delegations will find in the annex the revised Joint Statement/);
    expect(document.blocks.some((block) => block.text === 'LIMITE' || block.text.startsWith('TELECOM'))).toBe(false);
  });

  it('reads the cover of the corpus file from its front matter', () => {
    expect(readCorpusDocument('council-note-8288-1-26-rev1').cover).toMatchObject({ number: '8288/1/26', family: '8288/26', marks: [{ kind: 'REV', number: 1 }], date: '2026-04-24' });
  });
});

describe('covers compared field by field', () => {
  it('shows the number, revision, date and subject that changed between two versions of the note', () => {
    const before = parseDocument(variant('8288/26\nINIT').replace('Brussels, 24 April 2026', 'Brussels, 17 April 2026').replace('(NBI 2nd step)', '(NBI 1st step)'), { format: 'text' });
    const after = parseDocument(seed, { format: 'text' });
    const { header } = compareRevisions(before, after);
    expect(header.number).toEqual(['8288/26', '8288/1/26']);
    expect(header.revision).toEqual(['INIT', 'REV 1']);
    expect(header.date).toEqual(['2026-04-17', '2026-04-24']);
    expect(header.step).toEqual(['NBI 1st step', 'NBI 2nd step']);
    expect(header.classification).toEqual(['LIMITE', 'LIMITE']);
  });
});
