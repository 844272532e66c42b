/**
 * Compare of two versions of one document (two revisions of a Council note):
 * every block of both in exactly one operation, equal, changed, moved,
 * inserted or deleted. A moved block is found even when it was also reworded:
 * blocks are paired first (identical text, then similar text), and only then
 * is order considered, by the longest run of pairs that kept their order.
 */
import { firstAtLeast } from './firstAtLeast';
import { RetrievalIndex } from './RetrievalIndex';
import { isDateLine } from './dateLine';
import { compareCovers, type CouncilNoteCover } from './readCouncilNoteCover';
import { REVISION_KEPT_SENTENCE_SHARE, REVISION_PAIR_SCORE, REVISION_SAME_PLACE_BONUS } from './thresholds';
import { diceShare, wordStems } from './words';
import { diffWords } from './wordDiff';
import type { Block, BlockKind, WordDiff } from './types';

export type OperationType = 'equal' | 'changed' | 'moved' | 'inserted' | 'deleted';

export interface RevisionOperation {
  type: OperationType;
  /** Indexes of the old blocks (none for an insertion). */
  old: number[];
  /** Indexes of the new blocks (none for a deletion). */
  new: number[];
  /** Word diff from the old text to the new; the whole text as one piece for equal, inserted and deleted blocks. */
  diff: WordDiff;
}

export interface RevisionCompare {
  /** Cover fields side by side (field to [old, new]); empty when neither is a Council note. */
  header: Record<string, [string | null, string | null]>;
  /** In reading order of the new version, deletions where the old block stood. */
  operations: RevisionOperation[];
  summary: Record<OperationType, number>;
}

interface Version {
  blocks: readonly Block[];
  cover?: CouncilNoteCover | null;
}

/**
 * Which old block each new block is paired with, and the reverse (-1: none),
 * by block index: typed arrays rather than maps and sets, which a compare
 * of a long document built again and again in each step.
 */
class Pairs {
  readonly oldOf: Int32Array;
  readonly newOf: Int32Array;

  constructor(oldLength: number, newLength: number) {
    this.oldOf = new Int32Array(newLength).fill(-1);
    this.newOf = new Int32Array(oldLength).fill(-1);
  }

  pair(newIndex: number, oldIndex: number): void {
    this.oldOf[newIndex] = oldIndex;
    this.newOf[oldIndex] = newIndex;
  }
}

export function compareRevisions(oldVersion: Version, newVersion: Version): RevisionCompare {
  const oldBlocks = oldVersion.blocks;
  const newBlocks = newVersion.blocks;
  const pairs = new Pairs(oldBlocks.length, newBlocks.length);
  pairIdentical(oldBlocks, newBlocks, pairs);
  pairSimilar(oldBlocks, newBlocks, pairs);
  pairLoneInPlace(oldBlocks, newBlocks, pairs);
  const inPlace = longestOrderedRun(pairs);
  const operations = orderOperations(oldBlocks, newBlocks, pairs, inPlace);
  const summary: Record<OperationType, number> = { equal: 0, changed: 0, moved: 0, inserted: 0, deleted: 0 };
  for (const operation of operations) summary[operation.type]++;
  return { header: compareCovers(oldVersion.cover ?? null, newVersion.cover ?? null), operations, summary };
}

/**
 * Identical blocks, paired in order of appearance (repeated texts pair first
 * with first). Keyed by kind, then by the text itself: a key joining the two
 * copied every block's text.
 */
function pairIdentical(oldBlocks: readonly Block[], newBlocks: readonly Block[], pairs: Pairs): void {
  const byKind = new Map<BlockKind, Map<string, number[]>>();
  for (const block of oldBlocks) {
    let byText = byKind.get(block.kind);
    if (!byText) byKind.set(block.kind, (byText = new Map()));
    const list = byText.get(block.text);
    if (list) list.push(block.index);
    else byText.set(block.text, [block.index]);
  }
  for (const block of newBlocks) {
    const list = byKind.get(block.kind)?.get(block.text);
    if (list && list.length > 0) pairs.pair(block.index, list.shift()!);
  }
}

