/**
 * The main side of the contract: one handler per channel of CHANNELS. Each
 * handler checks who is asking (only the app's own page, on
 * `app://precedent/`), checks the arguments, calls the module that does the
 * work and answers with a Result; nothing is thrown across IPC, where only an
 * error's message would survive. Electron arrives through the parameters, so
 * tests pass fakes.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { CHANNELS, type ChangedOnDisk, type CorpusSource, type DocumentText, type DraftFile, type ExportRequest, type RecoveredDraft, type Result, type SavedFile } from '../contract/api';
import { cacheFolder } from '../io/cacheFolder';
import { corpusCachePath, corpusFolder } from '../io/locations';
import { ParseCache } from '../io/parseCache';
import { DraftVersions } from './changedOnDisk';
import { EXPORT_FILTERS, prepareExport, renderExport, reportFonts } from './exportReport';
import { openDraft, saveDraft, saveRefusal } from './files';
import type { ImportedDocument } from './importProtocol';
import { absolutePath, absolutePathOrNull, checkArguments, documentText, exportRequest, fileName, text, windowState, type Check } from './payload';
import { discardRecoveryDraft, recoveryFolder, writeRecoveryDraft } from './recovery';
import { isAppUrl } from './resolveAppUrl';
import { saveExport, withExportExtension } from './saveExport';
import type { SettingsStore } from './settings';
import { addDocumentToCorpus, addToCorpus, listCorpus, readDocument, userCorpusFolder, type CorpusLocations } from './userCorpus';

/** What a handler sees of Electron's IpcMainEvent / IpcMainInvokeEvent. */
export interface IpcEventLike {
  readonly senderFrame: { readonly url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>): void;
  on(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => void): void;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Electron's `dialog`, in its (window, options) form. */
export interface DialogLike<W> {
  showOpenDialog(window: W, options: { title: string; properties: ['openFile']; filters: FileFilter[] }): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(window: W, options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<{ canceled: boolean; filePath?: string }>;
  showMessageBox(window: W, options: { type: 'question'; buttons: string[]; defaultId: number; cancelId: number; message: string; detail: string }): Promise<{ response: number }>;
}

export interface MainPaths {
  /** The app's root (package.json): its corpus folder and the corpus cache are under it. */
  appRoot: string;
  /** `app.getPath('userData')`: settings, recovery, the user's corpus. */
  userData: string;
  /** `app.getPath('documents')`: where Save As starts when no file was opened yet. */
  documents: string;
}

export interface IpcDependencies<W> {
  ipcMain: IpcMainLike;
  dialog: DialogLike<W>;
  /** The window dialogs belong to; null while there is none. */
  window: () => W | null;
  paths: MainPaths;
  settings: SettingsStore;
  /** The draft the last session left after a crash (see recovery.startRecovery), or null. */
  recoveryOffer: RecoveredDraft | null;
  /** The renderer reported the draft's name and whether it has unsaved changes. */
  windowStateChanged: (state: { name: string; dirty: boolean }) => void;
  /** The renderer saved after "Save" in the close dialog: the window may close. */
  closeConfirmed: () => void;
  /** Imports Word, PDF and HTML documents off main's thread (importRunner's DocumentImporter); tests may import in-process. */
  importer: { import(path: string): Promise<ImportedDocument>; cancel(): void };
  /** The clock for autosave timestamps; default `new Date()`. */
  now?: () => Date;
  /** The parsed-model cache for the documents the user added; default: the one in the platform's cache folder (io/cacheFolder), as the command line's. */
  parseCache?: ParseCache | null;
}

const DRAFT_FILTERS: FileFilter[] = [
  { name: 'Markdown', extensions: ['md', 'markdown'] },
  { name: 'Plain text', extensions: ['txt'] },
];
const DOCUMENT_FILTERS: FileFilter[] = [
  { name: 'Documents', extensions: ['md', 'markdown', 'txt', 'docx', 'pdf', 'html', 'htm'] },
  { name: 'Markdown or plain text', extensions: ['md', 'markdown', 'txt'] },
  { name: 'Word, PDF or HTML (imported as Markdown)', extensions: ['docx', 'pdf', 'html', 'htm'] },
];

export function registerIpc<W>(deps: IpcDependencies<W>): void {
  const { ipcMain, dialog, paths, settings } = deps;
  const now = deps.now ?? (() => new Date());
  const corpus: CorpusLocations = {
    cachePath: corpusCachePath(paths.appRoot),
    userFolder: userCorpusFolder(paths.userData),
    parseCache: deps.parseCache === undefined ? new ParseCache({ folder: join(cacheFolder(), 'parsed') }) : deps.parseCache,
  };
  const protectedFolders = [corpusFolder(paths.appRoot), corpus.userFolder];
  const recovery = recoveryFolder(paths.userData);
  let recoveryOffer = deps.recoveryOffer;
  const importDocument = (path: string) => deps.importer.import(path);
  const versions = new DraftVersions();

  function handle<A extends unknown[], T>(channel: string, checks: { [K in keyof A]: Check<A[K]> }, run: (...args: A) => Promise<Result<T>>): void {
    ipcMain.handle(channel, async (event, ...args): Promise<Result<T>> => {
      const refused = refusal(channel, event);
      if (refused !== null) return { ok: false, message: refused };
      const checked = checkArguments<A>(args, checks);
      if (!checked.ok) return { ok: false, message: `${channel}: ${checked.problem}` };
      try {
        return await run(...checked.value);
      } catch (error) {
        console.error(error);
        return { ok: false, message: `${channel} failed: ${(error as Error).message}` };
      }
    });
  }

  function listen<A extends unknown[]>(channel: string, checks: { [K in keyof A]: Check<A[K]> }, run: (...args: A) => void): void {
    ipcMain.on(channel, (event, ...args) => {
      const refused = refusal(channel, event);
      const checked = refused === null ? checkArguments<A>(args, checks) : null;
      if (checked === null || !checked.ok) {
        console.warn(refused ?? `${channel}: ${(checked as { problem: string }).problem}`);
        return;
      }
      run(...checked.value);
    });
  }

  const withWindow = async <T>(ask: (window: W) => Promise<Result<T>>): Promise<Result<T>> => {
    const window = deps.window();
    return window === null ? { ok: false, message: 'there is no window to show the dialog in' } : ask(window);
  };

  const open = async (path: string): Promise<Result<DraftFile>> => {
    const result = await openDraft(path, { importDocument, opened: (bytes) => versions.opened(path, bytes) });
    // An imported document is remembered, not its unsaved draft: Open Recent imports it again.
    const remembered = result.ok ? (result.value.importedFrom?.path ?? result.value.path) : null;
    if (remembered !== null) await settings.addRecent(remembered);
    return result;
  };
  const write = (path: string, draft: string) => () => saved(saveDraft(path, draft, { protectedFolders }));
  /**
   * The system's save dialog asks before replacing the file the user named;
   * when Precedent then adds the extension, the file it names is another,
   * and replacing it is asked here.
   */
  const mayReplace = async (window: W, chosen: string, path: string): Promise<boolean> => {
    if (path === chosen || !existsSync(path)) return true;
    const { response } = await dialog.showMessageBox(window, {
      type: 'question',
      buttons: ['Replace', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      message: `${basename(path)} already exists. Replace it?`,
      detail: `The name typed had no extension, so Precedent saves as ${basename(path)}, and a file of that name is in ${dirname(path)}.`,
    });
    return response === 0;
  };
  const saved = async (saving: Promise<Result<SavedFile>>): Promise<Result<SavedFile>> => {
    const result = await saving;
    if (result.ok) await settings.addRecent(result.value.path);
    return result;
  };

  handle<[], CorpusSource[]>(CHANNELS.corpusList, [], () => listCorpus(corpus));

  handle<[], CorpusSource | null>(CHANNELS.corpusAdd, [], () =>
    withWindow<CorpusSource | null>(async (window) => {
      const choice = await dialog.showOpenDialog(window, { title: 'Add to Corpus', properties: ['openFile'], filters: DOCUMENT_FILTERS });
      if (choice.canceled || choice.filePaths.length === 0) return { ok: true, value: null };
      return addToCorpus(choice.filePaths[0], corpus, { importDocument });
    }),
  );

  handle<[DocumentText], CorpusSource>(CHANNELS.corpusAddDocument, [documentText], (document) => addDocumentToCorpus(document, corpus));

  handle<[], DocumentText | null>(CHANNELS.documentRead, [], () =>
    withWindow<DocumentText | null>(async (window) => {
      const choice = await dialog.showOpenDialog(window, { title: 'Compare a Document', properties: ['openFile'], filters: DOCUMENT_FILTERS });
      if (choice.canceled || choice.filePaths.length === 0) return { ok: true, value: null };
      return readDocument(choice.filePaths[0], { importDocument });
    }),
  );

  handle<[], DraftFile | null>(CHANNELS.fileOpen, [], () =>
    withWindow<DraftFile | null>(async (window) => {
      const choice = await dialog.showOpenDialog(window, { title: 'Open Draft', properties: ['openFile'], filters: DOCUMENT_FILTERS });
      if (choice.canceled || choice.filePaths.length === 0) return { ok: true, value: null };
      return open(choice.filePaths[0]);
    }),
  );

  handle<[string], DraftFile>(CHANNELS.fileOpenPath, [absolutePath], open);

  handle<[string, string], SavedFile | ChangedOnDisk>(CHANNELS.fileSave, [absolutePath, text], async (path, draft) => (await saveRefusal(path, { protectedFolders })) ?? versions.save(path, draft, write(path, draft)));

  handle<[string, string], SavedFile>(CHANNELS.fileOverwrite, [absolutePath, text], (path, draft) => versions.overwrite(path, draft, write(path, draft)));

  handle<[string, string], SavedFile | null>(CHANNELS.fileSaveAs, [fileName, text], (suggestedName, draft) =>
    withWindow<SavedFile | null>(async (window) => {
      const recent = settings.recentFiles()[0];
      const folder = recent === undefined ? paths.documents : dirname(recent);
      const choice = await dialog.showSaveDialog(window, { title: 'Save Draft As', defaultPath: join(folder, withDraftExtension(suggestedName || 'Untitled')), filters: DRAFT_FILTERS });
      if (choice.canceled || !choice.filePath) return { ok: true, value: null };
      const path = withDraftExtension(choice.filePath);
      if (!(await mayReplace(window, choice.filePath, path))) return { ok: true, value: null };
      return versions.overwrite(path, draft, write(path, draft));
    }),
  );

  handle<[], string[]>(CHANNELS.fileRecent, [], async () => ({ ok: true, value: [...settings.recentFiles()] }));

  // Analysed before the dialog, so that a request that cannot be exported is said at once; the bytes (a PDF takes 0.2–0.6 s here, in main: pdfmake is loaded on the first export) once the user chose where.
  handle<[ExportRequest], SavedFile | null>(CHANNELS.reportExport, [exportRequest], (request) =>
    withWindow<SavedFile | null>(async (window) => {
      const corpusSources = await listCorpus(corpus);
      if (!corpusSources.ok) return corpusSources;
      const prepared = prepareExport(request, corpusSources.value, { date: now() });
      if (!prepared.ok) return prepared;
      const recent = settings.recentFiles()[0];
      const folder = recent === undefined ? paths.documents : dirname(recent);
      const choice = await dialog.showSaveDialog(window, { title: 'Export', defaultPath: join(folder, prepared.value.suggestedName), filters: [EXPORT_FILTERS[request.format]] });
      if (choice.canceled || !choice.filePath) return { ok: true, value: null };
      const path = withExportExtension(choice.filePath, request.format);
      if (!(await mayReplace(window, choice.filePath, path))) return { ok: true, value: null };
      const data = await renderExport(prepared.value, { fonts: reportFonts(paths.appRoot) });
      return saveExport(path, data, { protectedFolders });
    }),
  );

  handle<[string | null, string], void>(CHANNELS.recoveryWrite, [absolutePathOrNull, text], async (path, draft) => {
    await writeRecoveryDraft(recovery, { path, text: draft, savedAt: now().toISOString() });
    return { ok: true, value: undefined };
  });

  handle<[], RecoveredDraft | null>(CHANNELS.recoveryCheck, [], async () => ({ ok: true, value: recoveryOffer }));

  handle<[], void>(CHANNELS.recoveryDiscard, [], async () => {
    recoveryOffer = null;
    await discardRecoveryDraft(recovery);
    return { ok: true, value: undefined };
  });

  listen<[{ name: string; dirty: boolean }]>(CHANNELS.windowState, [windowState], (state) => deps.windowStateChanged(state));

  listen<[]>(CHANNELS.windowCloseConfirmed, [], () => deps.closeConfirmed());

  listen<[]>(CHANNELS.importCancel, [], () => deps.importer.cancel());
}

/** Why a message from `event` is refused, or null when it comes from the app's own page. */
export function refusal(channel: string, event: IpcEventLike): string | null {
  const url = event.senderFrame?.url;
  if (url === undefined) return `${channel}: refused a message from a frame that no longer exists`;
  if (!isAppUrl(url)) return `${channel}: refused a message from ${url}, which is not Precedent's own page`;
  return null;
}

/** A name with no extension gets .md (Linux save dialogs do not add one); other names are kept as typed. */
export function withDraftExtension(name: string): string {
  return extname(basename(name)) === '' ? `${name}.md` : name;
}
