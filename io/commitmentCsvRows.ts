/**
 * The rows of the commitment tracker (io/exportCsv.ts writes them): apart
 * from the CSV writer, so that the desk's main process and the command line
 * build them without loading it until a file is written.
 */
import type { Block, CommitmentFate } from '../engine/index';

/** One commitment of a prior statement and what became of it in the draft. */
export interface CommitmentCsvRow {
  prior: string;
  sentence: string;
  marker: string;
  firmness: string;
  fate: string;
  draftBlock: string;
  /** The draft sentence the fate was read in, empty when dropped. */
  draftSentence: string;
  /** Why, in a reader's words ("weakened: will enhance (firm) → would consider (tentative)"): a label checked in seconds. */
  why: string;
}

/** The tracker's rows for a draft's commitment fates: each prior named by `priorName`, each draft block by its number and first words. */
export function commitmentCsvRows(fates: readonly CommitmentFate[], priorName: (prior: number) => string, draftBlocks: readonly Block[]): CommitmentCsvRow[] {
  return fates.map((fate) => ({
    prior: priorName(fate.prior),
    sentence: fate.sentence,
    marker: fate.marker,
    firmness: fate.firmness,
    fate: fate.fate,
    draftBlock: fate.draftBlock === null ? '' : `#${fate.draftBlock} ${draftBlocks[fate.draftBlock].text.slice(0, 80)}`,
    draftSentence: fate.draftSentence ?? '',
    why: fate.reason,
  }));
}
