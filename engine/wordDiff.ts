/**
 * Word-level diff (the only file that imports diff-match-patch). Words,
 * punctuation marks and white-space runs are the units, so "will" becoming
 * "intend to" reads as a word change, not a soup of characters.
 */
import DiffMatchPatch from 'diff-match-patch';
import { BoundedCache, boundedMemo } from './boundedMemo';
import { diffUnits } from './words';
import { segmentSentences } from './segmentSentences';
import type { DiffOp, Sentence, WordDiff } from './types';

export interface WordDiffOptions {
  /**
   * Seconds diff-match-patch may spend before it settles for a coarser diff
   * (default 0.5). Callers diff only blocks already paired as similar, which
   * take microseconds; the limit guards against pathological input.
   */
  timeoutSeconds?: number;
  /**
   * The sentences of the old and the new text when already known: a parsed
   * block's (segmentSentences of its text, engine/parseDocument). They are
   * not segmented again, and a compare of parsed blocks never makes an
   * Intl.Segmenter (some 25 ms to make in Node).
   */
  oldSentences?: ReadonlyArray<Pick<Sentence, 'textStart'>>;
  newSentences?: ReadonlyArray<Pick<Sentence, 'textStart'>>;
}

/**
 * Diff-match-patch diffs strings of UTF-16 units, so each distinct unit is
 * mapped to one code unit. Surrogate code units are skipped so that no half
 * pair ever stands alone.
 */
const FIRST_CODE = 0x100;
const SURROGATES_START = 0xd800;
const SURROGATES_END = 0xdfff;
const LAST_CODE = 0xffff;
const MAX_DISTINCT_UNITS = LAST_CODE - FIRST_CODE + 1 - (SURROGATES_END - SURROGATES_START + 1);

export function diffWords(oldText: string, newText: string, options: WordDiffOptions = {}): WordDiff {
  if (oldText === newText) return oldText.length > 0 ? [[0, oldText]] : [];
  if (oldText.length === 0) return [[1, newText]];
  if (newText.length === 0) return [[-1, oldText]];
  const timeout = options.timeoutSeconds ?? 0.5;
  const oldSentences = sentenceChunks(oldText, options.oldSentences);
  const newSentences = sentenceChunks(newText, options.newSentences);
  if (oldSentences.length < 2 && newSentences.length < 2) return snapToWords(diffChunkOnce(oldText, newText, timeout));
  // Paragraphs reworded as a whole are diffed sentence by sentence: the
  // diff's cost grows with length times distance, and pairing sentences
  // first cut it tenfold on the revised blocks of the statements.
  const diffs: WordDiff = [];
  let o = 0;
  let n = 0;
  for (const [oldIndex, newIndex] of pairSentences(oldSentences, newSentences)) {
    for (; o < oldIndex; o++) diffs.push([-1, oldSentences[o]]);
    for (; n < newIndex; n++) diffs.push([1, newSentences[n]]);
    diffs.push(...diffChunkOnce(oldSentences[o++], newSentences[n++], timeout));
  }
  for (; o < oldSentences.length; o++) diffs.push([-1, oldSentences[o]]);
  for (; n < newSentences.length; n++) diffs.push([1, newSentences[n]]);
  return snapToWords(diffs);
}

/** The sentences of a text with the white space after each (from `known` sentences when given): joined, they give back the text. */
function sentenceChunks(text: string, known?: ReadonlyArray<Pick<Sentence, 'textStart'>>): string[] {
  // A block made by hand without its sentences (none given) is segmented, as before.
  const starts = known && known.length > 0 ? known.map((sentence) => sentence.textStart) : segmentSentences(text).map((span) => span.start);
  if (starts.length < 2) return [text];
  return starts.map((start, i) => text.slice(i === 0 ? 0 : start, i + 1 < starts.length ? starts[i + 1] : text.length));
}

