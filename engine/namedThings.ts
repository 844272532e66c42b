/**
 * The named things a block speaks of, as a careful reader picks them out:
 * its topic label ("Submarine Cables:", "On semiconductors,"), acronyms and
 * code names (DFFT, MoC, JC-STAR, 6G-MIRAI-HARMONY), and proper names
 * (the Cyber Resilience Act, the Hiroshima AI Process, the Data Strategy
 * Working Group). Shared named things are strong evidence that a block
 * continues another; a block whose label and names appear in no prior block
 * is about something new, however much area vocabulary ("AI", "cooperation")
 * it shares.
 *
 * Names are kept as keys: word stems, lower-cased, abbreviations spelled out
 * (so "MoC" and "Memorandum of Cooperation" are one key), without ordinals
 * and the two parties' names ("the 7th EU-Japan Cyber Dialogue" and "the
 * 8th Cyber Dialogue" are one dialogue).
 */
import { boundedMemo } from './boundedMemo';
import { plainWords, stemOf } from './words';

export interface NamedThings {
  /** Stems of the topic label the block opens with, or null when it has none. */
  label: string[] | null;
  /** Keys of the names it mentions, each once. */
  names: string[];
  /** Each name as first written, by key: what an explanation shows. */
  surfaces: Record<string, string>;
}

/** A block's topic label ("Submarine Cables:"), its words captured. */
export const LABEL = /^([\p{Lu}\p{N}][^:.;!?]{0,70}):(?:\s|$)/u;
const ON_TOPIC = /^On (?:the )?([^,]{2,80}),/u;
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}'’./-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;
/** Joining words that may stand inside a proper name ("Memorandum of Cooperation on Semiconductors"). */
const CONNECTORS = new Set(['of', 'on', 'for', 'and', 'the', 'in', 'with', 'to']);
/** Words that are capitalised in these texts without naming a thing of their own. */
const GENERIC = new Set(
  ('eu japan japanese european union both sides side the a an this these they their it its in on for to with and of ' +
    'digital partnership council joint statement commission government governments meeting ' +
    'january february march april may june july august september october november december ' +
    'first second third fourth fifth sixth seventh eighth ninth tenth next').split(' '),
);
const ORDINAL = /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/iu;
const PARTY = /^(?:eu|japan|japanese|european|eu-japan|japan-eu|union)$/iu;

/** A name's key: the stems of its words, abbreviations spelled out, generic words left out. */
export function nameKey(phrase: string): string {
  return keyWords(phrase).join(' ');
}

function keyWords(phrase: string): string[] {
  return plainWords(phrase)
    .filter((word) => !GENERIC.has(word) && !ORDINAL.test(word))
    .map(stemOf);
}

/**
 * The label a block opens with, as text, or null. Statements that give each
 * topic a numbered heading of its own ("7. 5G, Beyond 5G/6G") label their
 * blocks by it: `heading` is the innermost heading above the block.
 */
export function topicLabel(text: string, heading?: string): string | null {
  const label = LABEL.exec(text);
  if (label && label[1].split(/\s+/u).length <= 8) return label[1];
  const on = ON_TOPIC.exec(text);
  if (on && on[1].split(/\s+/u).length <= 8) return on[1];
  const numbered = heading === undefined ? null : NUMBERED_HEADING.exec(heading);
  return numbered && numbered[1].split(/\s+/u).length <= 6 ? numbered[1] : null;
}

const NUMBERED_HEADING = /^(?:\d+|[IVX]+)[.)]\s+(.+)$/u;

function isCapitalised(token: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(token);
}

/** A code name or acronym: two capitals or more, or letters and digits together (DFFT, MoC, 5G, G7, JC-STAR). */
function isCode(token: string): boolean {
  return (token.match(/\p{Lu}/gu)?.length ?? 0) >= 2 || (/\p{N}/u.test(token) && /\p{L}/u.test(token));
}

/**
 * Runs of capitalised words, joined by connectors, and codes. A single
 * capitalised word counts only away from a sentence's start, where every
 * word is capitalised.
 */
