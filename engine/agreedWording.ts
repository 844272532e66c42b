/**
 * Where the desk may offer to put back the agreed wording of a draft block:
 * the quick fix replaces the block with its main precedent's text, which
 * destroys the draft's wording, so it is offered only where the precedent
 * really continues the block.
 */
import { isBareLabel } from './bareLabel';
import { AGREED_WORDING_MIN_LENGTH_SHARE, AGREED_WORDING_MIN_PROBABILITY } from './thresholds';
import type { BlockAlignment } from './alignDraft';
import type { PrecedentIndex, PrecedentMatch } from './PrecedentIndex';
import type { Block } from './types';

const wordCount = (text: string): number => text.split(/\s+/u).filter(Boolean).length;

/**
 * The prior block whose wording may replace the draft block, or null: the
 * block is carried or revised, by a strong link, from a precedent that is
 * not much shorter than it and says something else; neither is a bare label.
 */
export function agreedWordingOf(alignment: Pick<BlockAlignment, 'status' | 'matches'>, draft: Block, index: PrecedentIndex): PrecedentMatch | null {
  const main = alignment.matches[0];
  if (alignment.status === 'new' || !main || main.evidence.probability < AGREED_WORDING_MIN_PROBABILITY) return null;
  const prior = index.blockOf(main);
  if (prior.text === draft.text || isBareLabel(prior) || isBareLabel(draft)) return null;
  if (wordCount(prior.text) < AGREED_WORDING_MIN_LENGTH_SHARE * wordCount(draft.text)) return null;
  return { prior: main.prior, block: main.block, score: main.score };
}
