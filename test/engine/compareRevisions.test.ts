import { describe, expect, it } from 'vitest';
import { compareRevisions, parseDocument } from '../../engine/index';

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

  it('is left to similarity when more than one block changed between the same neighbours', () => {
    const result = compare(
      ['# Outcome', 'Both sides welcomed the summit. They regretted the delays.', 'A note on cables.', 'They agreed to meet again in 2027.'],
      ['# Outcome', 'Both sides welcomed the successful summit.', 'The annex lists quantum projects.', 'They agreed to meet again in 2027.'],
    );
    expect(types(result).filter((type) => type === 'changed')).toEqual([]);
  });
});
