/** The engine's judgement of a labelled pair, through its front door, as the desk and the command line take it. */
import { PrecedentIndex, alignDraft, trackCommitments, type CommitmentFate, type DraftAlignment, type LinkModel } from '../engine/index';
import type { LabelledPair } from './labelledPairs';

export interface Judgement {
  alignment: DraftAlignment;
  fates: CommitmentFate[];
}

/** With `model`, the link model given instead of the shipped one (a model trained without this pair, for held-out figures). */
export function judgePair(pair: LabelledPair, model?: LinkModel): Judgement {
  const index = new PrecedentIndex([pair.prior]);
  const alignment = alignDraft(pair.draft, index, { model });
  return { alignment, fates: trackCommitments([pair.prior], pair.draft, alignment) };
}
