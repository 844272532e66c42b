/**
 * Reads any document the command line accepts: Word (.docx), PDF and HTML
 * imported to Markdown, text files as they are. Kept apart from
 * readDocumentFile so that the desktop app's main process, which opens .md
 * and .txt drafts itself, does not bundle the importers: it runs them in an
 * import worker (their dependencies carry code built from strings, which the
 * app's build scan refuses in the main bundle).
 */
import { extname } from 'node:path';
import { importDocx } from './importDocx';
import { importHtml } from './importHtml';
import { importPdf, type ImportPdfOptions } from './importPdf';
import { readDocumentFile, readTextFile, type ReadResult } from './readDocumentFile';

/** `onProgress` reports the pages read of a PDF. */
export async function readImportedDocument(path: string, options: ImportPdfOptions = {}): Promise<ReadResult> {
  const extension = extname(path).toLowerCase();
  if (extension === '.pdf') {
    const imported = await importPdf(path, options);
    return imported.ok ? { ok: true, path, source: imported.markdown, format: 'markdown' } : imported;
  }
  if (extension === '.docx') {
    const imported = await importDocx(path);
    if (!imported.ok) return imported;
    return imported.markdown.trim() ? { ok: true, path, source: imported.markdown, format: 'markdown' } : { ok: false, path, message: `cannot read ${path}: the document is empty` };
  }
  if (extension === '.html' || extension === '.htm') {
    const read = await readTextFile(path);
    if (!read.ok) return read;
    const source = importHtml(read.source);
    return source.trim() ? { ok: true, path, source, format: 'markdown' } : { ok: false, path, message: `cannot read ${path}: the document is empty` };
  }
  return readDocumentFile(path, '.md, .txt, .docx, .pdf and .html files');
}
