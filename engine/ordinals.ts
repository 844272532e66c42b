/**
 * Ordinals of recurring events ("the fifth meeting", "the 8th EU-Japan Cyber
 * Dialogue"): which meeting a statement reports, which one it convenes, and
 * whether two sentences speak of the same occurrence of an event at all.
 */
export const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

/** An ordinal in words or figures, as a pattern to build others with. */
export const ORDINAL = `(?:${ORDINAL_WORDS.join('|')}|\\d+(?:st|nd|rd|th))`;

/** "fifth" or "5th" as 5. */
export function ordinalNumber(word: string): number {
  const at = ORDINAL_WORDS.indexOf(word.toLowerCase());
  return at >= 0 ? at + 1 : Number.parseInt(word, 10);
}

/** An ordinal and, within a few words, the kind of event it counts ("the 7th EU-Japan Cyber Dialogue", "the fifth meeting"). */
const EVENT_ORDINAL = new RegExp(`\\b(${ORDINAL})\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,4}?(meeting|dialogue|edition|round|session|summit|council|forum|conference)s?\\b`, 'giu');

const SCHEDULING = /\b(?:convene|convened|hold|held|host|hosted|organi[sz]e|organi[sz]ed|take place|took place|takes place)\b/iu;

/**
 * The ordinals of the recurring events a sentence convenes or holds ("decided
 * to convene the 5th meeting", "the fourth Council to be held in Brussels"),
 * as numbers; none for one that merely refers to an event ("the areas
 * identified at the third Council").
 */
export function scheduledOrdinals(sentence: string): number[] {
  return scheduledEvents(sentence).map((event) => event.ordinal);
}

/**
 * A council's numbered occurrences are its meetings: "the fourth Digital
 * Partnership Council to be held in Brussels" is "the fourth meeting of the
 * ... Digital Partnership Council", which took place there.
 */
const kindOf = (word: string): string => (word.toLowerCase() === 'council' ? 'meeting' : word.toLowerCase());

/** The recurring events a sentence convenes or holds, each as its ordinal and the kind of event ("meeting", "dialogue"). */
export function scheduledEvents(sentence: string): Array<{ ordinal: number; kind: string }> {
  if (!SCHEDULING.test(sentence)) return [];
  return [
    ...[...sentence.matchAll(EVENT_ORDINAL)].map((match) => ({ ordinal: ordinalNumber(match[1]), kind: kindOf(match[2]) })),
    ...[...sentence.matchAll(NUMBERED_MEETING)].map((match) => ({ ordinal: Number.parseInt(match.groups!.number, 10), kind: 'meeting' })),
  ];
}

/**
 * A meeting named, as notes name it, by its body's acronym and its number
 * ("DPC5 held in Tokyo", "convene DPC6 in Brussels"): two capitals at least,
 * so "G7" and "G20", which are no meetings' numbers, are not read. Capitals
 * only where a pattern has no "i" flag: with it, \p{Lu} takes any letter.
 */
export const NUMBERED_MEETING_NAME = String.raw`\p{Lu}{2,}(?<number>\d{1,2})`;
const NUMBERED_MEETING = new RegExp(String.raw`\b${NUMBERED_MEETING_NAME}\b`, 'gu');
