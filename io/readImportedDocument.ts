/**
 * Reads any document the command line accepts: Word (.docx) and HTML
 * imported to Markdown, text files as they are. Kept apart from
 * readDocumentFile so that the desktop app, which opens .md and .txt drafts
 * only for now, does not bundle the importers (their dependencies carry code
 * built from strings, which the app's build scan refuses).
 */
import { extname } from 'node:path';
import { importDocx } from './importDocx';
import { importHtml } from './importHtml';
import { readDocumentFile, readTextFile, type ReadResult } from './readDocumentFile';

export async function readImportedDocument(path: string): Promise<ReadResult> {
  const extension = extname(path).toLowerCase();
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
  return readDocumentFile(path, '.md, .txt, .docx and .html files');
}
