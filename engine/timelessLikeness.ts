/**
 * How alike two sentences are once the facts that change every year are
 * set aside: the ordinal of a recurring event, its month and year, and
 * other numbers. "Both sides welcomed the 8th EU-Japan Cyber Dialogue, held
 * in February 2027" is the next year's telling of "welcomed the progress of
 * the 7th EU-Japan Cyber Dialogue, held in January 2026": six of its words
 * changed with the calendar, and counted as different words they hid that it
 * continues that report and no commitment beside it.
 */
import { boundedMemo } from './boundedMemo';
import { MONTHS } from './monthNames';
import { ORDINAL_WORDS } from './ordinals';
import { diceShare, wordStems } from './words';

const CALENDAR = new Set([...MONTHS, ...ORDINAL_WORDS].flatMap((word) => [...wordStems(word)]));
const NUMERIC = /^\d+(?:st|nd|rd|th)?$/u;

const timelessStems = boundedMemo((text: string): ReadonlySet<string> => new Set([...wordStems(text)].filter((stem) => !CALENDAR.has(stem) && !NUMERIC.test(stem))), 20_000);

/** The Dice share of the two sentences' stems, without ordinals, months, years and other numbers. */
export function timelessLikeness(a: string, b: string): number {
  return diceShare(timelessStems(a), timelessStems(b));
}
