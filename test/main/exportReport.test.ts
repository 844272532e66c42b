/**
 * File › Export on the real corpus: the 2026 Council note's statement taken
 * as the next draft (one paragraph reworded, one deleted) against the
 * statements before it, and the 2025 statement against a revised copy, made
 * into real Word, HTML, PDF and CSV files; then the IPC handler, with a fake
 * of Electron's ipcMain and dialog, writing where the dialog says on a real
 * temporary disk.
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, type CorpusSource, type ExportRequest, type Result, type SavedFile } from '../../contract/api';
import { parseDocument, statementTemplate } from '../../engine/index';
import { readCorpusFolder, type CorpusCache, type CorpusDocument } from '../../io/corpus';
import { prepareExport, renderExport, reportFonts, type PreparedExport } from '../../main/exportReport';
import { registerIpc, type DialogLike, type IpcEventLike, type IpcMainLike } from '../../main/ipc';
import { MAX_TEXT_BYTES } from '../../main/payload';
import { openSettingsStore } from '../../main/settings';

const repository = fileURLToPath(new URL('../../', import.meta.url));
const NOTE = 'council-note-8288-1-26-rev1';
/** The priors the desk chooses by default: the joint statements and the Council note. */
const PRIORS = ['statement-2024', 'statement-2025', NOTE];
const DATE = new Date('2026-11-20T09:30:00Z');

const REWORDED = { from: 'reaffirmed their strategic partnership', to: 'reaffirmed their enduring strategic partnership' };
const DELETED = 'To this end, both sides committed to continue advancing their partnership';

let documents: CorpusDocument[];
let corpus: CorpusSource[];
let draftText: string;

beforeAll(async () => {
  ({ documents } = await readCorpusFolder(join(repository, 'corpus')));
  corpus = documents.map((doc) => ({ id: doc.id, title: doc.title, kind: doc.kind, date: doc.date, source: doc.source, userAdded: false }));
  const note = documents.find((doc) => doc.id === NOTE)!;
  // The next statement, started from the Council note's as the desk's "New from Latest Statement" starts it.
  const template = statementTemplate(note.source, parseDocument(note.source));
  const paragraphs = template.split('\n\n');
  const deleted = paragraphs.findIndex((p) => p.startsWith(DELETED));
  expect(deleted).toBeGreaterThan(0);
  paragraphs.splice(deleted, 1);
  draftText = paragraphs.join('\n\n').replace(REWORDED.from, REWORDED.to);
  expect(draftText).toContain(REWORDED.to);
});

const draftRequest = (format: ExportRequest['format'], priorIds = PRIORS): ExportRequest => ({
  format,
  subject: { kind: 'draft', name: 'Draft of the next statement.md', text: draftText, priorIds },
});

function revisionsRequest(format: ExportRequest['format']): ExportRequest {
  const source = corpus.find((doc) => doc.id === 'statement-2025')!.source;
  const edited = source.replace('Both sides reaffirmed the need to further advance', 'Both sides stressed the urgent need to advance');
  expect(edited).not.toBe(source);
  return { format, subject: { kind: 'revisions', old: { title: 'statement-2025', source }, new: { title: 'statement-2025 edited', source: edited } } };
}

