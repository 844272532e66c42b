/** The engine's judgement of a labelled pair, through its front door, as the desk and the command line take it. */
import { PrecedentIndex, alignDraft, type AlignedMatch, parseDocument, statementBlocks, trackCommitments, type Block, type CommitmentFate, type DraftAlignment, type LinkModel } from '../engine/index';
import type { FateShiftDraft } from './firmnessShifts';
import type { FoldCase } from './foldedParagraphs';
import { readCorpusDocument, type LabelledPair } from './labelledPairs';

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

/** The statements before 2026, read once. */
let earlier: Array<{ blocks: Block[] }> | undefined;

/**
 * The judgement of a draft of the fifth statement as `align --json` gives it
 * with every earlier statement as a prior (2022, 2024, 2025 and the pair's
 * own 2026), cut to the pair's prior: its links, its dropped blocks and the
 * fates of its commitments. Links to older statements are not scored; the
 * labels speak of 2026 alone.
 */
export function judgeWithEveryPrior(pair: LabelledPair, model?: LinkModel): Judgement {
  earlier ??= ['partnership-2022', 'statement-2024', 'statement-2025'].map((id) => ({ blocks: statementBlocks(readCorpusDocument(id)) }));
  const priors = [...earlier, pair.prior];
  const own = priors.length - 1;
  const alignment = alignDraft(pair.draft, new PrecedentIndex(priors), { model });
  return {
    alignment: {
      alignments: alignment.alignments.map((a) => ({ ...a, matches: a.matches.filter((m) => m.prior === own) })),
      dropped: alignment.dropped.filter((d) => d.prior === own),
    },
    fates: trackCommitments(priors, pair.draft, alignment)
      .filter((f) => f.prior === own)
      .map((f) => ({ ...f, prior: 0 })),
  };
}

/** The fates the engine gives the prior's commitments in a generated draft with firmness shifts, with the shipped model. */
export function judgeFateShifts(draft: FateShiftDraft): CommitmentFate[] {
  const prior = { blocks: statementBlocks(parseDocument(draft.priorText)) };
  const shifted = { blocks: statementBlocks(parseDocument(draft.draftText)) };
  return trackCommitments([prior], shifted, alignDraft(shifted, new PrecedentIndex([prior])));
}

/** What the engine makes of a folded paragraph (shipped model): the match that continues it in the draft with the fold, and whether the draft without it drops it. */
export function judgeFold(fold: FoldCase): { keptBy: AlignedMatch | undefined; takenOutDropped: boolean } {
  const index = new PrecedentIndex([fold.prior]);
  const folded = alignDraft(parseDocument(fold.foldedText), index);
  const takenOut = alignDraft(parseDocument(fold.takenOutText), index);
  return {
    keptBy: folded.alignments.flatMap((a) => a.matches).find((m) => m.block === fold.folded.index),
    takenOutDropped: takenOut.dropped.some((d) => d.block === fold.folded.index),
  };
}
