/**
 * The compare as it was before it was made faster (block pairs in maps and
 * sets, keys joining kind and text) gives exactly the same answer as the
 * compare of today, on every pair of corpus documents, on generated revision
 * pairs of every statement (small and long, with moves), and on documents
 * whose blocks repeat. The reference below is that earlier compare, kept
 * word for word: the test fails if the faster one ever answers otherwise.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareRevisions, parseDocument, type Block, type ParsedDocument, type RevisionCompare, type WordDiff } from '../../engine/index';
import { RetrievalIndex } from '../../engine/RetrievalIndex';
import { isDateLine } from '../../engine/dateLine';
import { compareCovers, type CouncilNoteCover } from '../../engine/readCouncilNoteCover';
import { REVISION_KEPT_SENTENCE_SHARE, REVISION_PAIR_SCORE, REVISION_SAME_PLACE_BONUS } from '../../engine/thresholds';
import { diceShare, wordStems } from '../../engine/words';
import { diffWords } from '../../engine/wordDiff';
import { longDocument } from '../../bench/syntheticCorpus';
import { makeRevisionPair } from '../fixtures/revisionPairs';
import { repoRoot } from '../support/runCli';

type OperationType = RevisionCompare['operations'][number]['type'];
type RevisionOperation = RevisionCompare['operations'][number];

interface Version {
  blocks: readonly Block[];
  cover?: CouncilNoteCover | null;
}

// ---------------------------------------------------------------------------
// The reference: engine/compareRevisions.ts before the compare was made faster.

function referenceCompare(oldVersion: Version, newVersion: Version): RevisionCompare {
  const oldBlocks = oldVersion.blocks;
  const newBlocks = newVersion.blocks;
  const pairs = pairIdentical(oldBlocks, newBlocks);
  pairSimilar(oldBlocks, newBlocks, pairs);
  pairLoneInPlace(oldBlocks, newBlocks, pairs);
  const inPlace = longestOrderedRun(pairs);
  const operations = orderOperations(oldBlocks, newBlocks, pairs, inPlace);
  const summary: Record<OperationType, number> = { equal: 0, changed: 0, moved: 0, inserted: 0, deleted: 0 };
  for (const operation of operations) summary[operation.type]++;
  return { header: compareCovers(oldVersion.cover ?? null, newVersion.cover ?? null), operations, summary };
}

const keyOf = (block: Block): string => `${block.kind}\u0000${block.text}`;

/** Identical blocks, paired in order of appearance (repeated texts pair first with first). */
function pairIdentical(oldBlocks: readonly Block[], newBlocks: readonly Block[]): Map<number, number> {
  const byKey = new Map<string, number[]>();
  for (const block of oldBlocks) {
    const key = keyOf(block);
    const list = byKey.get(key);
    if (list) list.push(block.index);
    else byKey.set(key, [block.index]);
  }
  const pairs = new Map<number, number>();
  for (const block of newBlocks) {
    const list = byKey.get(keyOf(block));
    if (list && list.length > 0) pairs.set(block.index, list.shift()!);
  }
  return pairs;
}

/**
 * Pairs the blocks left over by similarity, best pairs first. Only the
 * leftovers are indexed, so a large document with few edits costs little.
 */
function pairSimilar(oldBlocks: readonly Block[], newBlocks: readonly Block[], pairs: Map<number, number>): void {
  const pairedOld = new Set(pairs.values());
  const unpairedOld = oldBlocks.filter((block) => !pairedOld.has(block.index));
  const unpairedNew = newBlocks.filter((block) => !pairs.has(block.index));
  if (unpairedOld.length === 0 || unpairedNew.length === 0) return;

  const index = new RetrievalIndex();
  for (const block of unpairedOld) index.add(block.text);
  index.seal();
  const gapOfOld = gapsOf(oldBlocks.length, new Set(pairs.values()));
  const gapOfNew = gapsOf(newBlocks.length, new Set(pairs.keys()));
  const anchorGap = anchorGapMap(pairs, gapOfOld, gapOfNew);

  const proposals: Array<{ old: number; new: number; score: number }> = [];
  for (const block of unpairedNew) {
    for (const hit of index.search(block.text, { limit: 5 })) {
      const old = unpairedOld[hit.entry];
      if (old.kind !== block.kind && (old.kind === 'heading' || block.kind === 'heading')) continue;
      const samePlace = anchorGap.get(gapOfNew[block.index]) === gapOfOld[old.index];
      const score = hit.score + (samePlace ? REVISION_SAME_PLACE_BONUS : 0);
      if (score >= REVISION_PAIR_SCORE) proposals.push({ old: old.index, new: block.index, score });
    }
  }
  proposals.sort((a, b) => b.score - a.score || a.new - b.new);
  const takenOld = new Set<number>();
  for (const proposal of proposals) {
    if (pairs.has(proposal.new) || takenOld.has(proposal.old)) continue;
    pairs.set(proposal.new, proposal.old);
    takenOld.add(proposal.old);
  }
}

