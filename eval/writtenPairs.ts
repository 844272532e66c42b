/**
 * A pair we wrote ourselves, for drafting the public labels lack: a fourth
 * labelled pair, trained on and left out in turn like the others.
 * eval/labelled/draft-2027p.md is a draft of the fifth statement written from the 2026 one by hand, paraphrased
 * throughout ("reaffirmed their commitment" / "confirmed once more"), with
 * merges (the three opening framing paragraphs into one; the Electronic
 * Signatures bullet into Digital Identity; the Platform section's intro into
 * its bullet), splits (Data Spaces and Battery Traceability; Submarine Cables
 * and Arctic Connectivity; Horizon Europe out of the AI and quantum intro),
 * new initiatives inside continued sections (Health Data, AI for Science,
 * Digital Skills), firmness shifts and four real drops. The reader who
 * wrote it labelled its links (carried or revised by the README's rule,
 * verbatimShares.ts, applied when the labels were written) and the fate of
 * each commitment of 2026 in it, by the definitions of the gold README
 * (commitments-2026-draft2027p.jsonl, with the draft sentence that shows
 * each fate).
 */
import { readFileSync } from 'node:fs';
import { parseDocument, statementBlocks } from '../engine/index';
import { readCorpusDocument, readJsonLines, resolveLines, type GoldAlignLine, type GoldCommitment, type LabelledPair } from './labelledPairs';

const labelled = new URL('labelled/', import.meta.url);

const readLines = <T>(name: string): T[] => readJsonLines<T>(new URL(name, labelled));

export const WRITTEN_PAIR_NAME = '2026 → draft 2027p (written by us: paraphrase, merges, splits, new initiatives, drops)';

export const writtenDraftText = (): string => readFileSync(new URL('draft-2027p.md', labelled), 'utf8');

export function writtenPair(): LabelledPair {
  const prior = statementBlocks(readCorpusDocument('council-note-8288-1-26-rev1'));
  const draft = statementBlocks(parseDocument(writtenDraftText()));
  return {
    name: WRITTEN_PAIR_NAME,
    origin: 'gold',
    prior: { blocks: prior },
    draft: { blocks: draft },
    ...resolveLines('draft 2027p', prior, draft, readLines<GoldAlignLine>('align-2026-draft2027p.jsonl')),
    commitments: readLines<GoldCommitment>('commitments-2026-draft2027p.jsonl'),
  };
}
