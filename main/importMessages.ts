/**
 * What the import worker does with a message from main: imports one Word,
 * PDF or HTML document to Markdown, reporting a PDF's pages as they are
 * read, and answers with the Markdown and, for a Word document with tracked
 * changes, the two versions those changes hold. Pure of worker_threads, so
 * tests run it in plain Node; importWorker.ts only connects it to the port.
 */
import { extname } from 'node:path';
import { importDocx } from '../io/importDocx';
import { readImportedDocument } from '../io/readImportedDocument';
import type { ImportedDocument, ImportReply, ImportRequest } from './importProtocol';

/**
 * Imports `path` in this thread. The worker runs it; so do tests that need no
 * worker. `pdfjsData`: where pdf.js's fonts and character maps are (the
 * installed package when not given).
 */
export async function importDocumentFile(path: string, onProgress: (pagesRead: number, pageCount: number) => void = () => {}, pdfjsData?: string): Promise<ImportedDocument> {
  if (extname(path).toLowerCase() === '.docx') {
    // Read directly rather than through readImportedDocument, which keeps only the Markdown: the tracked changes are wanted here.
    const imported = await importDocx(path);
    if (!imported.ok) return { ok: false, message: imported.message };
    return { ok: true, markdown: imported.markdown, trackedChanges: imported.revisions };
  }
  const read = await readImportedDocument(path, { onProgress, pdfjsData });
  return read.ok ? { ok: true, markdown: read.source, trackedChanges: null } : { ok: false, message: read.message };
}

/** Answers one message from main: progress replies while a PDF's pages are read, then exactly one `imported`. */
export async function answerImportRequest(message: unknown, post: (reply: ImportReply) => void, pdfjsData?: string): Promise<void> {
  if (!isImportRequest(message)) {
    // A programming error in main, answered rather than thrown so that main is not left waiting.
    post({ type: 'imported', result: { ok: false, message: `the importer received a request it does not understand: ${JSON.stringify(message)?.slice(0, 200)}` } });
    return;
  }
  let result: ImportedDocument;
  try {
    result = await importDocumentFile(message.path, (pagesRead, pageCount) => post({ type: 'progress', pagesRead, pageCount }), pdfjsData);
  } catch (error) {
    // The importers return the problems a user can cause; anything thrown is a bug in a library, still worth one sentence.
    result = { ok: false, message: `cannot import ${message.path}: the importer failed (${(error as Error).message})` };
  }
  post({ type: 'imported', result });
}

function isImportRequest(message: unknown): message is ImportRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, path } = message as Record<string, unknown>;
  return type === 'import' && typeof path === 'string' && path.length > 0;
}
