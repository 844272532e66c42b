/**
 * Words of a text, for similarity and for word diffs. A regular expression,
 * not Intl.Segmenter's word mode (1.9 s on 110 KB in Node 20): this runs on
 * every keystroke. Han and kana runs have no spaces, so each character is a
 * unit of its own there.
 */
import { stemmer } from 'stemmer';
import { boundedMemo } from './boundedMemo';

/** Word, CJK character, single punctuation mark or white-space run: concatenated, they give back the text. */
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+(?:['’][\p{L}]+)*|\s+|[^\s\p{L}\p{N}]/gu;
const WORD = /^[\p{L}\p{N}]/u;
/**
 * The word and CJK alternatives of TOKEN alone: what lies between them in
 * TOKEN's partition (white space, marks) holds no letter or digit, so they
 * match where TOKEN's do. A CJK character that is not a letter (a radical)
 * is matched as TOKEN matches it, and is no word.
 */
const WORD_TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const CJK = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;

/** Units of a word diff: words, CJK characters, punctuation marks and white-space runs. */
export function diffUnits(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/**
 * Abbreviations the statements use interchangeably with their long forms
 * ("MoC" and "Memorandum of Cooperation" are the same words to a drafter).
 */
const EXPANSIONS = new Map<string, string[]>(Object.entries({
  moc: ['memorandum', 'of', 'cooperation'],
  mocs: ['memoranda', 'of', 'cooperation'],
  dfft: ['data', 'free', 'flow', 'with', 'trust'],
  eu: ['european', 'union'],
  ai: ['artificial', 'intelligence'],
  hpc: ['high', 'performance', 'computing'],
  iot: ['internet', 'of', 'things'],
  loi: ['letter', 'of', 'intent'],
  dpc: ['digital', 'partnership', 'council'],
  oecd: ['oecd'],
}));

/**
 * Lower-case words with known abbreviations spelled out: the text as
 * "near-verbatim" compares it. A block's profile and its index terms both
 * read them: memoised, so a text is tokenised once.
 */
export const plainWords: (text: string) => readonly string[] = boundedMemo(readPlainWords, 20_000);

function readPlainWords(text: string): string[] {
  const words: string[] = [];
  // The words alone, not every unit of the diff: on a long document's first compare this ran cold over thousands of words.
  for (const token of text.match(WORD_TOKEN) ?? []) {
    // A token of two units or more from the word alternative starts with a letter or digit; a short one may be a CJK symbol.
    if (token.length <= 2 && !WORD.test(token)) continue;
    let lower = token.toLowerCase();
    if (lower.includes('’')) lower = lower.replaceAll('’', "'");
    // A Map: a word such as "constructor" found an object's own property in a plain object and failed.
    const expansion = EXPANSIONS.get(lower);
    if (expansion) words.push(...expansion);
    else words.push(lower);
  }
  return words;
}

/** Function words and the boilerplate of these texts, which say nothing about a topic. */
const STOPWORDS = new Set(
  ('a an and are as at be been being both but by can could did do does for from had has have he her his how i ' +
    'if in into is it its itself may might more most no nor not of on or other our ours she should so such than ' +
    'that the their theirs them then there these they this those through to too under until up upon very was we ' +
    'were what when where which while who whom why will with would also side sides well including inter alia')
    .split(' '),
);

/** Bounded so a long session cannot grow it without limit. */
const stem = boundedMemo((word: string): string => (CJK.test(word) ? word : stemmer(word)), 200_000);

/** The engine's stem of one word, as index terms hold it: the key of the equivalent-words table. */
export function stemOf(word: string): string {
  return stem(word.toLowerCase().replace(/’/gu, "'"));
}

/**
 * Index terms of a text: stems of content words and pairs of consecutive
 * stems (pairs tell "data spaces" from "data" and "spaces" apart). CJK
 * characters pair up into bigrams the same way.
 */
export const indexTerms: (text: string) => string[] = boundedMemo(readIndexTerms, 50_000);

function readIndexTerms(text: string): string[] {
  const stems: string[] = [];
  for (const word of plainWords(text)) if (!STOPWORDS.has(word)) stems.push(stem(word));
  const terms = stems.slice();
  for (let i = 1; i < stems.length; i++) terms.push(`${stems[i - 1]} ${stems[i]}`);
  return terms;
}

/** The word stems of a text, without the pairs indexTerms adds. */
export function wordStems(text: string): Set<string> {
  return new Set(indexTerms(text).filter((term) => !term.includes(' ')));
}

/** The Dice coefficient of two sets of stems: twice what they share over their sizes together. */
export function diceShare(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  for (const stem of a) if (b.has(stem)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Long forms the labels' carried rule equates with their abbreviations (../shared/gold/README.md), folded to the short form. */
const RULE_LONG_FORMS: ReadonlyArray<[RegExp, string]> = [
  [/memorandum of cooperation/gu, 'moc'],
  [/data free flow with trust/gu, 'dfft'],
  [/european union/gu, 'eu'],
];

/** The words of a text as the labels' carried rule counts them: lower case, punctuation dropped, those long forms folded. */
export const ruleWords: (text: string) => readonly string[] = boundedMemo((text: string) => {
  let lower = text.toLowerCase();
  for (const [longForm, short] of RULE_LONG_FORMS) lower = lower.replace(longForm, short);
  return lower.match(/[\p{L}\p{N}_]+/gu) ?? [];
}, 20_000);
