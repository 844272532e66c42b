/**
 * Main's IPC handlers registered as the app registers them, with a fake
 * `ipcMain` and dialog (the real electron module cannot load here), the
 * importers run in this process rather than in main's worker, and real
 * folders in a temporary directory: the renderer's side of every call.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Result } from '../../../contract/api';
import { importDocumentFile } from '../../../main/importMessages';
import { registerIpc, type DialogLike, type IpcEventLike, type IpcMainLike } from '../../../main/ipc';
import { openSettingsStore } from '../../../main/settings';

type Listener = (event: IpcEventLike, ...args: unknown[]) => unknown;
const APP_PAGE: IpcEventLike = { senderFrame: { url: 'app://precedent/index.html' } };

export interface MainOnDisk {
  /** The temporary folder: `app/corpus`, `userData`, `Documents` and the user's files. */
  root: string;
  /** Calls a channel as the app's page does. */
  invoke(channel: string, ...args: unknown[]): Promise<Result<unknown>>;
  /** What the next Save As dialog answers. */
  answerSaveAs(path: string | null): void;
  /** What the next Open dialog answers. */
  answerOpen(path: string | null): void;
}

export async function startMainOnDisk(prefix: string): Promise<MainOnDisk> {
  const root = await mkdtemp(join(tmpdir(), prefix));
  await mkdir(join(root, 'app', 'corpus'), { recursive: true });
  await mkdir(join(root, 'Documents'));
  await writeFile(join(root, 'app', 'corpus', 'statement-2025.md'), '# Statement 2025\n');
  const handlers = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => void handlers.set(channel, listener),
    on: () => undefined,
  };
  const saveAnswers: (string | null)[] = [];
  const openAnswers: (string | null)[] = [];
  const dialog: DialogLike<object> = {
    showOpenDialog: async () => {
      const path = openAnswers.shift() ?? null;
      return path === null ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [path] };
    },
    // A question no story expects is answered Cancel, the safe answer.
    showMessageBox: async () => ({ response: 1 }),
    showSaveDialog: async () => {
      const path = saveAnswers.shift() ?? null;
      return path === null ? { canceled: true } : { canceled: false, filePath: path };
    },
  };
  const userData = join(root, 'userData');
  registerIpc<object>({
    ipcMain,
    dialog,
    window: () => ({}),
    paths: { appRoot: join(root, 'app'), userData, documents: join(root, 'Documents') },
    settings: await openSettingsStore(userData),
    recoveryOffer: null,
    windowStateChanged: () => undefined,
    closeConfirmed: () => undefined,
    // Word, PDF and HTML are imported in this process, as the app's worker does it.
    importer: { import: (path) => importDocumentFile(path), cancel: () => undefined },
  });
  return {
    root,
    invoke: async (channel, ...args) => {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`no handler for ${channel}`);
      return (await handler(APP_PAGE, ...args)) as Result<unknown>;
    },
    answerSaveAs: (path) => void saveAnswers.push(path),
    answerOpen: (path) => void openAnswers.push(path),
  };
}
