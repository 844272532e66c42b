/**
 * A prior block merged into another's paragraph is not dropped: it lives on
 * in the sentence that continues it. When a drafter folds a short paragraph
 * into a neighbour (2026's "To ensure a safe and fair digital environment,
 * both sides are deepening cooperation on the oversight of online platforms"
 * into the platforms bullet, as "To keep the online environment safe and
 * fair, both sides will continue regulatory exchanges ..."), the link model
 * weighs the paragraph as a whole against its far stronger precedent and
 * lets the folded one go, and it was reported dropped. So a prior block no
 * draft block continues is continued by the linked draft block that
 * continues a block of its section and holds a sentence that continues one
 * of its sentences (SENTENCE_LINK_MIN_SHARE, the
 * line of the sentence links) better than it continues any sentence of the
 * block's own precedents; the best such sentence's block when several do.
 * A block really taken out leaves no sentence behind: on the labelled,
 * written and generated pairs (some 200 real and generated drops, in both
 * styles) no drop is joined so, at any line from 0.25 to 0.45.
 */
import type { BlockProfile } from './blockProfile';
import type { PairFeatures } from './linkFeatures';
import type { PrecedentIndex, PrecedentMatch } from './PrecedentIndex';
import { SENTENCE_LINK_MIN_SHARE } from './thresholds';
import { diceShare } from './words';

/** A draft block as this rule reads it: its profile, its candidates and its links. */
export interface SentenceReading {
  profile: BlockProfile;
  candidates: ReadonlyArray<{ match: PrecedentMatch; features: Pick<PairFeatures, 'bestSentence'>; mayLink: boolean }>;
  links: ReadonlyArray<{ prior: number; block: number }>;
}

/** The prior blocks no draft block links that a draft block continues by a sentence, each with that block's position (usually none). */
export function mergedSentences(blocks: readonly SentenceReading[], index: PrecedentIndex, isLinked: (match: { prior: number; block: number }) => boolean): Array<{ at: number; match: PrecedentMatch }> {
  const best = new Map<number, { at: number; match: PrecedentMatch; share: number }>();
  blocks.forEach((block, at) => {
    for (const { match, share } of sentenceMerges(block, index)) {
      if (isLinked(match)) continue;
      const entry = index.entryNumber(match);
      const held = best.get(entry);
      if (!held || share > held.share) best.set(entry, { at, match, share });
    }
  });
  return [...best.values()];
}

/**
 * The candidates a linked block continues by a sentence better than its
 * links, whether or not another block links them, by its links (the same
 * array while a live session keeps the block's alignment): against 1,000
 * statements a block's candidates are near-copies of its precedent, each
 * read sentence by sentence, and a keystroke keeps all but a few blocks'
 * alignments.
 */
const merges = new WeakMap<object, ReadonlyArray<{ match: PrecedentMatch; share: number }>>();

function sentenceMerges(block: SentenceReading, index: PrecedentIndex): ReadonlyArray<{ match: PrecedentMatch; share: number }> {
  if (block.links.length === 0) return [];
  let found = merges.get(block.links);
  if (found) return found;
  const list: Array<{ match: PrecedentMatch; share: number }> = [];
  const own = new Set(block.links.map((link) => index.entryNumber(link)));
  for (const { match, features, mayLink } of block.candidates) {
    // bestSentence is the best share of any sentence pair of the two: under the line, no sentence continues the other.
    if (features.bestSentence < SENTENCE_LINK_MIN_SHARE || !mayLink || own.has(index.entryNumber(match))) continue;
    // A paragraph is folded into a neighbour of its section; a sentence of it said again in another topic's paragraph leaves the rest dropped.
    if (!block.links.some((link) => link.prior === match.prior && index.sectionOf(link) === index.sectionOf(match))) continue;
    const share = continuedBetter(block.profile, index.profileOf(match), block.links.map((link) => index.profileOf(link)));
    if (share >= SENTENCE_LINK_MIN_SHARE) list.push({ match, share });
  }
  merges.set(block.links, (found = list));
  return found;
}

/** The best share with which a draft sentence continues a sentence of `other` while continuing no sentence of its precedents as well (0 if none). */
function continuedBetter(draft: BlockProfile, other: BlockProfile, precedents: readonly BlockProfile[]): number {
  let best = 0;
  for (const sentence of draft.sentences) {
    let share = 0;
    for (const prior of other.sentences) share = Math.max(share, diceShare(sentence, prior));
    if (share <= best) continue;
    let own = 0;
    for (const precedent of precedents) for (const prior of precedent.sentences) own = Math.max(own, diceShare(sentence, prior));
    if (share > own) best = share;
  }
  return best;
}
