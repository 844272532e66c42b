/**
 * Importing Word, PDF and HTML documents off main's thread: the worker's
 * message handling in plain Node, then the built worker
 * (dist/importer/importWorker.mjs) started as main starts it, on real files in
 * a temporary folder.
 */
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../contract/api';
import { answerImportRequest } from '../../main/importMessages';
import type { ImportReply } from '../../main/importProtocol';
import { DocumentImporter, startImport } from '../../main/importRunner';
import { pdfmakePdf } from '../fixtures/pdfs';
import { STATEMENT_HTML, STATEMENT_HTML_MARKDOWN, writePlainDocx, writeTrackedDocx } from '../fixtures/importedDocuments';

const root = join(import.meta.dirname, '..', '..');
const workerPath = join(root, 'dist', 'importer', 'importWorker.mjs');
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'precedent-import-worker-'));
  const { buildElectron } = (await import(pathToFileURL(join(root, 'scripts', 'buildElectron.mjs')).href)) as { buildElectron: (root: string) => Promise<void> };
  await buildElectron(root);
}, 60_000);
afterAll(() => rm(folder, { recursive: true, force: true }));

async function answer(message: unknown): Promise<ImportReply[]> {
  const replies: ImportReply[] = [];
  await answerImportRequest(message, (reply) => replies.push(reply));
  return replies;
}

describe('the import worker answers each request with one imported document', () => {
  it('a Word statement with tracked changes: the Markdown after the changes, and both versions', async () => {
    const path = join(folder, 'outcome.docx');
    const versions = await writeTrackedDocx(path);
    expect(await answer({ type: 'import', path })).toEqual([{ type: 'imported', result: { ok: true, markdown: versions.after, trackedChanges: versions } }]);
  });

  it('an HTML page becomes Markdown, its script dropped, with no tracked changes', async () => {
    const path = join(folder, 'statement.html');
    await writeFile(path, STATEMENT_HTML);
    expect(await answer({ type: 'import', path })).toEqual([{ type: 'imported', result: { ok: true, markdown: STATEMENT_HTML_MARKDOWN, trackedChanges: null } }]);
  });

  it('a text file is read as it is', async () => {
    const path = join(folder, 'notes.txt');
    await writeFile(path, 'Notes from the sherpa meeting.');
    expect(await answer({ type: 'import', path })).toEqual([{ type: 'imported', result: { ok: true, markdown: 'Notes from the sherpa meeting.', trackedChanges: null } }]);
  });

  it('a text file renamed .docx is refused with a sentence naming it', async () => {
    const path = join(folder, 'notes.docx');
    await writeFile(path, 'These are notes, not a Word document.');
    expect(await answer({ type: 'import', path })).toEqual([{ type: 'imported', result: { ok: false, message: `cannot read ${path}: it is not a Word document (.docx is a zip file)` } }]);
  });

  it.each([null, 'import', { type: 'import' }, { type: 'import', path: '' }, { type: 'export', path: '/tmp/a.docx' }])('a request it does not understand (%j) is answered, so main is not left waiting', async (message) => {
    const replies = await answer(message);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ type: 'imported', result: { ok: false, message: expect.stringMatching(/^the importer received a request it does not understand/u) } });
  });
});

/** A note of three pages, one paragraph each (different ones: a line repeated at the same place on every page reads as a running header). */
const NOTE_PAGES = ['Both sides reaffirmed their strategic partnership.', 'The leaders welcomed progress on the digital agenda and on research security.', 'They agreed to meet again in Tokyo in 2027.'];

async function writeNotePdf(path: string): Promise<void> {
  const content = NOTE_PAGES.map((text, i) => ({ text, ...(i > 0 ? { pageBreak: 'before' as const } : {}) }));
  await writeFile(path, await pdfmakePdf({ content }));
}