/**
 * Pairs of sentences (old index, new index), in order, that share enough
 * words to be worth a word diff: the order-preserving pairing with the most
 * shared words (a longest common subsequence weighted by similarity).
 */
function pairSentences(oldSentences: readonly string[], newSentences: readonly string[]): Array<[number, number]> {
  const oldSets = oldSentences.map(wordSet);
  const newSets = newSentences.map(wordSet);
  const rows = oldSentences.length;
  const cols = newSentences.length;
  const best = new Float64Array((rows + 1) * (cols + 1));
  const at = (i: number, j: number) => i * (cols + 1) + j;
  const similarity = (i: number, j: number): number => {
    const [a, b] = [oldSets[i], newSets[j]];
    let shared = 0;
    for (const word of a) if (b.has(word)) shared++;
    return shared / Math.max(1, Math.max(a.size, b.size));
  };
  const scores = new Float64Array(rows * cols);
  for (let i = rows - 1; i >= 0; i--) {
    for (let j = cols - 1; j >= 0; j--) {
      const score = similarity(i, j);
      scores[i * cols + j] = score;
      const paired = score >= SENTENCE_PAIR_SIMILARITY ? score + best[at(i + 1, j + 1)] : 0;
      best[at(i, j)] = Math.max(paired, best[at(i + 1, j)], best[at(i, j + 1)]);
    }
  }
  const pairs: Array<[number, number]> = [];
  for (let i = 0, j = 0; i < rows && j < cols; ) {
    const score = scores[i * cols + j];
    if (score >= SENTENCE_PAIR_SIMILARITY && best[at(i, j)] === score + best[at(i + 1, j + 1)]) pairs.push([i++, j++]);
    else if (best[at(i, j)] === best[at(i + 1, j)]) i++;
    else j++;
  }
  return pairs;
}

/** A sentence's words as pairSentences weighs them, read once a sentence: never modified. */
const wordSet = boundedMemo((sentence: string): ReadonlySet<string> => new Set(diffUnits(sentence.toLowerCase()).filter((unit) => unit.length > 1 || /\p{L}/u.test(unit))), 20_000);

/**
 * The word diffs of sentence pairs, by the two sentences. A keystroke
 * changes one sentence of a block, and the block is diffed again with its
 * precedent: the other sentences' pairs come back unchanged, as they were
 * (diffs of a reworded 2,000-character paragraph were an eighth of its
 * keystrokes against 1,000 statements). Callers copy the pieces before
 * changing them (snapToWords).
 */
const chunkDiffs = new BoundedCache<WordDiff>(5_000);
const diffChunkOnce = (oldText: string, newText: string, timeout: number): WordDiff =>
  chunkDiffs.get(`${timeout}\u0000${oldText}\u0000${newText}`, () => diffChunk(oldText, newText, timeout));

/** Sentences sharing less than this share of their words are a deletion and an insertion, not an edit. */
const SENTENCE_PAIR_SIMILARITY = 0.3;

/** Word diff of two short texts with diff-match-patch, cleaned up for a human reader. */
function diffChunk(oldText: string, newText: string, timeout: number): WordDiff {
  if (oldText === newText) return [[0, oldText]];
  const units: string[] = [];
  const codes = new Map<string, string>();
  const encode = (text: string): string | null => {
    let out = '';
    for (const unit of diffUnits(text)) {
      let code = codes.get(unit);
      if (code === undefined) {
        if (units.length >= MAX_DISTINCT_UNITS) return null;
        let value = FIRST_CODE + units.length;
        if (value >= SURROGATES_START) value += SURROGATES_END - SURROGATES_START + 1;
        code = String.fromCharCode(value);
        codes.set(unit, code);
        units.push(unit);
      }
      out += code;
    }
    return out;
  };
  const oldCodes = encode(oldText);
  const newCodes = oldCodes === null ? null : encode(newText);
  // More distinct words than code units: a whole replacement is the honest answer.
  if (oldCodes === null || newCodes === null) return [[-1, oldText], [1, newText]];

  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = timeout;
  const diffs = dmp.diff_main(oldCodes, newCodes, false);
  const decode = (coded: string): string => {
    let text = '';
    for (let i = 0; i < coded.length; i++) {
      const code = coded.charCodeAt(i);
      text += units[code - FIRST_CODE - (code > SURROGATES_END ? SURROGATES_END - SURROGATES_START + 1 : 0)];
    }
    return text;
  };
  // Semantic clean-up weighs equalities by their length, so it runs on the
  // decoded words: on the coded string a long word would weigh as one letter.
  const decoded = diffs.map((diff): [number, string] => [diff[0], decode(diff[1])]);
  dmp.diff_cleanupSemantic(decoded);
  return decoded.map(([op, text]) => [op as DiffOp, text]);
}

