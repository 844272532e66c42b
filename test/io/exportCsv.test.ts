import { describe, expect, it } from 'vitest';
import { commitmentsCsv, type CommitmentCsvRow } from '../../io/exportCsv';

const HEADER = 'prior statement,sentence,marker,firmness,fate,draft block';

const row = (overrides: Partial<CommitmentCsvRow>): CommitmentCsvRow => ({
  prior: 'statement-2025',
  sentence: 'Both sides are committed to exploring the opportunity of collaborative research.',
  marker: 'are committed to',
  firmness: 'firm',
  fate: 'kept',
  draftBlock: '7',
  ...overrides,
});

describe('commitments as CSV', () => {
  it('starts with the header, even with no rows', () => {
    expect(commitmentsCsv([])).toBe(`${HEADER}\r\n`);
  });

  it.each([
    ['a plain sentence is written as is', 'Both sides welcomed the call.', 'Both sides welcomed the call.'],
    ['a comma is quoted', 'On 5G, both sides agreed.', '"On 5G, both sides agreed."'],
    ['a quote is doubled and quoted', 'referred to as “both sides” and "the parties"', '"referred to as “both sides” and ""the parties"""'],
    ['a line break is quoted', 'first line\nsecond line', '"first line\nsecond line"'],
    ['a carriage return is quoted', 'first\r\nsecond', '"first\r\nsecond"'],
  ])('%s', (_, sentence, field) => {
    expect(commitmentsCsv([row({ sentence })])).toBe(`${HEADER}\r\nstatement-2025,${field},are committed to,firm,kept,7\r\n`);
  });

  it('writes the columns in order, one record per row', () => {
    const csv = commitmentsCsv([row({}), row({ prior: 'statement-2024', fate: 'dropped', draftBlock: '' })]);
    expect(csv.split('\r\n')).toEqual([
      HEADER,
      'statement-2025,Both sides are committed to exploring the opportunity of collaborative research.,are committed to,firm,kept,7',
      'statement-2024,Both sides are committed to exploring the opportunity of collaborative research.,are committed to,firm,dropped,',
      '',
    ]);
  });
});