describe('main imports in a worker thread', () => {
  it('the built worker reads a PDF page by page, and the window hears each page', async () => {
    const path = join(folder, 'note.pdf');
    await writeNotePdf(path);
    const reports: ImportProgress[] = [];
    const result = await new DocumentImporter({ workerPath, report: (progress) => reports.push(progress) }).import(path);
    expect(result).toMatchObject({ ok: true, trackedChanges: null });
    if (result.ok) expect(result.markdown.split('\n\n')).toEqual(NOTE_PAGES);
    expect(reports.map(({ pagesRead, pageCount, running }) => [pagesRead, pageCount, running])).toEqual([
      [null, null, true],
      [1, 3, true],
      [2, 3, true],
      [3, 3, true],
      [null, null, false],
    ]);
  });

  it('the worker runs as the packaged app ships it: a copy of dist/importer with no node_modules anywhere above it', async () => {
    // electron-builder packs dist/ only, and leaves out any folder named node_modules.
    const shipped = join(folder, 'app', 'importer');
    await cp(join(root, 'dist', 'importer'), shipped, { recursive: true });
    expect(existsSync(join(folder, 'node_modules')) || existsSync(join(tmpdir(), 'node_modules'))).toBe(false);
    const pdf = join(folder, 'shipped-note.pdf');
    await writeNotePdf(pdf);
    const readPdf = await startImport(pdf, { workerPath: join(shipped, 'importWorker.mjs') }).result;
    expect(readPdf.ok && readPdf.markdown.split('\n\n')).toEqual(NOTE_PAGES);
    const docx = join(folder, 'shipped-outcome.docx');
    const versions = await writeTrackedDocx(docx);
    expect(await startImport(docx, { workerPath: join(shipped, 'importWorker.mjs') }).result).toEqual({ ok: true, markdown: versions.after, trackedChanges: versions });
  });

  it('the built worker imports a Word document with tracked changes', async () => {
    const path = join(folder, 'worker-outcome.docx');
    const versions = await writeTrackedDocx(path);
    expect(await startImport(path, { workerPath }).result).toEqual({ ok: true, markdown: versions.after, trackedChanges: versions });
  });

  it('the window hears that the import runs and that it finished, and a second import meanwhile is refused', async () => {
    const path = join(folder, 'first.html');
    await writeFile(path, STATEMENT_HTML);
    const reports: ImportProgress[] = [];
    const importer = new DocumentImporter({ workerPath, report: (progress) => reports.push(progress) });
    const first = importer.import(path);
    const second = await importer.import(join(folder, 'second.html'));
    expect(second).toEqual({ ok: false, message: `cannot import ${join(folder, 'second.html')}: first.html is still being imported; wait for it or cancel it` });
    expect(await first).toEqual({ ok: true, markdown: STATEMENT_HTML_MARKDOWN, trackedChanges: null });
    expect(reports).toEqual([
      { name: 'first.html', pagesRead: null, pageCount: null, running: true },
      { name: 'first.html', pagesRead: null, pageCount: null, running: false },
    ]);
    expect(await importer.import(path)).toMatchObject({ ok: true });
  });

  it('a cancelled import answers at once that it was cancelled, and the next import runs', async () => {
    const path = join(folder, 'long.docx');
    await writePlainDocx(path, 2000);
    const importer = new DocumentImporter({ workerPath, report: () => {} });
    const running = importer.import(path);
    importer.cancel();
    expect(await running).toEqual({ ok: false, message: 'the import of long.docx was cancelled' });
    expect(await importer.import(path)).toMatchObject({ ok: true, markdown: expect.stringContaining('Paragraph 2000: both sides') });
  });

  it('an import that gives no sign of progress within the limit is stopped with a message', async () => {
    const path = join(folder, 'slow.docx');
    await writePlainDocx(path, 2000);
    const result = await startImport(path, { workerPath, silenceLimitMs: 1 }).result;
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/^cannot import .*slow\.docx: the importer gave no sign of progress for \d+ s and was stopped \(is the file damaged\?/u) });
  });

  it('main keeps running while a long Word document is imported', async () => {
    const path = join(folder, 'very-long.docx');
    await writePlainDocx(path, 5000);
    let longestPause = 0;
    let last = performance.now();
    const tick = setInterval(() => {
      const now = performance.now();
      longestPause = Math.max(longestPause, now - last);
      last = now;
    }, 5);
    const started = performance.now();
    const result = await startImport(path, { workerPath }).result;
    const elapsed = performance.now() - started;
    clearInterval(tick);
    expect(result.ok).toBe(true);
    console.log(`imported 5,000 paragraphs in ${Math.round(elapsed)} ms; main's longest pause ${Math.round(longestPause)} ms`);
    // Parsed on main, the whole import would be one pause; in the worker, main only waits for messages.
    expect(longestPause).toBeLessThan(elapsed / 3);
  });
});
