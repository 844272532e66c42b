import { PrecedentIndex, alignDraft, parseDocument, trackCommitments, type CommitmentFate } from '../../engine/index';

/** The fate in `draftText` of the first commitment of `priorText`, the draft aligned against that one prior, as the desk reads them. */
export function firstFate(priorText: string, draftText: string): Pick<CommitmentFate, 'fate' | 'draftMarker'> {
  const prior = parseDocument(priorText);
  const draft = parseDocument(draftText);
  const fate = trackCommitments([prior], draft, alignDraft(draft, new PrecedentIndex([prior])))[0];
  if (!fate) throw new Error(`no commitment in "${priorText.slice(0, 60)}"`);
  return { fate: fate.fate, draftMarker: fate.draftMarker };
}

/** Every commitment of `priorText` with its fate in `draftText` and the draft marker it was read in, in the prior's order. */
export function everyFate(priorText: string, draftText: string): Array<[CommitmentFate['fate'], CommitmentFate['draftMarker']]> {
  const prior = parseDocument(priorText);
  const draft = parseDocument(draftText);
  return trackCommitments([prior], draft, alignDraft(draft, new PrecedentIndex([prior]))).map((fate) => [fate.fate, fate.draftMarker]);
}
