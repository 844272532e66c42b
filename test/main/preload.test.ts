import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS, type ExportRequest, type ImportProgress, type MenuCommand, type PrecedentApi } from '../../contract/api';
import { API_MEMBERS } from './apiMembers';

const EXPORT_REQUEST: ExportRequest = { format: 'docx', subject: { kind: 'draft', name: 'Draft.md', text: '# Draft\n', priorIds: ['statement-2025'] } };

type Listener = (event: unknown, ...args: unknown[]) => void;

// The real electron module would try to download its binary; the preload only needs these two objects.
const electron = vi.hoisted(() => {
  const listeners = new Map<string, Listener[]>();
  return {
    exposed: new Map<string, unknown>(),
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    // Electron's path of a dropped file; a File made in the page (not from disk) has none.
    webUtils: { getPathForFile: vi.fn((file: { name: string }) => (file.name === 'pasted.md' ? '' : `/home/ana/${file.name}`)) },
    ipcRenderer: {
      invoke: vi.fn(async (channel: string, ...args: unknown[]) => ({ ok: true, value: { channel, args } })),
      send: vi.fn(),
      on: vi.fn((channel: string, listener: Listener) => listeners.set(channel, [...(listeners.get(channel) ?? []), listener])),
      removeListener: vi.fn((channel: string, listener: Listener) =>
        listeners.set(
          channel,
          (listeners.get(channel) ?? []).filter((entry) => entry !== listener),
        ),
      ),
    },
  };
});
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer, webUtils: electron.webUtils }));


let api: PrecedentApi;
beforeAll(async () => {
  await import('../../preload/preload');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [key, exposed] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, PrecedentApi];
  expect(key).toBe('precedent');
  api = exposed;
});

describe('the page sees window.precedent and nothing more', () => {
  it('has exactly the contract’s members: no ipcRenderer, no generic invoke or send', () => {
    expect(Object.keys(api).sort()).toEqual(API_MEMBERS);
    expect(api.platform).toBe('electron');
    for (const value of Object.values(api)) expect(value).not.toBe(electron.ipcRenderer);
  });

  const calls: [member: string, call: (api: PrecedentApi) => Promise<unknown>, channel: string, args: unknown[]][] = [
    ['listCorpus', (a) => a.listCorpus(), CHANNELS.corpusList, []],
    ['addToCorpus', (a) => a.addToCorpus(), CHANNELS.corpusAdd, []],
    ['addDocumentToCorpus', (a) => a.addDocumentToCorpus({ name: 'rev.md', source: '# Rev' }), CHANNELS.corpusAddDocument, [{ name: 'rev.md', source: '# Rev' }]],
    ['readDocument', (a) => a.readDocument(), CHANNELS.documentRead, []],
    ['openFile', (a) => a.openFile(), CHANNELS.fileOpen, []],
    ['openPath', (a) => a.openPath('/d/a.md'), CHANNELS.fileOpenPath, ['/d/a.md']],
    ['saveFile', (a) => a.saveFile('/d/a.md', 'text'), CHANNELS.fileSave, ['/d/a.md', 'text']],
    ['overwriteFile', (a) => a.overwriteFile('/d/a.md', 'text'), CHANNELS.fileOverwrite, ['/d/a.md', 'text']],
    ['saveFileAs', (a) => a.saveFileAs('a.md', 'text'), CHANNELS.fileSaveAs, ['a.md', 'text']],
    ['recentFiles', (a) => a.recentFiles(), CHANNELS.fileRecent, []],
    ['writeRecovery', (a) => a.writeRecovery(null, 'text'), CHANNELS.recoveryWrite, [null, 'text']],
    ['checkRecovery', (a) => a.checkRecovery(), CHANNELS.recoveryCheck, []],
    ['discardRecovery', (a) => a.discardRecovery(), CHANNELS.recoveryDiscard, []],
    ['exportReport', (a) => a.exportReport(EXPORT_REQUEST), CHANNELS.reportExport, [EXPORT_REQUEST]],
  ];
  it.each(calls)('%s invokes its own channel with its arguments', async (_member, call, channel, args) => {
    expect(await call(api)).toEqual({ ok: true, value: { channel, args } });
  });

  it('setWindowState and confirmClose are one-way messages, passing only the fields of the contract', () => {
    api.setWindowState({ name: 'draft.md', dirty: true, extra: 'dropped' } as { name: string; dirty: boolean });
    api.confirmClose();
    expect(electron.ipcRenderer.send.mock.calls).toEqual([[CHANNELS.windowState, { name: 'draft.md', dirty: true }], [CHANNELS.windowCloseConfirmed]]);
  });
});

describe('menu commands', () => {
  it('reach the listener without the IPC event, and unsubscribing removes exactly that listener', () => {
    const first: MenuCommand[] = [];
    const second: MenuCommand[] = [];
    const stopFirst = api.onMenuCommand((command) => first.push(command));
    api.onMenuCommand((command) => second.push(command));
    const deliver = (command: MenuCommand) => (electron.listeners.get(CHANNELS.menuCommand) ?? []).forEach((listener) => listener({ sender: 'secret' }, command));

    deliver({ command: 'file:save' });
    stopFirst();
    deliver({ command: 'navigate:nextChange' });

    expect(first).toEqual([{ command: 'file:save' }]);
    expect(second).toEqual([{ command: 'file:save' }, { command: 'navigate:nextChange' }]);
    expect(electron.listeners.get(CHANNELS.menuCommand)).toHaveLength(1);
  });
});

describe('a dropped file', () => {
  const dropped = (name: string) => ({ name, arrayBuffer: async () => new ArrayBuffer(0) });

  it('opens by its path, asked of Electron in the preload: only the path crosses to main', async () => {
    expect(await api.openDroppedFile(dropped('outcome.docx'))).toEqual({ ok: true, value: { channel: CHANNELS.fileOpenPath, args: ['/home/ana/outcome.docx'] } });
  });

  it('without a path (not a file from a folder) is refused in one sentence, and main is not asked', async () => {
    electron.ipcRenderer.invoke.mockClear();
    expect(await api.openDroppedFile(dropped('pasted.md'))).toEqual({ ok: false, message: 'cannot open pasted.md: it is not a file on this computer (drop a file from a folder)' });
    expect(electron.ipcRenderer.invoke).not.toHaveBeenCalled();
  });
});

describe('imports', () => {
  it('progress reaches the listener without the IPC event, until it unsubscribes; cancel is a one-way message', () => {
    const heard: ImportProgress[] = [];
    const stop = api.onImportProgress((progress) => heard.push(progress));
    const deliver = (progress: ImportProgress) => (electron.listeners.get(CHANNELS.importProgress) ?? []).forEach((listener) => listener({ sender: 'secret' }, progress));
    const page = { name: 'report.pdf', pagesRead: 3, pageCount: 40, running: true };
    deliver(page);
    stop();
    deliver({ ...page, running: false });
    expect(heard).toEqual([page]);
    electron.ipcRenderer.send.mockClear();
    api.cancelImport();
    expect(electron.ipcRenderer.send.mock.calls).toEqual([[CHANNELS.importCancel]]);
  });
});
