/**
 * A commitment restated in a marker of the same firmness but other words
 * ("will" → "intend to") keeps its fate, restated, and is read as a marker
 * change; one restated in the same marker, with or without an adverb, is not.
 * On the statements' own sentences.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PrecedentIndex, alignDraft, parseDocument, statementBlocks, trackCommitments, type CommitmentFate } from '../../engine/index';
import { corpusDir } from '../support/gold';

const source = readFileSync(new URL('council-note-8288-1-26-rev1.md', corpusDir), 'utf8');
const STANDARDS = 'Both sides will enhance their collaboration on the international standardisation';

/** The 2026 statement's fates in a draft that is the statement with one phrase replaced. */
function fatesAfter(from: string, to: string): CommitmentFate[] {
  if (!source.includes(from)) throw new Error(`"${from}" is not in the 2026 statement`);
  const prior = { blocks: statementBlocks(parseDocument(source)) };
  const draft = { blocks: statementBlocks(parseDocument(source.replace(from, to))) };
  return trackCommitments([prior], draft, alignDraft(draft, new PrecedentIndex([prior])));
}

const standards = (fates: CommitmentFate[]) => {
  const found = fates.find((f) => f.sentence.startsWith(STANDARDS));
  if (!found) throw new Error('the standardisation commitment was not found');
  return found;
};

describe('a marker changed within its tier', () => {
  it('"will enhance" → "intend to enhance" is restated, with a marker change', () => {
    const found = standards(fatesAfter('Both sides will enhance their collaboration', 'Both sides intend to enhance their collaboration'));
    expect(found.fate, found.reason).toBe('restated');
    expect(found.markerChanged).toBe(true);
    expect(found.reason).toBe('restated: will enhance (firm) → intend to enhance (firm), in another marker');
  });

  it('"will enhance" → "will further enhance" is the same marker', () => {
    const found = standards(fatesAfter('Both sides will enhance their collaboration', 'Both sides will further enhance their collaboration'));
    expect(found.fate, found.reason).toBe('restated');
    expect(found.markerChanged).toBeUndefined();
  });

  it('"will enhance" → "would consider enhancing" is weakened, not a marker change', () => {
    const found = standards(fatesAfter('Both sides will enhance their collaboration', 'Both sides would consider enhancing their collaboration'));
    expect(found.fate, found.reason).toBe('weakened');
    expect(found.draftMarker).toBe('would consider');
    expect(found.markerChanged).toBeUndefined();
  });

  it('the statement against itself changes no marker', () => {
    const fates = fatesAfter('Both sides', 'Both sides');
    expect(fates.filter((f) => f.markerChanged).map((f) => f.reason)).toEqual([]);
  });
});
