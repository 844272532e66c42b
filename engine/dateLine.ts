/**
 * A statement's date line: the date of the meeting, with its place before or
 * after ("12 May 2025, Tokyo", "Brussels, 5 May 2026", "May 12, 2025"). Every
 * statement has one under its title, and every new statement changes all of
 * it, so that no word of the old line is left to pair the two by.
 */
import { MONTH_PATTERN as MONTH } from './monthNames';

const DATE = `(?:\\d{1,2} ${MONTH},? \\d{4}|${MONTH} \\d{1,2},? \\d{4})`;
/** A place of one to four words, capitalised ("Tokyo", "The Hague", "Kyoto Prefecture"). */
const PLACE = "\\p{Lu}[\\p{L}'’.-]*(?: [\\p{L}'’.-]+){0,3}";
const DATE_LINE = new RegExp(`^(?:${DATE}(?:,? ${PLACE})?|${PLACE},? ${DATE})$`, 'u');

export function isDateLine(text: string): boolean {
  return DATE_LINE.test(text.trim());
}
