/**
 * A negotiating text as a careful official reads it before it is agreed:
 * what both sides would be committed to however the open points are
 * settled (draft 2027ac, written blind). Square brackets hold what is not
 * yet agreed:
 * - alternatives side by side ("both sides [will][intend to] enhance",
 *   "[EU: ...][JP: ...]"): the weaker stands, the first when none is weaker;
 *   one that only asks to delete ("[JP: delete]") makes the passage absent;
 * - a passage in brackets alone ("will [continue to] encourage", a whole
 *   sentence bracketed): absent;
 * - a placeholder for a date, a number or a name ("held in [Tokyo in March
 *   2027]"): it stands, unbracketed;
 * - a side's comment or a paragraph's status ("[JP: delete]", "[Agreed]",
 *   "[Pending]"): absent.
 * Markdown links ("[text](url)") and footnote marks ("[^1]") are not
 * brackets of a negotiation.
 */

/** A span of a sentence and what the reading puts in its place. */
export interface BracketReading {
  start: number;
  end: number;
  word: string;
}

/** One or more bracketed passages side by side; not a link's text, not a footnote mark. */
const BRACKETS = /(?:\[(?!\^)[^[\]]*\](?!\())+/gu;
const ONE = /\[([^[\]]*)\]/gu;
/** A side's label before its text ("EU:", "JP proposal:", "EU proposal:"). */
const SIDE = /^\s*\p{Lu}{2,}(?:\s+proposal)?\s*:\s*/u;
const DELETION = /^\s*\p{Lu}{2,}\s*:\s*delete\b/iu;
const STATUS = /^\s*(?:agreed|pending|agreed ad ref|ad ref)\s*$/iu;
/** Words that make an alternative weaker: the one with more of them is the weaker ("could explore" against "will explore"). */
const TENTATIVE = /\b(?:explor\w*|consider\w*|envisag\w*|could|would|may|might|possibl\w*)\b/giu;
const tentativeWords = (text: string): number => text.match(TENTATIVE)?.length ?? 0;
/** A placeholder: short, and a date, a number or a name. */
const PLACEHOLDER = /^(?:[^:]{0,40}\d[^:]{0,40}|\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,3})$/u;

/** The negotiating brackets of a sentence, each with what the reading puts in its place; none in most sentences. */
export function bracketReadings(sentence: string): BracketReading[] {
  if (!sentence.includes('[')) return [];
  const readings: BracketReading[] = [];
  BRACKETS.lastIndex = 0;
  for (let match = BRACKETS.exec(sentence); match; match = BRACKETS.exec(sentence)) {
    const passages = [...match[0].matchAll(ONE)].map((one) => one[1]);
    readings.push({ start: match.index, end: match.index + match[0].length, word: readingOf(passages) });
  }
  return readings;
}

function readingOf(passages: readonly string[]): string {
  if (passages.length === 1) {
    const [passage] = passages;
    if (STATUS.test(passage) || SIDE.test(passage)) return '';
    return PLACEHOLDER.test(passage.trim()) ? passage : '';
  }
  if (passages.some((passage) => DELETION.test(passage))) return '';
  const texts = passages.map((passage) => passage.replace(SIDE, ''));
  // The weaker; the first among equals.
  return texts.reduce((weaker, text) => (tentativeWords(text) > tentativeWords(weaker) ? text : weaker));
}
