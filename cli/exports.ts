/**
 * The files the command line writes besides its report: a comparison as
 * Word tracked changes or a standalone HTML report, the commitment tracker as
 * CSV. Written atomically; a path that cannot be written is the user's error.
 */
import { exportComparisonDocx } from '../io/exportDocx';
import { renderComparisonHtml } from '../io/exportHtml';
import { commitmentsCsv } from '../io/exportCsv';
import { writeAtomically } from '../io/writeAtomically';
import { InputError, type InputDocument } from './inputs';
import type { AlignResult } from './commands/align';
import type { RevisionCompare } from '../engine/index';

async function write(path: string, data: string | Buffer): Promise<void> {
  try {
    await writeAtomically(path, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot write ${path}: ${code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`);
  }
}

export async function writeComparisonExports(
  oldInput: InputDocument,
  newInput: InputDocument,
  compare: RevisionCompare,
  paths: { docx?: string; html?: string },
): Promise<string[]> {
  const classification = newInput.document.cover?.classification ?? oldInput.document.cover?.classification ?? null;
  const input = {
    oldBlocks: oldInput.document.blocks,
    newBlocks: newInput.document.blocks,
    compare,
    title: `${oldInput.file} → ${newInput.file}`,
    classification,
    date: new Date(),
  };
  const written: string[] = [];
  if (paths.docx) {
    await write(paths.docx, await exportComparisonDocx(input));
    written.push(paths.docx);
  }
  if (paths.html) {
    await write(paths.html, renderComparisonHtml(input));
    written.push(paths.html);
  }
  return written;
}

export async function writeCommitmentsCsv({ priors, commitments, draft }: AlignResult, path: string): Promise<void> {
  await write(
    path,
    commitmentsCsv(
      commitments.map((c) => ({
        prior: priors[c.prior].file,
        sentence: c.sentence,
        marker: c.marker,
        firmness: c.firmness,
        fate: c.fate,
        draftBlock: c.draftBlock === null ? '' : `#${c.draftBlock} ${draft.document.blocks[c.draftBlock].text.slice(0, 80)}`,
      })),
    ),
  );
}
