/**
 * Marker words misspelt, read as a careful reader reads a hurried draft:
 * "both sides commited to continu advancing" commits as "committed to
 * continue" would, "welcommed the signing" reports as "welcomed" does.
 *
 * A word is read as a marker word only when it is no English word itself
 * (WordNet's, with its inflections: scripts/buildMarkerSpellings.ts lists,
 * at build time, the words that stand within reach of a marker word), starts
 * with the marker word's letter and is one edit from it (a letter left out,
 * doubled, changed, or two swapped). "committee", "continent", "intensive"
 * and "intention" stay themselves. The reading is for the rules alone: what
 * a card quotes is the draft's own text (inSource maps spans back).
 *
 * One edit, not two: every misspelt marker of draft 2027g (34) is one edit
 * from its word; two edits on words of eight letters or more read none more
 * there, and in 800,000 words of English (the packages' documentation) read
 * "decended" as "decided" and "instantion" as "intention", where one edit
 * read nothing.
 */
import { boundedMemo } from './boundedMemo';
import table from './markerSpellings.json';
import { bracketReadings } from './negotiatingBrackets';

/**
 * The words the marker rules (findCommitments.ts) and the reports of
 * progress (readClauses.ts) read, in the forms they read them. Short words
 * ("will", "aim", "plan", "held") are left out: one edit from them lie too
 * many names and abbreviations.
 */
export const MARKER_WORDS: readonly string[] = [
  'commit', 'commits', 'committed', 'committing', 'commitment', 'commitments',
  'affirm', 'affirmed', 'affirming', 'reaffirm', 'reaffirms', 'reaffirmed', 'reaffirming',
  'confirm', 'confirms', 'confirmed', 'confirming', 'reconfirm', 'reconfirmed',
  'reiterate', 'reiterated', 'underlined', 'emphasised', 'emphasized', 'stressed', 'expressed',
  'welcome', 'welcomes', 'welcomed', 'welcoming',
  'intend', 'intends', 'intended', 'intention', 'intentions',
  'continue', 'continues', 'continued', 'continuing', 'continuation',
  'decide', 'decides', 'decided', 'agreed', 'resolved', 'determined', 'concurred',
  'pledge', 'pledged', 'endeavour', 'endeavours', 'undertake', 'envisage', 'envisaged',
  'consider', 'considered', 'consideration', 'explore', 'explored', 'exploration', 'encourage', 'encouraged', 'expects',
  'launched', 'started', 'signed', 'concluded', 'completed', 'adopted', 'established', 'implemented', 'convened', 'hosted',
  'organised', 'organized', 'initiated', 'achieved', 'delivered', 'published', 'exchanged', 'progressed', 'piloted',
];

/** Words of English one edit from a marker word: never read as it. Built from WordNet by `npm run markers`. */
const KNOWN: ReadonlySet<string> = new Set(table.known);
const MARKERS: ReadonlySet<string> = new Set(MARKER_WORDS);

/** Marker words by first letter, to compare a word only with those it could be a slip of. */
const BY_LETTER = new Map<string, string[]>();
for (const word of MARKER_WORDS) BY_LETTER.set(word[0], [...(BY_LETTER.get(word[0]) ?? []), word]);

/**
 * English words that are slips for a marker word in one place only, before
 * a verb's "to". The logician's "intension" (the content of a term) takes
 * "of" and never a verb, so "their intension to intensify the talks" can
 * only be an intention, and "the intension of a term" stays itself. The
 * possessive is not asked for: the same hurried hand writes "there
 * intension to".
 */
const SLIPS_BEFORE_TO: ReadonlyMap<string, string> = new Map([
  ['intension', 'intention'],
  ['intensions', 'intentions'],
]);

/** Their first letters, either case: only a word with one is lower-cased to be looked up. */
const SLIP_LETTERS: ReadonlySet<string> = new Set([...SLIPS_BEFORE_TO.keys()].flatMap((word) => [word[0], word[0].toUpperCase()]));

/**
 * A sentence as the rules read it: misspelt marker words put right,
 * contractions in full, a negotiating text's brackets read
 * (negotiatingBrackets.ts); and the way back to the sentence's own offsets.
 */
export interface SpeltReading {
  /** The sentence with each misspelt marker word replaced by the word it stands for. */
  text: string;
  /** A span of `text` (its offset and length) as the sentence has it: its offset there and its own words. */
  inSource: (at: number, length: number) => { at: number; text: string };
}

/**
 * What `read` finds in a sentence, or, in a sentence with misspelt marker
 * words, what `reread` finds in the sentence as spelt aright (which has no
 * misspelt marker word left), each given back in the sentence's own words
 * and offsets by `back`.
 */
export function readSpelt<T>(sentence: string, read: (text: string) => readonly T[], reread: (text: string) => readonly T[], back: (found: T, spelt: SpeltReading) => T): readonly T[] {
  const spelt = readMarkerSpelling(sentence);
  return spelt ? reread(spelt.text).map((found) => back(found, spelt)) : read(sentence);
}

/**
 * Contractions of plain English, read in full ("We'll keep working on ...",
 * "We've signed ...", "We won't pursue ..."): the marker rules read "we
 * will", "we have", "will not". Only after a pronoun, and "won't" alone.
 */