const WORD_START = /^[\p{L}\p{N}]+/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The word characters at the end of a text (scanned from the end: an anchored regex scans from the start). */
function trailingWord(text: string): string {
  let start = text.length;
  while (start > 0 && WORD_CHAR.test(text[start - 1])) start--;
  return text.slice(start);
}

/**
 * Character-level clean-up may leave an edit inside a word ("M[-emorandum of
 * Cooperation-]{+oC+}"); a reader wants whole words replaced, so the partial
 * word moves from the equality into the edits beside it.
 */
function snapToWords(diffs: WordDiff): WordDiff {
  const ops: WordDiff = diffs.map(([op, text]) => [op, text]);
  for (let i = 0; i < ops.length; i++) {
    if (ops[i][0] !== 0) continue;
    const [before, after] = [editsAround(ops, i, -1), editsAround(ops, i, 1)];
    const tail = trailingWord(ops[i][1]);
    if (tail && after.some(([, text]) => WORD_START.test(text))) {
      ops[i][1] = ops[i][1].slice(0, -tail.length);
      for (const op of [-1, 1] as const) attach(ops, i + 1, op, tail, 'start');
    }
    const head = WORD_START.exec(ops[i][1]);
    if (head && before.some(([, text]) => trailingWord(text) !== '')) {
      ops[i][1] = ops[i][1].slice(head[0].length);
      for (const op of [-1, 1] as const) attach(ops, i, op, head[0], 'end');
    }
  }
  const result: WordDiff = [];
  for (const [op, text] of ops) {
    if (text.length === 0) continue;
    const last = result[result.length - 1];
    if (last && last[0] === op) last[1] += text;
    else result.push([op, text]);
  }
  return result;
}

/** The edits (deletions and insertions) directly before (-1) or after (1) position `i`. */
function editsAround(ops: WordDiff, i: number, direction: -1 | 1): WordDiff {
  const edits: WordDiff = [];
  for (let j = i + direction; j >= 0 && j < ops.length && ops[j][0] !== 0; j += direction) edits.push(ops[j]);
  return edits;
}

/**
 * Adds `text` to the deletion or insertion that stands in the run of edits
 * beginning at `at` (for 'start') or ending just before `at` (for 'end'),
 * creating it there when the run has none.
 */
function attach(ops: WordDiff, at: number, op: -1 | 1, text: string, where: 'start' | 'end'): void {
  const direction = where === 'start' ? 1 : -1;
  let j = where === 'start' ? at : at - 1;
  for (; j >= 0 && j < ops.length && ops[j][0] !== 0; j += direction) {
    if (ops[j][0] === op) {
      ops[j][1] = where === 'start' ? text + ops[j][1] : ops[j][1] + text;
      return;
    }
  }
  ops.splice(where === 'start' ? at : at, 0, [op, text]);
}

/** The old text a diff was made from. */
export function oldTextOf(diff: WordDiff): string {
  return diff.filter(([op]) => op !== 1).map(([, text]) => text).join('');
}

/** The new text a diff was made to. */
export function newTextOf(diff: WordDiff): string {
  return diff.filter(([op]) => op !== -1).map(([, text]) => text).join('');
}
