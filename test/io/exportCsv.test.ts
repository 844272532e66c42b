import { describe, expect, it } from 'vitest';
import type { CommitmentCsvRow } from '../../io/commitmentCsvRows';
import { commitmentsCsv } from '../../io/exportCsv';

/** What Excel needs first to read a CSV file as UTF-8. */
const BOM = '\uFEFF';

const HEADER = 'prior statement,sentence,marker,firmness,fate,draft block,draft sentence,why';

const row = (overrides: Partial<CommitmentCsvRow>): CommitmentCsvRow => ({
  prior: 'statement-2025',
  sentence: 'Both sides are committed to exploring the opportunity of collaborative research.',
  marker: 'are committed to',
  firmness: 'firm',
  fate: 'kept',
  draftBlock: '7',
  draftSentence: '',
  why: 'restated',
  ...overrides,
});

describe('commitments as CSV', () => {
  it('starts with the header, even with no rows', () => {
    expect(commitmentsCsv([])).toBe(`${BOM}${HEADER}\r\n`);
  });

  it.each([
    ['a plain sentence is written as is', 'Both sides welcomed the call.', 'Both sides welcomed the call.'],
    ['a comma is quoted', 'On 5G, both sides agreed.', '"On 5G, both sides agreed."'],
    ['a quote is doubled and quoted', 'referred to as “both sides” and "the parties"', '"referred to as “both sides” and ""the parties"""'],
    ['a line break is quoted', 'first line\nsecond line', '"first line\nsecond line"'],
    ['a carriage return is quoted', 'first\r\nsecond', '"first\r\nsecond"'],
  ])('%s', (_, sentence, field) => {
    expect(commitmentsCsv([row({ sentence })])).toBe(`${BOM}${HEADER}\r\nstatement-2025,${field},are committed to,firm,kept,7,,restated\r\n`);
  });

  it('writes the columns in order, one record per row', () => {
    const csv = commitmentsCsv([row({}), row({ prior: 'statement-2024', fate: 'dropped', draftBlock: '' })]);
    expect(csv.split('\r\n')).toEqual([
      BOM + HEADER,
      'statement-2025,Both sides are committed to exploring the opportunity of collaborative research.,are committed to,firm,kept,7,,restated',
      'statement-2024,Both sides are committed to exploring the opportunity of collaborative research.,are committed to,firm,dropped,,,restated',
      '',
    ]);
  });

  it('is UTF-8 after a byte-order mark, as Excel reads it: a curly apostrophe survives the bytes', () => {
    const sentence = 'Both sides welcomed Japan’s “Society 5.0” – and the EU’s data strategy.';
    const bytes = Buffer.from(commitmentsCsv([row({ sentence })]), 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // The bytes of "’" (E2 80 99), not the code page's one byte for it.
    expect(bytes.includes(Buffer.from([0xe2, 0x80, 0x99]))).toBe(true);
    const read = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    expect(read.split('\r\n')[1]).toBe(`statement-2025,${sentence},are committed to,firm,kept,7,,restated`);
  });
});
