/** The engine's judgement of a labelled pair, through its front door, as the desk and the command line take it. */
import { PrecedentIndex, alignDraft, parseDocument, statementBlocks, trackCommitments, type CommitmentFate, type DraftAlignment, type LinkModel } from '../engine/index';
import type { FateShiftDraft } from './firmnessShifts';
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

/** The fates the engine gives the prior's commitments in a generated draft with firmness shifts, with the shipped model. */
export function judgeFateShifts(draft: FateShiftDraft): CommitmentFate[] {
  const prior = { blocks: statementBlocks(parseDocument(draft.priorText)) };
  const shifted = { blocks: statementBlocks(parseDocument(draft.draftText)) };
  return trackCommitments([prior], shifted, alignDraft(shifted, new PrecedentIndex([prior])));
}
