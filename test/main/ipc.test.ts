import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest';
import { CHANNELS, type RecoveredDraft, type Result } from '../../contract/api';
import { importDocumentFile } from '../../main/importMessages';
import { registerIpc, type DialogLike, type IpcDependencies, type IpcEventLike, type IpcMainLike } from '../../main/ipc';
import { MAX_TEXT_BYTES } from '../../main/payload';
import { openSettingsStore, type SettingsStore } from '../../main/settings';
import { writeTrackedDocx } from '../fixtures/importedDocuments';

type Listener = (event: IpcEventLike, ...args: unknown[]) => unknown;
const APP_PAGE: IpcEventLike = { senderFrame: { url: 'app://precedent/index.html' } };

/** Records what main registers, and lets a test call it as the renderer would. */
class FakeIpcMain implements IpcMainLike {
  handlers = new Map<string, Listener>();
  listeners = new Map<string, Listener>();
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, listener);
  }
  on(channel: string, listener: Listener): void {
    this.listeners.set(channel, listener);
  }
  invoke(channel: string, ...args: unknown[]): Promise<Result<unknown>> {
    return this.invokeFrom(APP_PAGE, channel, ...args);
  }
  async invokeFrom(event: IpcEventLike, channel: string, ...args: unknown[]): Promise<Result<unknown>> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    return (await handler(event, ...args)) as Result<unknown>;
  }
  send(event: IpcEventLike, channel: string, ...args: unknown[]): void {
    this.listeners.get(channel)?.(event, ...args);
  }
}

const WINDOW = { id: 'the window' };

let root: string;
let ipcMain: FakeIpcMain;
let settings: SettingsStore;
let dialog: { showOpenDialog: ReturnType<typeof vi.fn>; showSaveDialog: ReturnType<typeof vi.fn>; showMessageBox: ReturnType<typeof vi.fn> };
let windowStateChanged: Mock<(state: { name: string; dirty: boolean }) => void>;
let closeConfirmed: Mock<() => void>;
/** The importers run in this thread here; the app passes its import worker (importWorker.test.ts). */
let importer: { import: (path: string) => ReturnType<typeof importDocumentFile>; cancel: Mock<() => void> };
const paths = () => ({ appRoot: join(root, 'app'), userData: join(root, 'userData'), documents: join(root, 'Documents') });
const recovered: RecoveredDraft = { path: null, text: 'crashed draft', savedAt: '2026-05-05T10:00:00.000Z' };

function register(overrides: Partial<IpcDependencies<typeof WINDOW>> = {}): void {
  registerIpc<typeof WINDOW>({
    ipcMain,
    dialog: dialog as unknown as DialogLike<typeof WINDOW>,
    window: () => WINDOW,
    paths: paths(),
    settings,
    recoveryOffer: recovered,
    windowStateChanged,
    closeConfirmed,
    importer,
    now: () => new Date('2026-05-05T12:00:00Z'),
    ...overrides,
  });
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'precedent-ipc-'));
  await mkdir(join(root, 'app', 'corpus'), { recursive: true });
  await mkdir(join(root, 'app', 'dist', 'corpus'), { recursive: true });
  await mkdir(join(root, 'Documents'));
  await writeFile(join(root, 'app', 'corpus', 'statement-2025.md'), '# Statement 2025\n');
  await writeFile(join(root, 'app', 'dist', 'corpus', 'corpus.json'), JSON.stringify({ version: 1, documents: [] }));
  ipcMain = new FakeIpcMain();
  settings = await openSettingsStore(join(root, 'userData'));
  dialog = { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showMessageBox: vi.fn() };
  windowStateChanged = vi.fn<(state: { name: string; dirty: boolean }) => void>();
  closeConfirmed = vi.fn<() => void>();
  importer = { import: (path) => importDocumentFile(path), cancel: vi.fn<() => void>() };
  register();
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('main answers every channel of the contract', () => {
  it('one invoke handler per request channel, one listener per message channel, nothing for menu commands (main sends those)', () => {
    const sent = [CHANNELS.windowState, CHANNELS.windowCloseConfirmed, CHANNELS.importCancel];
    const fromMain = [CHANNELS.menuCommand, CHANNELS.importProgress];
    const invoked = Object.values(CHANNELS).filter((channel) => !fromMain.includes(channel as never) && !sent.includes(channel as never));
    expect([...ipcMain.handlers.keys()].sort()).toEqual(invoked.sort());
    expect([...ipcMain.listeners.keys()].sort()).toEqual([...sent].sort());
  });
});

