import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compareRevisions, parseDocument } from '../../engine/index';
import { corpusDir } from '../support/gold';

const compare = (before: string[], after: string[]) => compareRevisions(parseDocument(before.join('\n\n')), parseDocument(after.join('\n\n')));
const types = (result: ReturnType<typeof compare>) => result.operations.map((op) => op.type);

describe('a paragraph edited in place between unchanged neighbours', () => {
  it('is changed when it kept a sentence, though it lost another: the review shows its word diff', () => {
    const result = compare(
      ['# Outcome', 'Both sides welcomed the summit. They regretted the delays.', 'They agreed to meet again in 2027.'],
      ['# Outcome', 'Both sides welcomed the successful summit.', 'They agreed to meet again in 2027.'],
    );
    expect(types(result)).toEqual(['equal', 'changed', 'equal']);
    const changed = result.operations[1];
    expect(changed.diff.filter(([op]) => op === 1).map(([, text]) => text.trim())).toContain('successful');
    expect(changed.diff.filter(([op]) => op === -1).map(([, text]) => text).join('')).toContain('They regretted the delays.');
  });

  it('is deleted and another inserted when nothing of it stayed', () => {
    const result = compare(
      ['# Outcome', 'Both sides welcomed the summit. They regretted the delays.', 'They agreed to meet again in 2027.'],
      ['# Outcome', 'The Council will publish the annex on quantum research funding.', 'They agreed to meet again in 2027.'],
    );
    expect(types(result)).toEqual(['equal', 'deleted', 'inserted', 'equal']);
  });

  it.each([
    ['12 May 2025, Tokyo', '5 May 2026, Brussels'],
    ['Tokyo, 12 May 2025', 'Brussels, 5 May 2026'],
    ['May 12, 2025', 'May 5, 2026'],
    ['3 July 2023, Tokyo', '30 April 2024, The Hague'],
  ])('a date line "%s" changed in place to "%s" is one changed line, with its word diff', (before, after) => {
    const result = compare(['# Joint Statement', before, 'The meeting took place.'], ['# Joint Statement', after, 'The meeting took place.']);
    expect(types(result)).toEqual(['equal', 'changed', 'equal']);
    expect(result.operations[1]).toMatchObject({ old: [1], new: [1] });
    expect(result.operations[1].diff.filter(([op]) => op !== 0).length).toBeGreaterThan(0);
  });

  it.each([
    ['a date line replaced by a sentence', '12 May 2025, Tokyo', 'The meeting took place in Brussels.'],
    ['a sentence naming a date replaced by a date line', 'Both sides met on 12 May 2025 in Tokyo.', '5 May 2026, Brussels'],
  ])('%s is still a deletion and an insertion', (_story, before, after) => {
    const result = compare(['# Joint Statement', before, 'The meeting took place.'], ['# Joint Statement', after, 'The meeting took place.']);
    expect(types(result)).toEqual(['equal', 'deleted', 'inserted', 'equal']);
  });

  it('the date line of the 2025 statement is the one of the 2026 note, changed', () => {
    const [before, after] = ['statement-2025', 'council-note-8288-1-26-rev1'].map((id) => parseDocument(readFileSync(new URL(`${id}.md`, corpusDir), 'utf8')));
    const dateLine = compareRevisions(before, after).operations.find((op) => op.old.some((b) => before.blocks[b].text === '12 May 2025, Tokyo'));
    expect(dateLine).toMatchObject({ type: 'changed', new: [after.blocks.find((b) => b.text === '5 May 2026, Brussels')!.index] });
  });

  it('is left to similarity when more than one block changed between the same neighbours', () => {
    const result = compare(
      ['# Outcome', 'Both sides welcomed the summit. They regretted the delays.', 'A note on cables.', 'They agreed to meet again in 2027.'],
      ['# Outcome', 'Both sides welcomed the successful summit.', 'The annex lists quantum projects.', 'They agreed to meet again in 2027.'],
    );
    expect(types(result).filter((type) => type === 'changed')).toEqual([]);
  });
});
