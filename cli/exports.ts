/**
 * The files the command line writes besides its report: a comparison, or a
 * draft against its precedents, as Word tracked changes, a standalone HTML
 * report or a PDF; the commitment tracker as CSV. Written atomically; a path
 * that cannot be written is the user's error.
 */
import { basename } from 'node:path';
import { documentTitle, type RevisionCompare } from '../engine/index';
import { exportReportDocx } from '../io/exportDocx';
import { renderReportHtml } from '../io/exportHtml';
import { comparisonReport, draftReport, type Report } from '../io/report';
import { commitmentCsvRows } from '../io/commitmentCsvRows';
import { commitmentsCsv } from '../io/exportCsv';
import { writeAtomically } from '../io/writeAtomically';
import { InputError, type InputDocument } from './inputs';
import type { AlignResult } from './commands/align';

async function write(path: string, data: string | Buffer): Promise<void> {
  try {
    await writeAtomically(path, data);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot write ${path}: ${code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' ? 'permission denied' : (error as Error).message}`);
  }
}

/** Where to write a report: any of the three formats, each optional. */
export interface ReportPaths {
  docx?: string;
  html?: string;
  pdf?: string;
}

/** Writes the report in each format asked for; the paths written, in the order docx, html, pdf. */
async function writeReport(report: Report, paths: ReportPaths): Promise<string[]> {
  const written: string[] = [];
  if (paths.docx) {
    await write(paths.docx, await exportReportDocx(report));
    written.push(paths.docx);
  }
  if (paths.html) {
    await write(paths.html, renderReportHtml(report));
    written.push(paths.html);
  }
  if (paths.pdf) {
    // pdfmake, with PDFKit and its font engine, is loaded only when a PDF is asked for: every other command starts without it.
    const { exportReportPdf } = await import('../io/exportPdf');
    await write(paths.pdf, await exportReportPdf(report));
    written.push(paths.pdf);
  }
  return written;
}

/** The comparison of two revisions, written in the formats asked for; marked as the new (else the old) version's cover is. */
export function writeComparisonExports(oldInput: InputDocument, newInput: InputDocument, compare: RevisionCompare, paths: ReportPaths): Promise<string[]> {
  const report = comparisonReport({
    oldBlocks: oldInput.document.blocks,
    newBlocks: newInput.document.blocks,
    compare,
    // Roboto, the PDF's font, has no arrows.
    title: `${basename(oldInput.file)} to ${basename(newInput.file)}`,
    classification: newInput.document.cover?.classification ?? oldInput.document.cover?.classification ?? null,
    date: new Date(),
  });
  return writeReport(report, paths);
}

/**
 * The draft against its precedents, written in the formats asked for; marked
 * as the draft's cover is, else as the latest prior's (draftReport). The
 * heading names the draft by its title, else its file name: a path (often a
 * temporary one) says nothing to the report's reader.
 */
export function writeDraftExports({ draft, priors, alignment }: AlignResult, paths: ReportPaths): Promise<string[]> {
  const report = draftReport({
    draft: { title: draft.title ?? documentTitle(draft.document) ?? basename(draft.file), document: draft.document },
    priors: priors.map((prior) => ({ title: basename(prior.file), date: prior.date, document: prior.document })),
    alignment,
    date: new Date(),
  });
  return writeReport(report, paths);
}

export async function writeCommitmentsCsv({ priors, commitments, draft }: AlignResult, path: string): Promise<void> {
  await write(
    path,
    commitmentsCsv(commitmentCsvRows(commitments, (p) => basename(priors[p].file), draft.document.blocks)),
  );
}