/** Where blocks stand between the pairs: the gap of each old and new block, and which old gap each new gap corresponds to. */
interface Gaps {
  ofOld: Int32Array;
  ofNew: Int32Array;
  /**
   * The old gap each new gap corresponds to: the gap after the anchor pair
   * that opens it. Only meaningful where the anchors kept their order, which
   * is where it matters.
   */
  anchor: Int32Array;
}

/** For each position, the number of paired positions up to it: blocks with the same number sit between the same anchors. */
function gapsOf(pairs: Pairs): Gaps {
  const gapsAlong = (partners: Int32Array) => {
    const gaps = new Int32Array(partners.length);
    let gap = 0;
    for (let i = 0; i < partners.length; i++) {
      if (partners[i] >= 0) gap++;
      gaps[i] = gap;
    }
    return { gaps, count: gap };
  };
  const old = gapsAlong(pairs.newOf);
  const added = gapsAlong(pairs.oldOf);
  const anchor = new Int32Array(added.count + 1);
  for (let j = 0; j < pairs.oldOf.length; j++) if (pairs.oldOf[j] >= 0) anchor[added.gaps[j]] = old.gaps[pairs.oldOf[j]];
  return { ofOld: old.gaps, ofNew: added.gaps, anchor };
}

/**
 * Pairs the blocks left over by similarity, best pairs first. Only the
 * leftovers are indexed, so a large document with few edits costs little.
 */
function pairSimilar(oldBlocks: readonly Block[], newBlocks: readonly Block[], pairs: Pairs): void {
  const unpairedOld = oldBlocks.filter((block) => pairs.newOf[block.index] < 0);
  const unpairedNew = newBlocks.filter((block) => pairs.oldOf[block.index] < 0);
  if (unpairedOld.length === 0 || unpairedNew.length === 0) return;

  const index = new RetrievalIndex();
  for (const block of unpairedOld) index.add(block.text);
  index.seal();
  const gaps = gapsOf(pairs);

  const proposals: Array<{ old: number; new: number; score: number }> = [];
  for (const block of unpairedNew) {
    for (const hit of index.search(block.text, { limit: 5 })) {
      const old = unpairedOld[hit.entry];
      if (old.kind !== block.kind && (old.kind === 'heading' || block.kind === 'heading')) continue;
      const samePlace = gaps.anchor[gaps.ofNew[block.index]] === gaps.ofOld[old.index];
      const score = hit.score + (samePlace ? REVISION_SAME_PLACE_BONUS : 0);
      if (score >= REVISION_PAIR_SCORE) proposals.push({ old: old.index, new: block.index, score });
    }
  }
  proposals.sort((a, b) => b.score - a.score || a.new - b.new);
  for (const proposal of proposals) {
    if (pairs.oldOf[proposal.new] >= 0 || pairs.newOf[proposal.old] >= 0) continue;
    pairs.pair(proposal.new, proposal.old);
  }
}

/**
 * Pairs the one block left between two unchanged neighbours in each version
 * when it kept a sentence (see REVISION_KEPT_SENTENCE_SHARE): a paragraph
 * edited in place, too much for the similarity of the whole to show it; or
 * when both are date lines, the meeting's date and place changed in place
 * ("12 May 2025, Tokyo" to "5 May 2026, Brussels" share only the month).
 */
