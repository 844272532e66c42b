/**
 * File › Export, from request to bytes: the draft parsed and aligned with its
 * chosen priors as the desk's analysis does (or two revisions compared), made
 * into a report and rendered as Word tracked changes, standalone HTML or PDF,
 * or the draft's commitment tracker as CSV. Main analyses again from the text
 * the page sends and never writes bytes the page built. Pure apart from
 * reading the PDF's fonts; the save dialog and the write are the IPC
 * handler's (ipc.ts, saveExport.ts).
 */
import { join } from 'node:path';
import type { CorpusSource, ExportFormat, ExportRequest, Result, RevisionToExport } from '../contract/api';
import { PrecedentIndex, alignDraft, compareRevisions, parseDocument, statementBlocks, trackCommitments, type ParsedDocument } from '../engine/index';
import { commitmentCsvRows, type CommitmentCsvRow } from '../io/commitmentCsvRows';
import { robotoFonts, type PdfFonts } from '../io/exportPdf';
import { comparisonReport, draftReport, type Report } from '../io/report';

/** An export analysed and ready to render: a report, or the commitment rows of a draft. */
export type PreparedExport = { suggestedName: string } & ({ format: Exclude<ExportFormat, 'csv'>; report: Report } | { format: 'csv'; rows: CommitmentCsvRow[] });

export interface PrepareOptions {
  /** When the report is made: the date of every tracked change and the one printed on it. */
  date: Date;
}

/** What the save dialog offers for each format. */
export const EXPORT_FILTERS: Record<ExportFormat, { name: string; extensions: string[] }> = {
  docx: { name: 'Word document (tracked changes)', extensions: ['docx'] },
  html: { name: 'HTML report', extensions: ['html'] },
  pdf: { name: 'PDF report', extensions: ['pdf'] },
  csv: { name: 'CSV (spreadsheet)', extensions: ['csv'] },
};

/**
 * Analyses what `request` names: for a draft, its priors are looked up in
 * `corpus` (the embedded statements and the user's added documents, as
 * listCorpus gives them). A prior that is not there, or none chosen, is the
 * user's error.
 */
export function prepareExport(request: ExportRequest, corpus: readonly CorpusSource[], { date }: PrepareOptions): Result<PreparedExport> {
  const { subject, format } = request;
  if (subject.kind === 'revisions') {
    if (format === 'csv') return { ok: false, message: 'cannot export a revision review as CSV: the commitment tracker is a draft’s; export the draft from the desk' };
    return { ok: true, value: { format, report: revisionsReport(subject.old, subject.new, date), suggestedName: fileNameOf(`${subject.old.title} to ${subject.new.title}`, format) } };
  }
  const stem = subject.name.replace(/\.[^.]*$/u, '') || 'Draft';
  if (subject.priorIds.length === 0) return { ok: false, message: `cannot export ${subject.name} against its precedents: no prior statement is chosen (choose at least one under Priors)` };
  const byId = new Map(corpus.map((source) => [source.id, source]));
  const missing = subject.priorIds.find((id) => !byId.has(id));
  if (missing !== undefined) return { ok: false, message: `cannot export ${subject.name}: its prior "${missing}" is no longer in the corpus; choose its priors again` };
  // Oldest first, as the desk's analysis orders them: the index weighs the newest first.
  const priors = [...new Set(subject.priorIds)]
    .map((id) => byId.get(id)!)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((source) => ({ title: source.id, date: source.date, document: parseDocument(source.source) }));
  const draft = parseDocument(subject.text);
  const priorBlocks = priors.map((prior) => statementBlocks(prior.document));
  const alignment = alignDraft(draft, new PrecedentIndex(priorBlocks.map((blocks, p) => ({ blocks, date: priors[p].date }))));
  if (format === 'csv') {
    const fates = trackCommitments(
      priorBlocks.map((blocks) => ({ blocks })),
      draft,
      alignment,
    );
    const rows = commitmentCsvRows(fates, (p) => priors[p].title, draft.blocks);
    return { ok: true, value: { format, rows, suggestedName: fileNameOf(`${stem} - commitments`, format) } };
  }
  const report = draftReport({
    draft: { title: stem, document: draft },
    priors,
    alignment,
    // Marked as draftReport marks by default: the draft's own marking, else the latest prior's.
    date,
  });
  return { ok: true, value: { format, report, suggestedName: fileNameOf(`${stem} - precedents`, format) } };
}

/** The bytes of a prepared export. The io builders are loaded on the first export: main starts without docx and pdfmake. */
export async function renderExport(prepared: PreparedExport, { fonts }: { fonts?: PdfFonts } = {}): Promise<Buffer | string> {
  switch (prepared.format) {
    case 'csv':
      return (await import('../io/exportCsv')).commitmentsCsv(prepared.rows);
    case 'docx':
      return (await import('../io/exportDocx')).exportReportDocx(prepared.report);
    case 'html':
      return (await import('../io/exportHtml')).renderReportHtml(prepared.report);
    case 'pdf':
      return (await import('../io/exportPdf')).exportReportPdf(prepared.report, fonts === undefined ? {} : { fonts });
  }
}

/** The PDF's fonts in the built app: Roboto as pdfmake ships it, copied beside the main bundle by the build (scripts/buildElectron.mjs). */
export const reportFonts = (appRoot: string): PdfFonts => robotoFonts(join(appRoot, 'dist', 'main', 'fonts'));

function revisionsReport(before: RevisionToExport, after: RevisionToExport, date: Date): Report {
  const [oldDocument, newDocument] = [parseDocument(before.source), parseDocument(after.source)];
  return comparisonReport({
    oldBlocks: oldDocument.blocks,
    newBlocks: newDocument.blocks,
    compare: compareRevisions(oldDocument, newDocument),
    title: `${before.title} to ${after.title}`,
    // Marked as the new version's cover is, else the old one's, as the command line does.
    classification: markingOf(newDocument) ?? markingOf(oldDocument),
    date,
  });
}

const markingOf = (document: ParsedDocument): string | null => document.cover?.classification ?? null;

/** Longer names are cut: the save dialog shows them, and a file system takes 255 bytes at most. */
const MAX_STEM_LENGTH = 120;

/** A file name for the save dialog: characters no file system accepts become hyphens. */
function fileNameOf(stem: string, format: ExportFormat): string {
  const safe = stem.replace(/[\\/:*?"<>|\u0000-\u001f]+/gu, '-').replace(/\s+/gu, ' ').trim().slice(0, MAX_STEM_LENGTH).trim();
  return `${safe || 'Report'}.${format}`;
}