function prepared(request: ExportRequest): PreparedExport {
  const result = prepareExport(request, corpus, { date: DATE });
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

/** word/document.xml of a .docx. */
const documentXml = (docx: Buffer | string) => strFromU8(unzipSync(new Uint8Array(docx as Buffer))['word/document.xml']);

/** The tracked changes of a kind in a document.xml, each with its attributes and its text. */
function trackedChanges(xml: string, kind: 'ins' | 'del'): Array<{ attributes: string; text: string }> {
  return [...xml.matchAll(new RegExp(`<w:${kind} ([^>]*[^/])>([\\s\\S]*?)</w:${kind}>`, 'g'))].map(([, attributes, inner]) => ({
    attributes,
    text: [...inner.matchAll(/<w:(?:t|delText)(?: [^>]*)?>([^<]*)<\/w:(?:t|delText)>/g)].map((m) => m[1]).join(''),
  }));
}

/** The text of each page of a PDF, read back with pdf.js (no eval, no fonts fetched). */
async function pageTexts(pdf: Buffer | string): Promise<string[]> {
  const document = await getDocument({ data: new Uint8Array(pdf as Buffer), isEvalSupported: false, useSystemFonts: false, stopAtErrors: true }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await document.destroy();
  return pages;
}

describe('the draft of the next statement, exported against its precedents', () => {
  it('as Word: the reworded words inserted and the deleted paragraph deleted, tracked by Precedent on the export date', async () => {
    const exported = prepared(draftRequest('docx'));
    expect(exported.suggestedName).toBe('Draft of the next statement - precedents.docx');
    const xml = documentXml(await renderExport(exported));
    const inserted = trackedChanges(xml, 'ins');
    const deleted = trackedChanges(xml, 'del');
    expect(inserted.some((change) => change.text.includes('enduring'))).toBe(true);
    expect(deleted.some((change) => change.text.includes(DELETED))).toBe(true);
    for (const change of [...inserted, ...deleted]) {
      expect(change.attributes).toContain('w:author="Precedent"');
      expect(change.attributes).toContain('w:date="2026-11-20T09:30:00');
    }
  });

  it('as HTML: one standalone file with the new words marked, carrying the Council note’s marking', async () => {
    const exported = prepared(draftRequest('html'));
    expect(exported.suggestedName).toBe('Draft of the next statement - precedents.html');
    const html = (await renderExport(exported)) as string;
    expect(html).toMatch(/<ins[^>]*>[^<]*enduring/u);
    expect(html).toContain(DELETED);
    expect(html).toContain('LIMITE');
    expect(html).not.toMatch(/<(?:script|link|img|iframe)\b[^>]*(?:src|href)=/iu);
    expect(html).not.toMatch(/url\(\s*["']?(?:https?:)?\/\//iu);
  });

  it('as PDF: LIMITE on every page, since the latest prior (the Council note) is marked so', async () => {
    const pages = await pageTexts(await renderExport(prepared(draftRequest('pdf'))));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('LIMITE');
    expect(pages.join(' ')).toContain('enduring');
  });

  it('as PDF against the 2025 statement alone: no marking, since neither the draft nor that prior carries one', async () => {
    const pages = await pageTexts(await renderExport(prepared(draftRequest('pdf', ['statement-2025']))));
    expect(pages.join(' ')).not.toContain('LIMITE');
  });

  it('as CSV: the commitment tracker, the deleted paragraph’s commitment dropped', async () => {
    const exported = prepared(draftRequest('csv'));
    expect(exported.suggestedName).toBe('Draft of the next statement - commitments.csv');
    const csv = (await renderExport(exported)) as string;
    const [header, ...rows] = csv.trimEnd().split('\r\n');
    // After the byte-order mark that tells Excel the file is UTF-8.
    expect(header).toBe('\uFEFFprior statement,sentence,marker,firmness,fate,draft block,draft sentence,why');
    expect(rows.length).toBeGreaterThan(10);
    const dropped = rows.find((row) => row.includes(DELETED) && row.startsWith(NOTE));
    // Its fate, no draft block or sentence, and why: a reader checks the label from the row.
    expect(dropped).toMatch(/,dropped,,,"?dropped: /u);
    const restated = rows.find((row) => row.includes(',restated,#'));
    expect(restated, 'a restated commitment with its draft block').toBeDefined();
    expect(restated).toMatch(/,restated,#\d+ [^,]*,.+,"?restated: /u);
    expect(rows.every((row) => PRIORS.some((id) => row.startsWith(`${id},`)))).toBe(true);
  });

  const refused: [story: string, request: ExportRequest, message: RegExp][] = [
    ['no prior chosen', { format: 'docx', subject: { kind: 'draft', name: 'Draft.md', text: '# Draft\n', priorIds: [] } }, /cannot export Draft\.md against its precedents: no prior statement is chosen/u],
    ['a prior no longer in the corpus', { format: 'pdf', subject: { kind: 'draft', name: 'Draft.md', text: '# Draft\n', priorIds: ['statement-2019'] } }, /its prior "statement-2019" is no longer in the corpus/u],
    ['a revision review as CSV', { format: 'csv', subject: { kind: 'revisions', old: { title: 'a', source: 'a' }, new: { title: 'b', source: 'b' } } }, /cannot export a revision review as CSV/u],
  ];
  it.each(refused)('%s is refused with a message for the user', (_story, request, message) => {
    const result = prepareExport(request, corpus, { date: DATE });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});

describe('a revision review exported', () => {
  it('as Word: the reworded sentence deleted and inserted word by word, by Precedent', async () => {
    const exported = prepared(revisionsRequest('docx'));
    expect(exported.suggestedName).toBe('statement-2025 to statement-2025 edited.docx');
    const xml = documentXml(await renderExport(exported));
    const inserted = trackedChanges(xml, 'ins').filter((change) => change.text !== '');
    const deleted = trackedChanges(xml, 'del');
    expect(inserted.map((change) => change.text).join(' ')).toMatch(/stressed.*urgent/u);
    expect(deleted.map((change) => change.text).join(' ')).toMatch(/reaffirmed.*further/u);
    for (const change of [...inserted, ...deleted]) expect(change.attributes).toContain('w:author="Precedent"');
    expect(xml).not.toContain('LIMITE');
  });
});

type Listener = (event: IpcEventLike, ...args: unknown[]) => unknown;
const APP_PAGE: IpcEventLike = { senderFrame: { url: 'app://precedent/index.html' } };

/** Records the handlers main registers and calls them as the page would. */
class FakeIpcMain implements IpcMainLike {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    this.handlers.set(channel, listener);
  }
  on(): void {}
  async invoke(channel: string, ...args: unknown[]): Promise<Result<unknown>> {
    return (await this.handlers.get(channel)!(APP_PAGE, ...args)) as Result<unknown>;
  }
}

describe('the export handler in main', () => {
  let root: string;
  let appRoot: string;
  let ipcMain: FakeIpcMain;
  let showSaveDialog: ReturnType<typeof vi.fn>;
  let showMessageBox: ReturnType<typeof vi.fn>;
  /** Where the save dialog answers the user chose; undefined to cancel. */
  let chosen: string | undefined;
  const exportReport = (request: unknown) => ipcMain.invoke(CHANNELS.reportExport, request) as Promise<Result<SavedFile | null>>;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'precedent-export-'));
    appRoot = join(root, 'app');
    // The built app's layout: the corpus, its cache, and the PDF fonts beside the main bundle, as the build copies them.
    await cp(join(repository, 'corpus'), join(appRoot, 'corpus'), { recursive: true });
    await mkdir(join(appRoot, 'dist', 'corpus'), { recursive: true });
    await writeFile(join(appRoot, 'dist', 'corpus', 'corpus.json'), JSON.stringify({ version: 1, documents } satisfies CorpusCache));
    const fonts = reportFonts(appRoot);
    await mkdir(join(appRoot, 'dist', 'main', 'fonts'), { recursive: true });
    for (const path of Object.values(fonts)) await cp(join(repository, 'node_modules', 'pdfmake', 'fonts', 'Roboto', path.split('/').pop()!), path);
    await mkdir(join(root, 'Documents'));
    ipcMain = new FakeIpcMain();
    chosen = join(root, 'Documents', 'report.docx');
    showSaveDialog = vi.fn(async () => (chosen === undefined ? { canceled: true } : { canceled: false, filePath: chosen }));
    showMessageBox = vi.fn(async () => ({ response: 1 }));
    registerIpc({
      ipcMain,
      dialog: { showOpenDialog: vi.fn(), showSaveDialog, showMessageBox } as unknown as DialogLike<string>,
      window: () => 'the window',
      paths: { appRoot, userData: join(root, 'userData'), documents: join(root, 'Documents') },
      settings: await openSettingsStore(join(root, 'userData')),
      recoveryOffer: null,
      windowStateChanged: () => {},
      closeConfirmed: () => {},
      importer: { import: async () => ({ ok: false, message: 'no import here' }), cancel: () => {} },
      now: () => DATE,
    });
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('asks where to save with the suggested name and the format’s filter, and writes the Word file there', async () => {
    const result = await exportReport(draftRequest('docx'));
    expect(result).toEqual({ ok: true, value: { path: chosen, name: 'report.docx' } });
    const [window, options] = showSaveDialog.mock.calls[0];
    expect(window).toBe('the window');
    expect(options.defaultPath).toBe(join(root, 'Documents', 'Draft of the next statement - precedents.docx'));
    expect(options.filters).toEqual([{ name: 'Word document (tracked changes)', extensions: ['docx'] }]);
    expect(trackedChanges(documentXml(await readFile(chosen!)), 'ins').length).toBeGreaterThan(0);
  });

  it('asks before replacing a file that the added extension names, and keeps it on Cancel', async () => {
    const named = join(root, 'Documents', 'report.pdf');
    await writeFile(named, 'the colleague’s report');
    chosen = join(root, 'Documents', 'report');
    expect(await exportReport(draftRequest('pdf'))).toEqual({ ok: true, value: null });
    expect(showMessageBox).toHaveBeenCalledWith('the window', expect.objectContaining({ message: 'report.pdf already exists. Replace it?' }));
    expect(await readFile(named, 'utf8')).toBe('the colleague’s report');
  });

  it('replaces an existing file by renaming a new one over it, leaving no temporary file beside it', async () => {
    await writeFile(chosen!, 'an older report');
    const before = await stat(chosen!);
    expect((await exportReport(revisionsRequest('docx'))).ok).toBe(true);
    const after = await stat(chosen!);
    expect(after.ino).not.toBe(before.ino);
    expect((await readFile(chosen!)).subarray(0, 2).toString()).toBe('PK');
    expect(await readdir(join(root, 'Documents'))).toEqual(['report.docx']);
  });

  it('writes the PDF with the fonts the build puts beside the main bundle', async () => {
    chosen = join(root, 'Documents', 'report');
    const result = await exportReport(draftRequest('pdf'));
    // A name typed without an extension gets the format's.
    expect(result).toEqual({ ok: true, value: { path: `${chosen}.pdf`, name: 'report.pdf' } });
    const pages = await pageTexts(await readFile(`${chosen}.pdf`));
    for (const page of pages) expect(page).toContain('LIMITE');
  });

  it('writes the CSV where the dialog says', async () => {
    chosen = join(root, 'Documents', 'commitments.csv');
    expect((await exportReport(draftRequest('csv'))).ok).toBe(true);
    expect(await readFile(chosen, 'utf8')).toMatch(/^\uFEFFprior statement,sentence,marker,firmness,fate,draft block,draft sentence,why\r\n/u);
  });

  it('a cancelled dialog writes nothing and answers null', async () => {
    chosen = undefined;
    expect(await exportReport(draftRequest('html'))).toEqual({ ok: true, value: null });
    expect(await readdir(join(root, 'Documents'))).toEqual([]);
  });

  it.each([
    ['the app’s corpus folder', () => join(appRoot, 'corpus', 'statement-2025.docx')],
    ['the user’s corpus folder', () => join(root, 'userData', 'corpus', 'report.html')],
  ])('refuses %s and writes nothing there', async (_story, target) => {
    chosen = target();
    const result = await exportReport(draftRequest('html'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^cannot export to .*: it is in Precedent's corpus folder/u);
    await expect(stat(chosen)).rejects.toThrow();
  });

  it('a prior that is not in the corpus is said before any dialog', async () => {
    const result = await exportReport(draftRequest('docx', ['statement-2025', 'no-such-statement']));
    expect(result).toEqual({ ok: false, message: 'cannot export Draft of the next statement.md: its prior "no-such-statement" is no longer in the corpus; choose its priors again' });
    expect(showSaveDialog).not.toHaveBeenCalled();
  });

  const draft = { kind: 'draft', name: 'Draft.md', text: '# Draft\n', priorIds: ['statement-2025'] };
  const malformed: [story: string, args: unknown[], problem: RegExp][] = [
    ['no request', [], /expected 1 argument, got 0/u],
    ['a string instead of a request', ['docx'], /the export request must be an object/u],
    ['an unknown format', [{ format: 'exe', subject: draft }], /the export format must be one of docx, html, pdf, csv/u],
    ['no subject', [{ format: 'docx' }], /needs a subject/u],
    ['an unknown subject', [{ format: 'docx', subject: { kind: 'bytes', data: 'PK' } }], /must be a draft or revisions/u],
    ['a draft name with a folder', [{ format: 'docx', subject: { ...draft, name: '../../etc/passwd' } }], /must not contain a folder/u],
    ['a draft whose text is not a string', [{ format: 'docx', subject: { ...draft, text: 42 } }], /the text must be a string/u],
    ['priors that are not a list of ids', [{ format: 'docx', subject: { ...draft, priorIds: 'statement-2025' } }], /priorIds must be a list/u],
    ['a prior id that is not a string', [{ format: 'docx', subject: { ...draft, priorIds: [{}] } }], /priorIds must be a list/u],
    ['revisions without a new version', [{ format: 'pdf', subject: { kind: 'revisions', old: { title: 'a', source: 'a' } } }], /needs old and new/u],
    ['a draft larger than 50 MB', [{ format: 'html', subject: { ...draft, text: 'x'.repeat(MAX_TEXT_BYTES + 1) } }], /larger than 50 MB/u],
  ];
  it.each(malformed)('%s is refused, with no dialog and nothing written', async (_story, args, problem) => {
    const result = await ipcMain.invoke(CHANNELS.reportExport, ...args);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(new RegExp(`^report:export: .*${problem.source}`, 'u'));
    expect(showSaveDialog).not.toHaveBeenCalled();
    expect(await readdir(join(root, 'Documents'))).toEqual([]);
  });
});