describe('a message from anywhere but the app page is refused', () => {
  const strangers: [story: string, event: IpcEventLike][] = [
    ['a web page', { senderFrame: { url: 'https://evil.example/index.html' } }],
    ['another host on the app scheme', { senderFrame: { url: 'app://evil/index.html' } }],
    ['a local file', { senderFrame: { url: 'file:///tmp/index.html' } }],
    ['a frame that no longer exists', { senderFrame: null }],
    ['about:blank', { senderFrame: { url: 'about:blank' } }],
  ];
  it.each(strangers)('%s gets a refusal on every channel, and nothing is done', async (_story, event) => {
    const target = join(root, 'written.md');
    for (const channel of ipcMain.handlers.keys()) {
      const args = channel === CHANNELS.fileSave ? [target, 'text'] : channel === CHANNELS.fileOpenPath ? [target] : [];
      const result = await ipcMain.invokeFrom(event, channel, ...args);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.message).toMatch(/refused a message from/u);
    }
    await expect(readFile(target)).rejects.toThrow();
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
  });

  it('window state and close confirmations from a stranger are ignored', () => {
    const stranger = { senderFrame: { url: 'https://evil.example/' } };
    ipcMain.send(stranger, CHANNELS.windowState, { name: 'x', dirty: false });
    ipcMain.send(stranger, CHANNELS.windowCloseConfirmed);
    ipcMain.send(stranger, CHANNELS.importCancel);
    expect(windowStateChanged).not.toHaveBeenCalled();
    expect(closeConfirmed).not.toHaveBeenCalled();
    expect(importer.cancel).not.toHaveBeenCalled();
  });
});