/**
 * Pairs the one block left between two unchanged neighbours in each version
 * when it kept a sentence (see REVISION_KEPT_SENTENCE_SHARE): a paragraph
 * edited in place, too much for the similarity of the whole to show it; or
 * when both are date lines, the meeting's date and place changed in place
 * ("12 May 2025, Tokyo" to "5 May 2026, Brussels" share only the month).
 */
function pairLoneInPlace(oldBlocks: readonly Block[], newBlocks: readonly Block[], pairs: Map<number, number>): void {
  const gapOfOld = gapsOf(oldBlocks.length, new Set(pairs.values()));
  const gapOfNew = gapsOf(newBlocks.length, new Set(pairs.keys()));
  const anchorGap = anchorGapMap(pairs, gapOfOld, gapOfNew);
  const pairedOld = new Set(pairs.values());
  const unpairedIn = (blocks: readonly Block[], gaps: number[], paired: (index: number) => boolean) => {
    const byGap = new Map<number, Block[]>();
    for (const block of blocks) if (!paired(block.index)) byGap.set(gaps[block.index], [...(byGap.get(gaps[block.index]) ?? []), block]);
    return byGap;
  };
  const oldByGap = unpairedIn(oldBlocks, gapOfOld, (index) => pairedOld.has(index));
  const newByGap = unpairedIn(newBlocks, gapOfNew, (index) => pairs.has(index));
  for (const [gap, added] of newByGap) {
    const removed = oldByGap.get(anchorGap.get(gap) ?? -1);
    if (added.length !== 1 || removed?.length !== 1) continue;
    const [before, after] = [removed[0], added[0]];
    if ((before.kind === 'heading') !== (after.kind === 'heading')) continue;
    if (keptASentence(before, after) || (isDateLine(before.text) && isDateLine(after.text))) pairs.set(after.index, before.index);
  }
}

function keptASentence(before: Block, after: Block): boolean {
  const afterSentences = after.sentences.map((sentence) => wordStems(sentence.text)).filter((stems) => stems.size >= 2);
  return before.sentences.some((sentence) => {
    const stems = wordStems(sentence.text);
    return stems.size >= 2 && afterSentences.some((other) => diceShare(stems, other) >= REVISION_KEPT_SENTENCE_SHARE);
  });
}

/** For each position, the number of paired positions before it: blocks with the same number sit between the same anchors. */
function gapsOf(length: number, paired: ReadonlySet<number>): number[] {
  const gaps = new Array<number>(length);
  let gap = 0;
  for (let i = 0; i < length; i++) {
    if (paired.has(i)) gap++;
    gaps[i] = gap;
  }
  return gaps;
}

/**
 * Which old gap each new gap corresponds to: the gap after the anchor pair
 * that opens it. Only meaningful where the anchors kept their order, which is
 * where it matters.
 */
function anchorGapMap(pairs: ReadonlyMap<number, number>, gapOfOld: number[], gapOfNew: number[]): Map<number, number> {
  const map = new Map<number, number>([[0, 0]]);
  for (const [newIndex, oldIndex] of pairs) map.set(gapOfNew[newIndex], gapOfOld[oldIndex]);
  return map;
}

/** The pairs (by new index) in the longest run whose old indexes also increase: they stayed in place. */
function longestOrderedRun(pairs: ReadonlyMap<number, number>): Set<number> {
  const byNew = [...pairs.entries()].sort((a, b) => a[0] - b[0]);
  const tails: number[] = [];
  const tailAt: number[] = [];
  const previous = new Array<number>(byNew.length).fill(-1);
  byNew.forEach(([, oldIndex], i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < oldIndex) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = oldIndex;
    tailAt[lo] = i;
    previous[i] = lo > 0 ? tailAt[lo - 1] : -1;
  });
  const run = new Set<number>();
  for (let i = tails.length > 0 ? tailAt[tails.length - 1] : -1; i >= 0; i = previous[i]) run.add(byNew[i][0]);
  return run;
}