function pairLoneInPlace(oldBlocks: readonly Block[], newBlocks: readonly Block[], pairs: Pairs): void {
  const gaps = gapsOf(pairs);
  const unpairedIn = (blocks: readonly Block[], gapOf: Int32Array, partners: Int32Array) => {
    const byGap = new Map<number, Block[]>();
    for (const block of blocks) {
      if (partners[block.index] >= 0) continue;
      const list = byGap.get(gapOf[block.index]);
      if (list) list.push(block);
      else byGap.set(gapOf[block.index], [block]);
    }
    return byGap;
  };
  const oldByGap = unpairedIn(oldBlocks, gaps.ofOld, pairs.newOf);
  const newByGap = unpairedIn(newBlocks, gaps.ofNew, pairs.oldOf);
  for (const [gap, added] of newByGap) {
    const removed = oldByGap.get(gaps.anchor[gap]);
    if (added.length !== 1 || removed?.length !== 1) continue;
    const [before, after] = [removed[0], added[0]];
    if ((before.kind === 'heading') !== (after.kind === 'heading')) continue;
    if (keptASentence(before, after) || (isDateLine(before.text) && isDateLine(after.text))) pairs.pair(after.index, before.index);
  }
}

function keptASentence(before: Block, after: Block): boolean {
  const afterSentences = after.sentences.map((sentence) => wordStems(sentence.text)).filter((stems) => stems.size >= 2);
  return before.sentences.some((sentence) => {
    const stems = wordStems(sentence.text);
    return stems.size >= 2 && afterSentences.some((other) => diceShare(stems, other) >= REVISION_KEPT_SENTENCE_SHARE);
  });
}

/** Which pairs (flagged by new index) are in the longest run whose old indexes also increase: they stayed in place. */
function longestOrderedRun(pairs: Pairs): Uint8Array {
  const { oldOf } = pairs;
  const tails: number[] = [];
  const tailAt: number[] = [];
  const previous = new Int32Array(oldOf.length).fill(-1);
  for (let j = 0; j < oldOf.length; j++) {
    const oldIndex = oldOf[j];
    if (oldIndex < 0) continue;
    const lo = firstAtLeast((i) => tails[i], 0, tails.length, oldIndex);
    tails[lo] = oldIndex;
    tailAt[lo] = j;
    previous[j] = lo > 0 ? tailAt[lo - 1] : -1;
  }
  const run = new Uint8Array(oldOf.length);
  for (let j = tails.length > 0 ? tailAt[tails.length - 1] : -1; j >= 0; j = previous[j]) run[j] = 1;
  return run;
}

/** Operations in reading order of the new version; a deleted block comes where it stood among the blocks kept in place. */
function orderOperations(oldBlocks: readonly Block[], newBlocks: readonly Block[], pairs: Pairs, inPlace: Uint8Array): RevisionOperation[] {
  const operations: RevisionOperation[] = [];
  let nextOld = 0;
  const flushDeletedBefore = (limit: number) => {
    for (; nextOld < limit; nextOld++) {
      if (pairs.newOf[nextOld] < 0) operations.push({ type: 'deleted', old: [nextOld], new: [], diff: [[-1, oldBlocks[nextOld].text]] });
    }
  };
  // Within a gap between blocks kept in place, deletions come before insertions, as in a unified diff.
  const nextInPlaceOld = new Int32Array(newBlocks.length + 1).fill(oldBlocks.length);
  for (let j = newBlocks.length - 1; j >= 0; j--) {
    nextInPlaceOld[j] = inPlace[j] ? pairs.oldOf[j] : nextInPlaceOld[j + 1];
  }
  for (const block of newBlocks) {
    const oldIndex = pairs.oldOf[block.index];
    if (oldIndex < 0) {
      flushDeletedBefore(nextInPlaceOld[block.index]);
      operations.push({ type: 'inserted', old: [], new: [block.index], diff: [[1, block.text]] });
      continue;
    }
    const oldBlock = oldBlocks[oldIndex];
    const same = oldBlock.text === block.text;
    // The blocks' own sentences: the diff need not segment them again.
    const diff: WordDiff = same ? [[0, block.text]] : diffWords(oldBlock.text, block.text, { oldSentences: oldBlock.sentences, newSentences: block.sentences });
    if (inPlace[block.index]) {
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