describe('bad arguments are refused with a message', () => {
  const cases: [story: string, channel: string, args: unknown[], message: RegExp][] = [
    ['a path that is not a string', CHANNELS.fileOpenPath, [42], /file:openPath: the path must be a non-empty string/u],
    ['a relative path', CHANNELS.fileOpenPath, ['drafts/2026.md'], /the path must be absolute/u],
    ['an empty path', CHANNELS.fileSave, ['', 'text'], /non-empty string/u],
    ['a path with a NUL byte', CHANNELS.fileSave, ['/tmp/a\0.md', 'text'], /NUL/u],
    ['a path longer than any system allows', CHANNELS.fileOpenPath, [`/${'a'.repeat(5000)}.md`], /longer than 4096/u],
    ['text that is not a string', CHANNELS.fileSave, ['/tmp/a.md', { text: 'x' }], /the text must be a string/u],
    ['a missing argument', CHANNELS.fileSave, ['/tmp/a.md'], /expected 2 arguments, got 1/u],
    ['an extra argument', CHANNELS.corpusList, ['please'], /expected 0 arguments, got 1/u],
    ['a suggested name with a folder in it', CHANNELS.fileSaveAs, ['../../etc/x.md', 'text'], /must not contain a folder/u],
    ['an autosave with a relative path', CHANNELS.recoveryWrite, ['draft.md', 'text'], /absolute/u],
    ['an autosave whose text is a number', CHANNELS.recoveryWrite, [null, 7], /the text must be a string/u],
    ['a document to add whose name holds a folder', CHANNELS.corpusAddDocument, [{ name: '../../etc/x.md', source: '# X' }], /must not contain a folder/u],
    ['a document to add without a name', CHANNELS.corpusAddDocument, [{ name: '..', source: '# X' }], /needs a file name/u],
    ['a document to add whose text is not a string', CHANNELS.corpusAddDocument, [{ name: 'x.md', source: 7 }], /the text must be a string/u],
  ];
  it.each(cases)('%s', async (_story, channel, args, message) => {
    const result = await ipcMain.invoke(channel, ...args);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('a text over 50 MB is refused before it reaches the disk', async () => {
    const path = join(root, 'huge.md');
    const result = await ipcMain.invoke(CHANNELS.fileSave, path, 'x'.repeat(MAX_TEXT_BYTES + 1));
    expect(result).toEqual({ ok: false, message: 'file:save: the text is larger than 50 MB' });
    await expect(readFile(path)).rejects.toThrow();
  });

  it('a window state of the wrong shape is ignored', () => {
    ipcMain.send(APP_PAGE, CHANNELS.windowState, { name: 'x', dirty: 'yes' });
    ipcMain.send(APP_PAGE, CHANNELS.windowState);
    expect(windowStateChanged).not.toHaveBeenCalled();
  });

  it('a cancel that carries arguments is ignored (import:cancel takes none)', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    ipcMain.send(APP_PAGE, CHANNELS.importCancel, 'everything');
    expect(importer.cancel).not.toHaveBeenCalled();
  });
});

describe('good calls reach the modules', () => {
  it('opening a path returns the draft and puts it first in the recent files', async () => {
    const path = join(root, 'draft.md');
    await writeFile(path, '# Draft');
    expect(await ipcMain.invoke(CHANNELS.fileOpenPath, path)).toEqual({ ok: true, value: { path, name: 'draft.md', text: '# Draft' } });
    expect(await ipcMain.invoke(CHANNELS.fileRecent)).toEqual({ ok: true, value: [path] });
  });

  it('opening a missing path says so, and the recent list is unchanged', async () => {
    const path = join(root, 'gone.md');
    expect(await ipcMain.invoke(CHANNELS.fileOpenPath, path)).toEqual({ ok: false, message: `cannot read ${path}: no such file` });
    expect(settings.recentFiles()).toEqual([]);
  });

  it('saving writes the file and remembers it', async () => {
    const path = join(root, 'draft.md');
    expect(await ipcMain.invoke(CHANNELS.fileSave, path, '# Saved')).toEqual({ ok: true, value: { path, name: 'draft.md' } });
    expect(await readFile(path, 'utf8')).toBe('# Saved');
    expect(settings.recentFiles()).toEqual([path]);
  });

  it('saving into the app corpus is refused', async () => {
    const path = join(root, 'app', 'corpus', 'statement-2025.md');
    const result = await ipcMain.invoke(CHANNELS.fileSave, path, 'overwrite');
    expect(result.ok).toBe(false);
    expect(await readFile(path, 'utf8')).toBe('# Statement 2025\n');
  });

  it('saving into the user corpus folder is refused too', async () => {
    const result = await ipcMain.invoke(CHANNELS.fileSave, join(root, 'userData', 'corpus', 'mine.md'), 'overwrite');
    expect(result.ok).toBe(false);
  });

  it('Open asks with a dialog on the window and opens the chosen file; Cancel gives null', async () => {
    const path = join(root, 'chosen.txt');
    await writeFile(path, 'chosen');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    expect(await ipcMain.invoke(CHANNELS.fileOpen)).toMatchObject({ ok: true, value: { path, text: 'chosen' } });
    expect(dialog.showOpenDialog).toHaveBeenCalledWith(WINDOW, expect.objectContaining({ properties: ['openFile'] }));
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await ipcMain.invoke(CHANNELS.fileOpen)).toEqual({ ok: true, value: null });
  });

  it('Save As starts in Documents with the suggested name, adds .md when the user typed none, and saves', async () => {
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: join(root, 'Documents', 'statement') });
    const result = await ipcMain.invoke(CHANNELS.fileSaveAs, 'Untitled statement', '# New');
    const path = join(root, 'Documents', 'statement.md');
    expect(result).toEqual({ ok: true, value: { path, name: 'statement.md' } });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(WINDOW, expect.objectContaining({ defaultPath: join(root, 'Documents', 'Untitled statement.md') }));
    expect(await readFile(path, 'utf8')).toBe('# New');
  });

  it('Save As asks before replacing a file the added .md names, which the system dialog never saw', async () => {
    const path = join(root, 'Documents', 'statement.md');
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, 'the colleague’s statement');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(root, 'Documents', 'statement') });
    dialog.showMessageBox.mockResolvedValueOnce({ response: 1 });
    expect(await ipcMain.invoke(CHANNELS.fileSaveAs, 'Untitled statement', '# New')).toEqual({ ok: true, value: null });
    expect(dialog.showMessageBox).toHaveBeenCalledWith(WINDOW, expect.objectContaining({ message: 'statement.md already exists. Replace it?', buttons: ['Replace', 'Cancel'], cancelId: 1 }));
    expect(await readFile(path, 'utf8')).toBe('the colleague’s statement');
    dialog.showMessageBox.mockResolvedValueOnce({ response: 0 });
    expect(await ipcMain.invoke(CHANNELS.fileSaveAs, 'Untitled statement', '# New')).toEqual({ ok: true, value: { path, name: 'statement.md' } });
    expect(await readFile(path, 'utf8')).toBe('# New');
  });

  it('Save As to a name typed with its extension leaves the question to the system dialog', async () => {
    const path = join(root, 'Documents', 'typed.md');
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, 'old');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path });
    expect(await ipcMain.invoke(CHANNELS.fileSaveAs, 'typed.md', 'new')).toEqual({ ok: true, value: { path, name: 'typed.md' } });
    expect(dialog.showMessageBox).not.toHaveBeenCalled();
  });

  it('Save As starts in the folder of the latest draft, and Cancel gives null', async () => {
    await settings.addRecent(join(root, 'work', 'old.md'));
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await ipcMain.invoke(CHANNELS.fileSaveAs, 'new.md', 'x')).toEqual({ ok: true, value: null });
    expect(dialog.showSaveDialog).toHaveBeenCalledWith(WINDOW, expect.objectContaining({ defaultPath: join(root, 'work', 'new.md') }));
  });

  it('a dialog with no window to attach to is an error, not a crash', async () => {
    ipcMain = new FakeIpcMain();
    register({ window: () => null });
    expect(await ipcMain.invoke(CHANNELS.fileOpen)).toEqual({ ok: false, message: 'there is no window to show the dialog in' });
  });

  it('Add to corpus copies the chosen document into the user folder and lists it', async () => {
    const path = join(root, 'note.md');
    await writeFile(path, '---\nid: note-1\ntitle: Note\n---\n\nText.\n');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    expect(await ipcMain.invoke(CHANNELS.corpusAdd)).toMatchObject({ ok: true, value: { id: 'note-1', userAdded: true } });
    expect(await readdir(join(root, 'userData', 'corpus'))).toEqual(['note.md']);
    expect(await ipcMain.invoke(CHANNELS.corpusList)).toMatchObject({ ok: true, value: [{ id: 'note-1' }] });
  });

  it('Compare from a file reads the chosen document and adds nothing; the page adds it on the user’s word, as Markdown', async () => {
    const path = join(root, 'rev.docx');
    const versions = await writeTrackedDocx(path);
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    expect(await ipcMain.invoke(CHANNELS.documentRead)).toEqual({ ok: true, value: { name: 'rev.docx', source: versions.after } });
    await expect(readdir(join(root, 'userData', 'corpus'))).rejects.toThrow();
    expect(await ipcMain.invoke(CHANNELS.corpusAddDocument, { name: 'rev.docx', source: versions.after })).toMatchObject({ ok: true, value: { userAdded: true } });
    expect(await readdir(join(root, 'userData', 'corpus'))).toEqual(['rev.md']);
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await ipcMain.invoke(CHANNELS.documentRead)).toEqual({ ok: true, value: null });
  });

  it('autosave writes the recovery draft with the time; check offers the crashed draft until it is discarded', async () => {
    expect(await ipcMain.invoke(CHANNELS.recoveryWrite, null, 'typing…')).toEqual({ ok: true, value: undefined });
    const saved = JSON.parse(await readFile(join(root, 'userData', 'recovery', 'draft.json'), 'utf8'));
    expect(saved).toEqual({ path: null, text: 'typing…', savedAt: '2026-05-05T12:00:00.000Z' });
    expect(await ipcMain.invoke(CHANNELS.recoveryCheck)).toEqual({ ok: true, value: recovered });
    expect(await ipcMain.invoke(CHANNELS.recoveryDiscard)).toEqual({ ok: true, value: undefined });
    expect(await ipcMain.invoke(CHANNELS.recoveryCheck)).toEqual({ ok: true, value: null });
    await expect(readFile(join(root, 'userData', 'recovery', 'draft.json'))).rejects.toThrow();
  });

  it('Open offers Word, PDF and HTML documents besides Markdown and text', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await ipcMain.invoke(CHANNELS.fileOpen);
    await ipcMain.invoke(CHANNELS.corpusAdd);
    for (const [, options] of dialog.showOpenDialog.mock.calls as [unknown, { filters: { extensions: string[] }[] }][]) {
      expect(options.filters[0].extensions).toEqual(expect.arrayContaining(['md', 'txt', 'docx', 'pdf', 'html']));
    }
  });

  it('opening a Word document gives a new unsaved draft with its tracked changes, and Open Recent remembers the document', async () => {
    const path = join(root, 'outcome.docx');
    const versions = await writeTrackedDocx(path);
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] });
    expect(await ipcMain.invoke(CHANNELS.fileOpen)).toEqual({ ok: true, value: { path: null, name: 'outcome.md', text: versions.after, importedFrom: { path, trackedChanges: versions } } });
    expect(settings.recentFiles()).toEqual([path]);
    expect(await ipcMain.invoke(CHANNELS.fileOpenPath, path)).toMatchObject({ ok: true, value: { path: null, name: 'outcome.md' } });
    expect(await readdir(root)).not.toContain('outcome.md');
  });

  it('the page can cancel a running import', () => {
    ipcMain.send(APP_PAGE, CHANNELS.importCancel);
    expect(importer.cancel).toHaveBeenCalledTimes(1);
  });

  it('window state and close confirmation reach main', () => {
    ipcMain.send(APP_PAGE, CHANNELS.windowState, { name: 'draft.md', dirty: true });
    ipcMain.send(APP_PAGE, CHANNELS.windowCloseConfirmed);
    expect(windowStateChanged).toHaveBeenCalledWith({ name: 'draft.md', dirty: true });
    expect(closeConfirmed).toHaveBeenCalledTimes(1);
  });

  it('an unexpected failure inside a handler comes back as a Result, never as a thrown error', async () => {
    ipcMain = new FakeIpcMain();
    const broken: SettingsStore = { recentFiles: () => [], addRecent: () => Promise.reject(new Error('disk gone')), clearRecent: async () => undefined };
    register({ settings: broken });
    const path = join(root, 'draft.md');
    await writeFile(path, 'x');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await ipcMain.invoke(CHANNELS.fileOpenPath, path)).toEqual({ ok: false, message: 'file:openPath failed: disk gone' });
  });
});
