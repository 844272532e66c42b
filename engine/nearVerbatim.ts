/**
 * How much of one text reappears near-verbatim in another: the share of its
 * words that stand in a run of three or more words (lower-cased, known
 * abbreviations spelled out) found in the other: what the link model reads
 * of verbatim wording. The labels' own count, which tells carried from
 * revised, is carriedRule.ts.
 *
 * Trigrams are numbers (a hash of their three words), not joined strings:
 * this runs for every candidate of every block on each keystroke, and the
 * string joins were most of its cost.
 */

import { plainWords } from './words';

const RUN = 3;

/** 32-bit FNV-1a hash of a word. */
function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    hash ^= word.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A text as the near-verbatim measure reads it: its trigram keys by position and its word count. */
export interface VerbatimProfile {
  keys: Float64Array;
  length: number;
}

export function verbatimProfile(text: string): VerbatimProfile {
  return verbatimProfileOfWords(plainWords(text));
}

/** The profile of a text already read into its plain words. */
export function verbatimProfileOfWords(words: readonly string[]): VerbatimProfile {
  return { keys: trigramKeys(words), length: words.length };
}

/** The key of each trigram of `words`, by starting position. Collisions are one in billions per pair of texts. */
function trigramKeys(words: readonly string[]): Float64Array {
  const hashes = words.map(hashWord);
  const keys = new Float64Array(Math.max(0, words.length - RUN + 1));
  for (let i = 0; i < keys.length; i++) {
    // Three 32-bit hashes folded into the 53 bits a double holds exactly.
    keys[i] = (hashes[i] * 0x200000 + (Math.imul(hashes[i + 1], 31) ^ hashes[i + 2]) % 0x200000) % 2 ** 53;
  }
  return keys;
}

/** The trigrams of a text, as a set of keys. */
export function trigramSet(profile: VerbatimProfile): Set<number> {
  return new Set(profile.keys);
}

/** Share (0..1) of a text's words covered by trigrams that stand in `other`. */
export function coveredShare({ keys, length }: VerbatimProfile, other: ReadonlySet<number>): number {
  if (length === 0) return 0;
  let covered = 0;
  let coveredUntil = 0;
  for (let i = 0; i < keys.length; i++) {
    if (!other.has(keys[i])) continue;
    covered += i + RUN - Math.max(i, coveredUntil);
    coveredUntil = i + RUN;
  }
  return covered / length;
}

/** A text's trigram keys, each once, in ascending order: two texts are checked for a trigram in common in one merge. */
export function sortedTrigrams(trigrams: ReadonlySet<number>): Float64Array {
  // Filled in a loop: Float64Array.from a set takes the iterator's slow path.
  const sorted = new Float64Array(trigrams.size);
  let at = 0;
  for (const key of trigrams) sorted[at++] = key;
  return sorted.sort();
}

/**
 * Whether two texts (their sortedTrigrams) have a trigram in common. Most
 * candidate pairs have none, and then neither covers any of the other
 * (coveredShare is 0 both ways) without a set lookup per trigram.
 */
export function shareATrigram(a: Float64Array, b: Float64Array): boolean {
  // A one-line draft block (a few trigrams) against a long prior paragraph (hundreds): each of the few searched for, not every key walked.
  if (a.length * SEARCH_WHEN_SHORTER < b.length) return someFoundIn(a, b);
  if (b.length * SEARCH_WHEN_SHORTER < a.length) return someFoundIn(b, a);
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) return true;
    if (a[i] < b[j]) i++;
    else j++;
  }
  return false;
}

/** How many times longer one side must be for a binary search of each key of the shorter to beat walking both. */
const SEARCH_WHEN_SHORTER = 8;

/** Whether some key of `few` stands in `many` (both ascending); each search starts where the last ended. */
function someFoundIn(few: Float64Array, many: Float64Array): boolean {
  let low = 0;
  for (let i = 0; i < few.length; i++) {
    const key = few[i];
    let high = many.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (many[mid] < key) low = mid + 1;
      else high = mid;
    }
    if (low === many.length) return false;
    if (many[low] === key) return true;
  }
  return false;
}
