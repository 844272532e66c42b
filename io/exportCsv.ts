/**
 * The commitments of a draft traced back to prior statements, as CSV for a
 * spreadsheet (RFC 4180: CRLF line ends, fields with commas, quotes or line
 * breaks quoted, quotes doubled), in UTF-8 after a byte-order mark: without
 * it Excel reads the file in the system's code page, and "’" or "–" come
 * out garbled.
 */
import { stringify } from 'csv-stringify/sync';
import type { CommitmentCsvRow } from './commitmentCsvRows';

const COLUMNS: Array<{ key: keyof CommitmentCsvRow; header: string }> = [
  { key: 'prior', header: 'prior statement' },
  { key: 'sentence', header: 'sentence' },
  { key: 'marker', header: 'marker' },
  { key: 'firmness', header: 'firmness' },
  { key: 'fate', header: 'fate' },
  { key: 'draftBlock', header: 'draft block' },
  { key: 'draftSentence', header: 'draft sentence' },
  { key: 'why', header: 'why' },
];

/** U+FEFF, written as EF BB BF: how Excel knows a CSV file is UTF-8. */
export const BYTE_ORDER_MARK = '\uFEFF';

export function commitmentsCsv(rows: CommitmentCsvRow[]): string {
  // csv-stringify quotes a field holding the record delimiter (CRLF) but not a lone LF or CR, which RFC 4180 readers need quoted too.
  return BYTE_ORDER_MARK + stringify(rows, { header: true, columns: COLUMNS, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}
