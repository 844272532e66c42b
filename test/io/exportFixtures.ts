/**
 * What the export tests render: the 2025 statement revised by hand, and the
 * 2026 Council note as a draft against the statements, both from the real
 * corpus.
 */
import { readFileSync } from 'node:fs';
import { compareRevisions, parseDocument } from '../../engine/index';
import { runAlign, type AlignResult } from '../../cli/commands/align';
import type { InputDocument } from '../../cli/inputs';
import type { ComparisonExport } from '../../io/report';
import { corpusDir } from '../support/gold';

export const readCorpus = (id: string) => readFileSync(new URL(`${id}.md`, corpusDir), 'utf8');

/** The edits made to the 2025 statement, and the words to look for after them. */
export const EDITS = {
  rewordedFrom: 'Both sides reaffirmed the need to further advance the Hiroshima AI Process outcomes',
  rewordedTo: 'Both sides stressed the urgent need to advance the Hiroshima AI Process outcomes',
  moved: 'On **5G**, recognising the progress',
  deleted: 'On **online platforms**,',
  inserted: 'On **space**, both sides welcomed first exchanges on secure satellite connectivity.',
} as const;

/** The 2025 statement with a sentence reworded, a paragraph moved far down, one deleted and one inserted. */
export function revisedStatement(): { old: string; new: string } {
  const source = readCorpus('statement-2025');
  const paragraphs = source.split('\n\n');
  const [moved] = paragraphs.splice(
    paragraphs.findIndex((p) => p.startsWith(EDITS.moved)),
    1,
  );
  paragraphs.splice(
    paragraphs.findIndex((p) => p.startsWith(EDITS.deleted)),
    1,
    EDITS.inserted,
  );
  paragraphs.splice(
    paragraphs.findIndex((p) => p.startsWith('## 4.')),
    0,
    moved,
  );
  return { old: source, new: paragraphs.join('\n\n').replace(EDITS.rewordedFrom, EDITS.rewordedTo) };
}

export function revisionExport(classification: string | null): ComparisonExport {
  const versions = revisedStatement();
  return comparisonExport(versions.old, versions.new, classification);
}

/** Two versions of the 2025 statement compared, as the exporters take them, titled and dated as every export test expects. */
export function comparisonExport(oldSource: string, newSource: string, classification: string | null): ComparisonExport {
  const oldDoc = parseDocument(oldSource);
  const newDoc = parseDocument(newSource);
  return {
    oldBlocks: oldDoc.blocks,
    newBlocks: newDoc.blocks,
    compare: compareRevisions(oldDoc, newDoc),
    title: 'Joint Statement 2025, revised',
    classification,
    date: new Date('2026-11-02T09:30:00Z'),
  };
}

const corpusInput = (id: string): InputDocument => {
  const document = parseDocument(readCorpus(id));
  return { file: id, document, date: String(document.frontMatter.date) };
};

/** The 2026 Council note (LIMITE) as a draft aligned with the 2024 and 2025 statements, as `precedent align` does. */
export function councilNoteAsDraft(): AlignResult {
  return runAlign(['statement-2024', 'statement-2025'].map(corpusInput), corpusInput('council-note-8288-1-26-rev1'));
}