/** Operations in reading order of the new version; a deleted block comes where it stood among the blocks kept in place. */
function orderOperations(
  oldBlocks: readonly Block[],
  newBlocks: readonly Block[],
  pairs: ReadonlyMap<number, number>,
  inPlace: ReadonlySet<number>,
): RevisionOperation[] {
  const pairedOld = new Set(pairs.values());
  const operations: RevisionOperation[] = [];
  let nextOld = 0;
  const flushDeletedBefore = (limit: number) => {
    for (; nextOld < limit; nextOld++) {
      if (!pairedOld.has(nextOld)) operations.push({ type: 'deleted', old: [nextOld], new: [], diff: [[-1, oldBlocks[nextOld].text]] });
    }
  };
  // Within a gap between blocks kept in place, deletions come before insertions, as in a unified diff.
  const nextInPlaceOld = new Array<number>(newBlocks.length + 1).fill(oldBlocks.length);
  for (let j = newBlocks.length - 1; j >= 0; j--) {
    nextInPlaceOld[j] = inPlace.has(j) ? pairs.get(j)! : nextInPlaceOld[j + 1];
  }
  for (const block of newBlocks) {
    const oldIndex = pairs.get(block.index);
    if (oldIndex === undefined) {
      flushDeletedBefore(nextInPlaceOld[block.index]);
      operations.push({ type: 'inserted', old: [], new: [block.index], diff: [[1, block.text]] });
      continue;
    }
    const oldText = oldBlocks[oldIndex].text;
    const same = oldText === block.text;
    const diff: WordDiff = same ? [[0, block.text]] : diffWords(oldText, block.text);
    if (inPlace.has(block.index)) {
      flushDeletedBefore(oldIndex);
      nextOld = Math.max(nextOld, oldIndex + 1);
      operations.push({ type: same ? 'equal' : 'changed', old: [oldIndex], new: [block.index], diff });
    } else {
      operations.push({ type: 'moved', old: [oldIndex], new: [block.index], diff });
    }
  }
  flushDeletedBefore(oldBlocks.length);
  return operations;
}

// ---------------------------------------------------------------------------

const corpusFiles = readdirSync(join(repoRoot, 'corpus')).filter((name) => name.endsWith('.md')).sort();
const sources = new Map(corpusFiles.map((name) => [name, readFileSync(join(repoRoot, 'corpus', name), 'utf8')]));
const corpus = new Map(corpusFiles.map((name) => [name, parseDocument(sources.get(name)!)]));
const STATEMENTS = ['partnership-2022', 'statement-2024', 'statement-2025', 'council-note-8288-1-26-rev1'].map((id) => `${id}.md`);

function expectSameAnswer(oldDocument: ParsedDocument, newDocument: ParsedDocument): RevisionCompare {
  const compare = compareRevisions(oldDocument, newDocument);
  expect(JSON.stringify(compare)).toBe(JSON.stringify(referenceCompare(oldDocument, newDocument)));
  return compare;
}

describe('the faster compare answers exactly as the reference', () => {
  const corpusPairs = corpusFiles.flatMap((a) => corpusFiles.filter((b) => b !== a).map((b) => [a, b] as const));
  it.each(corpusPairs)('on the corpus: %s -> %s', (a, b) => {
    expectSameAnswer(corpus.get(a)!, corpus.get(b)!);
  });

  const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
  it.each(seeds)('on generated revisions of every statement, seed %i', (seed) => {
    for (const [i, name] of STATEMENTS.entries()) {
      const pair = makeRevisionPair(sources.get(name)!, { seed: 100 * seed + i, edits: 4 + seed * 2 });
      expectSameAnswer(parseDocument(pair.old), parseDocument(pair.new));
    }
  });

  it('on a long generated revision with far moves and repeated blocks', () => {
    const pair = makeRevisionPair(longDocument(STATEMENTS.map((name) => corpus.get(name)!), 30_000), { seed: 11, edits: 60 });
    const compare = expectSameAnswer(parseDocument(pair.old), parseDocument(pair.new));
    // The pair exercises every kind of operation, so every path of the compare is checked.
    for (const type of ['equal', 'changed', 'moved', 'inserted', 'deleted'] as const) expect(compare.summary[type], type).toBeGreaterThan(0);
  });

  it('on documents whose blocks repeat, reordered', () => {
    const paragraphs = ['Both sides will cooperate.', 'Both sides will cooperate.', 'The Council met in Tokyo.', 'Both sides will cooperate.', 'The Council met in Tokyo.'];
    const before = parseDocument(paragraphs.join('\n\n'));
    const after = parseDocument([...paragraphs].reverse().concat('Both sides will cooperate closely.').join('\n\n'));
    expectSameAnswer(before, after);
    expectSameAnswer(after, before);
  });
});