const CONTRACTION = /\b(?:(we|they|it|i|you)['’](ll|ve|re|d)|(won)['’]t)\b/giu;
const FULL: Readonly<Record<string, string>> = { ll: 'will', ve: 'have', re: 'are', d: 'would' };

function contractionsOf(sentence: string): Replacement[] {
  if (!sentence.includes("'") && !sentence.includes('’')) return [];
  const found: Replacement[] = [];
  CONTRACTION.lastIndex = 0;
  for (let match = CONTRACTION.exec(sentence); match; match = CONTRACTION.exec(sentence)) {
    const word = match[3] ? `${match[3][0] === 'W' ? 'Will' : 'will'} not` : `${match[1]} ${FULL[match[2].toLowerCase()]}`;
    found.push({ start: match.index, end: match.index + match[0].length, word });
  }
  return found;
}

interface Replacement {
  /** Where the word stands in the sentence, and where it ends. */
  start: number;
  end: number;
  word: string;
}

/** A word long enough to be read as a marker word (markerWordOf reads none shorter). */
const WORD = /\p{L}{5,}/gu;

/** The first letters of marker words and slips, either case: a word with another is never looked up. */
const FIRST_LETTERS: ReadonlySet<string> = new Set([...MARKER_WORDS, ...SLIPS_BEFORE_TO.keys()].flatMap((word) => [word[0], word[0].toUpperCase()]));

/**
 * The sentence as the marker rules read it, or null when every word is
 * spelt as they read it (most sentences: the rules then read the sentence
 * itself).
 */
export const readMarkerSpelling: (sentence: string) => SpeltReading | null = boundedMemo(spellingOf, 50_000);

function spellingOf(sentence: string): SpeltReading | null {
  // A negotiating text's brackets are read first (negotiatingBrackets.ts); no word inside them is read again.
  const brackets = bracketReadings(sentence);
  const replacements: Replacement[] = [...brackets, ...contractionsOf(sentence).filter((c) => !brackets.some((b) => c.start < b.end && b.start < c.end))];
  const inBrackets = (at: number) => brackets.some((bracket) => at >= bracket.start && at < bracket.end);
  WORD.lastIndex = 0;
  for (let match = WORD.exec(sentence); match; match = WORD.exec(sentence)) {
    const word = match[0];
    if (brackets.length > 0 && inBrackets(match.index)) continue;
    if (!FIRST_LETTERS.has(word[0])) continue;
    const end = match.index + word.length;
    const slip = SLIP_LETTERS.has(word[0]) ? SLIPS_BEFORE_TO.get(word.toLowerCase()) : undefined;
    const meant = slip ? (/^\s+to\b/iu.test(sentence.slice(end, end + 4)) ? slip : null) : markerWordOf(word);
    if (meant) replacements.push({ start: match.index, end, word: meant });
  }
  return replacements.length === 0 ? null : readingWith(sentence, replacements.sort((a, b) => a.start - b.start));
}

/**
 * The marker word a word is a slip for, with the word's capital, or null.
 * Words recur from sentence to sentence ("cooperation", "sides"), hence the
 * memo: a sentence new to the engine costs a lookup a word.
 */
const markerWordOf: (word: string) => string | null = boundedMemo((word: string) => {
  const lower = word.toLowerCase();
  if (lower.length < 5 || MARKERS.has(lower) || KNOWN.has(lower)) return null;
  let meant: string | null = null;
  for (const marker of BY_LETTER.get(lower[0]) ?? []) {
    if (Math.abs(marker.length - lower.length) > 1 || !withinOneEdit(lower, marker)) continue;
    // Two marker words equally near (inflections can be): no reading.
    if (meant !== null) return null;
    meant = marker;
  }
  return meant && word[0] !== lower[0] ? meant[0].toUpperCase() + meant.slice(1) : meant;
}, 50_000);

/**
 * Whether two different words are one edit apart: a letter inserted,
 * deleted or changed, or two neighbours swapped ("comitted", "committted",
 * "commited", "comimtted").
 */
export function withinOneEdit(a: string, b: string): boolean {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const [restA, restB] = [endA - start, endB - start];
  if (restA + restB <= 1) return restA + restB === 1;
  if (restA === 1 && restB === 1) return true;
  return restA === 2 && restB === 2 && a[start] === b[start + 1] && a[start + 1] === b[start];
}

function readingWith(sentence: string, replacements: readonly Replacement[]): SpeltReading {
  let text = '';
  let from = 0;
  /** Where each replacement starts and ends in `text`, beside where it does in the sentence. */
  const spans: Array<{ at: number; to: number; start: number; end: number }> = [];
  for (const { start, end, word } of replacements) {
    text += sentence.slice(from, start);
    spans.push({ at: text.length, to: text.length + word.length, start, end });
    text += word;
    from = end;
  }
  text += sentence.slice(from);
  // A span that starts or ends inside a replaced word takes the whole word ("We'll keep" for "will keep" in "We will keep").
  const toSource = (at: number, isEnd: boolean): number => {
    let shift = 0;
    for (const span of spans) {
      if (at < span.at || (isEnd && at === span.at)) break;
      if (at < span.to || (isEnd && at === span.to)) return isEnd ? span.end : span.start;
      shift = span.end - span.to;
    }
    return at + shift;
  };
  return {
    text,
    inSource: (at, length) => {
      const [start, end] = [toSource(at, false), toSource(at + length, true)];
      return { at: start, text: sentence.slice(start, end) };
    },
  };
}
