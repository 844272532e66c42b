/**
 * Drafting checks clear once their fact agrees with the meeting after the
 * latest statement's: drafting the fifth statement from the 2026 (fourth)
 * one, as a drafter updates it fact by fact.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDraftingChecks, parseDocument, statementBlocks, statementTemplate } from '../../engine/index';

const source = readFileSync(new URL('../../corpus/council-note-8288-1-26-rev1.md', import.meta.url), 'utf8');
const statement = parseDocument(source);
const latest = { blocks: statementBlocks(statement), frontMatter: statement.frontMatter };
const template = statementTemplate(source, statement);

/** The template with each [from, to] replaced (every `from` must be there). */
function updated(...edits: Array<[string, string]>): string {
  return edits.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`"${from}" is not in the draft`);
    return text.replaceAll(from, to);
  }, template);
}

/** The pending checks of a draft: the fact and the words flagged. */
function pending(text: string): Array<[string, string]> {
  return findDraftingChecks(parseDocument(text).blocks, latest, text).map((check) => [check.fact, text.slice(check.start, check.end)]);
}

const TITLE: [string, string] = ['# Joint Statement of the fourth meeting', '# Joint Statement of the fifth meeting'];
const ORDINAL: [string, string] = ['The fourth meeting of the European Union (EU)', 'The fifth meeting of the European Union (EU)'];
const DATE: [string, string] = ['5 May 2026', '20 May 2027'];
const PLACE: [string, string] = ['took place in Brussels', 'took place in Tokyo'];
const CO_CHAIRS: [string, string] = ['Henna VIRKKUNEN, the Japanese Minister', 'Henna VIRKKUNEN and the Japanese Minister'];
const NEXT: [string, string] = ['convene the 5th meeting of the EU-Japan Digital Partnership Council in Tokyo in 2027', 'convene the sixth meeting of the EU-Japan Digital Partnership Council in Brussels in 2028'];

describe('drafting checks of the next statement, against the latest', () => {
  it('flags every fact of the fourth meeting in the template, the title included', () => {
    expect(pending(template)).toEqual([
      ['the title', 'fourth meeting'],
      ['a date', '5 May 2026'],
      ['the meeting ordinal', 'The fourth meeting'],
      ['the place', 'took place in Brussels'],
      ['a date', '5 May 2026'],
      ['a co-chair’s name', 'Henna VIRKKUNEN'],
      ['a co-chair’s name', 'MATSUMOTO Hisashi'],
      ['a co-chair’s name', 'HAYASHI Yoshimasa'],
      ['a co-chair’s name', 'OCHI Toshiyuki'],
      ['the next meeting', expect.stringMatching(/^convene the 5th meeting .* in Tokyo in 2027/u)],
    ]);
  });

  it('clears each fact as it is updated, down to none on a finished draft', () => {
    expect(pending(updated(ORDINAL)).map(([fact]) => fact)).not.toContain('the meeting ordinal');
    expect(pending(updated(DATE)).map(([fact]) => fact)).not.toContain('a date');
    expect(pending(updated(PLACE)).map(([fact]) => fact)).not.toContain('the place');
    expect(pending(updated(CO_CHAIRS)).map(([fact]) => fact)).not.toContain('a co-chair’s name');
    expect(pending(updated(NEXT)).map(([fact]) => fact)).not.toContain('the next meeting');
    expect(pending(updated(TITLE, ORDINAL, DATE, PLACE, CO_CHAIRS, NEXT))).toEqual([]);
  });

  it('leaves the meetings of other bodies alone: a working group has its own first meeting', () => {
    const finished = updated(TITLE, ORDINAL, DATE, PLACE, CO_CHAIRS, NEXT);
    const others = finished.replace(
      'Data Strategy Working Group:**',
      'Data Strategy Working Group:** Both sides welcomed the first meeting of the EU-Japan Data Strategy Working Group, held since the third meeting of its sub-group. They decided to convene the second meeting of the Working Group in 2027.',
    );
    expect(others).not.toBe(finished);
    expect(pending(others)).toEqual([]);
    // The Council's own meeting named in the same words is still checked.
    expect(pending(others.replace('welcomed the first meeting of the EU-Japan Data Strategy Working Group', 'welcomed the first meeting of the EU-Japan Digital Partnership Council'))).toEqual([['the meeting ordinal', 'the first meeting']]);
  });

  it('keeps a fact flagged when it was changed, but not to this meeting', () => {
    // One ordinal too far, a date before the last meeting, the next meeting still the fifth or in the latest's year.
    expect(pending(updated(['The fourth meeting of the', 'The sixth meeting of the']))).toContainEqual(['the meeting ordinal', 'The sixth meeting']);
    expect(pending(updated(['5 May 2026', '1 April 2026']))).toContainEqual(['a date', '1 April 2026']);
    expect(pending(updated(['convene the 5th meeting', 'convene the fifth meeting']))).toContainEqual(['the next meeting', expect.stringMatching(/^convene the fifth meeting/u)]);
    expect(pending(updated(['convene the 5th meeting of the EU-Japan Digital Partnership Council in Tokyo in 2027', 'convene the sixth meeting of the EU-Japan Digital Partnership Council in Tokyo in 2026']))).toContainEqual([
      'the next meeting',
      expect.stringMatching(/in 2026/u),
    ]);
  });

  it('checks the title against the first paragraph', () => {
    const draft = updated(ORDINAL, DATE, PLACE, CO_CHAIRS, NEXT);
    const [check] = findDraftingChecks(parseDocument(draft).blocks, latest);
    expect(check.fact).toBe('the title');
    expect(draft.slice(check.start, check.end)).toBe('fourth meeting');
    expect(check.message).toMatch(/this is the fifth meeting/u);
    // A title that names the next ordinal while the first paragraph still says the fourth disagrees with it.
    const [titleOnly] = findDraftingChecks(parseDocument(updated(TITLE)).blocks, latest);
    expect(titleOnly.fact).toBe('the title');
    expect(titleOnly.message).toMatch(/the first paragraph says the fourth/u);
  });

  it('reads "since the third meeting" as the previous meeting: right in the 2025 statement after the 2024 one', () => {
    const source2024 = parseDocument(readFileSync(new URL('../../corpus/statement-2024.md', import.meta.url), 'utf8'));
    const text2025 = readFileSync(new URL('../../corpus/statement-2025.md', import.meta.url), 'utf8');
    const since = (text: string) => findDraftingChecks(parseDocument(text).blocks, { blocks: source2024.blocks, frontMatter: source2024.frontMatter }).filter((c) => c.fact === 'the previous meeting');
    expect(text2025).toMatch(/since the second meeting/u);
    expect(since(text2025)).toEqual([]);
    expect(since(text2025.replace('since the second meeting', 'since the first meeting')).map((c) => c.text)).toEqual(['since the first meeting']);
  });
});