function nameRuns(text: string): string[] {
  const runs: string[] = [];
  let run: string[] = [];
  let connectors: string[] = [];
  let runStartsSentence = false;
  let previousEnd = 0;
  const flush = () => {
    const words = run.filter((word) => !PARTY.test(word));
    // Without the parties' names, a run may begin or end on a joining word ("and the Cabinet Office of").
    while (words.length > 0 && CONNECTORS.has(words[0].toLowerCase())) words.shift();
    while (words.length > 0 && CONNECTORS.has(words[words.length - 1].toLowerCase())) words.pop();
    // Nor on generic words that only lead to it: "the Digital Partnership Council in Tokyo" names Tokyo.
    const joint = words.findIndex((word) => CONNECTORS.has(word.toLowerCase()));
    if (joint > 0 && words.slice(0, joint).every((word) => GENERIC.has(word.toLowerCase()))) {
      words.splice(0, joint);
      while (words.length > 0 && CONNECTORS.has(words[0].toLowerCase())) words.shift();
    }
    // Generic words stand in a name as written ("the Digital Services Act"), but name nothing alone ("the Digital Partnership Council").
    const capitalised = words.filter(isCapitalised);
    const naming = capitalised.filter((word) => !GENERIC.has(word.toLowerCase()));
    if (naming.length > 0 && (capitalised.length >= 2 || capitalised.some(isCode) || !runStartsSentence)) runs.push(words.join(' '));
    run = [];
    connectors = [];
  };
  for (const match of text.matchAll(TOKEN)) {
    const token = match[0];
    const start = match.index ?? 0;
    const gap = text.slice(previousEnd, start);
    // Most words follow a single space, which neither ends a sentence nor holds punctuation: the patterns read the rest.
    const plainGap = gap === ' ';
    const atSentenceStart = previousEnd === 0 || (!plainGap && /[.!?:;(]\s*$/u.test(gap));
    previousEnd = start + token.length;
    // Punctuation ends a name: "Memorandum of Cooperation (MoC)" is a name and its abbreviation, not one long name.
    if (run.length > 0 && !plainGap && /\S/u.test(gap)) flush();
    const word = token.endsWith('s') ? token.replace(/['’]s$/u, '') : token;
    if (/^\p{N}+$/u.test(word)) {
      if (run.length > 0) flush();
    } else if (isCapitalised(word)) {
      // Two names joined by "and": "the EU AI Act and Japan's AI Act", "MIC and DG CONNECT", "the G20 and the Institutional Arrangement".
      if (connectors[0]?.toLowerCase() === 'and' && (connectors[1]?.toLowerCase() === 'the' || PARTY.test(word) || (isCode(word) && isCode(run[run.length - 1])))) flush();
      if (run.length === 0) runStartsSentence = atSentenceStart;
      run.push(...connectors, word);
      connectors = [];
    } else if (run.length > 0 && CONNECTORS.has(word.toLowerCase()) && connectors.length < 2) {
      connectors.push(word);
    } else if (run.length > 0) {
      flush();
    }
  }
  if (run.length > 0) flush();
  return runs;
}

function readNamedThings(key: string): NamedThings {
  const [text, heading] = key.split('\u0000');
  const label = topicLabel(text, heading);
  const body = label && text.startsWith(label) ? text.slice(label.length + 1) : text;
  const surfaces: Record<string, string> = {};
  for (const run of nameRuns(body)) {
    const key = keyWords(run).join(' ');
    if (key.length > 1) surfaces[key] ??= run;
  }
  const labelWords = label ? [...new Set(keyWords(label))] : [];
  return { label: labelWords.length > 0 ? labelWords : null, names: Object.keys(surfaces), surfaces };
}

const readMemo = boundedMemo(readNamedThings, 20_000);

/** The named things of a block's text (under `heading`, its innermost heading); memoised, since alignment reads them for every block at each keystroke. */
export function namedThings(text: string, heading = ''): NamedThings {
  return readMemo(`${text}\u0000${heading}`);
}
