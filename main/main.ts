/**
 * The Electron main process: lifecycle, the window, the menu, the `app:`
 * scheme and the session's locks, wired from the pure modules beside this
 * file. Decisions live in those modules (and their tests); this file only
 * connects them to Electron.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, session, type Session, type WebContents } from 'electron';
import { join } from 'node:path';
import { CHANNELS, type MenuCommand } from '../contract/api';
import { appRootOf } from '../io/locations';
import { unpackedPath } from './unpackedPath';
import { handleAppRequest } from './appProtocol';
import { CLOSE_DIALOG_BUTTONS, CLOSE_DIALOG_CANCEL, CLOSE_DIALOG_DEFAULT, closeAnswerOf, closeDecision, type CloseAction } from './closeDecision';
import { DocumentImporter } from './importRunner';
import { registerIpc } from './ipc';
import { buildMenuTemplate } from './menuTemplate';
import { discardRecoveryDraft, markCleanExit, recoveryFolder, startRecovery } from './recovery';
import { APP_INDEX_URL, APP_SCHEME } from './resolveAppUrl';
import {
  APP_SCHEME_PRIVILEGES,
  SPELLCHECKER_DICTIONARY_URL,
  backgroundColor,
  navigationAllowed,
  permissionAllowed,
  requestAllowed,
  windowOptions,
} from './securityPolicy';
import { openSettingsStore, type SettingsStore } from './settings';
import { windowTitle } from './windowTitle';

// Must happen before `ready`: privileges cannot be granted to a scheme afterwards.
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: APP_SCHEME_PRIVILEGES }]);

const root = appRootOf(import.meta.url);
const rendererFolder = join(root, 'dist', 'renderer');
const preloadPath = join(root, 'dist', 'preload', 'preload.cjs');
const importWorkerPath = join(root, 'dist', 'importer', 'importWorker.js');
const dev = !app.isPackaged;

let window: BrowserWindow | null = null;
let settings: SettingsStore | null = null;
/** The renderer's last word on the draft (setWindowState). */
let draft = { name: '', dirty: false };
/** The close was settled (saved, or Don't Save): the next close goes through. */
let closeConfirmed = false;
/** The close dialog is on screen. */
let asking = false;
/** The renderer was asked to save before closing; only then does its confirmation close the window. */
let savePending = false;
/** The close came from quitting the app, so settling it quits. */
let quitRequested = false;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (window === null) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (window === null && app.isReady() && settings !== null) openWindow();
  });
  app.on('before-quit', (event) => {
    quitRequested = true;
    if (window !== null && closeDecision({ dirty: draft.dirty, confirmed: closeConfirmed, answer: null }) !== 'close') {
      event.preventDefault();
      window.close();
    }
  });
  app.on('will-quit', () => {
    try {
      markCleanExit(recoveryFolder(app.getPath('userData')), new Date());
    } catch (error) {
      // Without the marker the next start offers the last autosave again: a nuisance, not a reason to fail the quit.
      console.warn(`Precedent could not mark a clean exit: ${(error as Error).message}`);
    }
  });
  app.whenReady().then(start, (error: unknown) => fail(error));
}

async function start(): Promise<void> {
  try {
    const userData = app.getPath('userData');
    protocol.handle(APP_SCHEME, (request) => handleAppRequest(rendererFolder, request));
    lockDownSession(session.defaultSession);
    const recoveryOffer = await startRecovery(recoveryFolder(userData));
    const store = await openSettingsStore(userData, () => buildMenu());
    settings = store;
    registerIpc({
      ipcMain,
      dialog,
      window: () => window,
      paths: { appRoot: root, userData, documents: app.getPath('documents') },
      settings: store,
      recoveryOffer,
      windowStateChanged: (state) => {
        draft = state;
        window?.setTitle(windowTitle(state));
        if (process.platform === 'darwin') window?.setDocumentEdited(state.dirty);
      },
      closeConfirmed: () => {
        if (!savePending) return;
        savePending = false;
        settleClose('close');
      },
      importer: new DocumentImporter({ workerPath: importWorkerPath, report: (progress) => window?.webContents.send(CHANNELS.importProgress, progress) }),
    });
    buildMenu();
    nativeTheme.on('updated', () => window?.setBackgroundColor(backgroundColor(nativeTheme.shouldUseDarkColors)));
    openWindow();
  } catch (error) {
    fail(error);
  }
}

function lockDownSession(target: Session): void {
  target.setPermissionRequestHandler((_contents, _permission, callback) => callback(permissionAllowed()));
  target.setPermissionCheckHandler(() => permissionAllowed());
  target.setDevicePermissionHandler(() => permissionAllowed());
  target.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !requestAllowed(details.url, { dev }) }));
  target.setSpellCheckerEnabled(false);
  target.setSpellCheckerDictionaryDownloadURL(SPELLCHECKER_DICTIONARY_URL);
}

function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    if (!navigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!navigationAllowed(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

function openWindow(): void {
  const created = new BrowserWindow(windowOptions({ preloadPath, dark: nativeTheme.shouldUseDarkColors, packaged: app.isPackaged }));
  window = created;
  draft = { name: '', dirty: false };
  closeConfirmed = false;
  savePending = false;
  created.once('ready-to-show', () => created.show());
  // The title belongs to the draft (setWindowState), not to the page's <title>.
  created.on('page-title-updated', (event) => event.preventDefault());
  created.on('close', (event) => {
    if (closeDecision({ dirty: draft.dirty, confirmed: closeConfirmed, answer: null }) === 'close') return;
    event.preventDefault();
    if (!asking) void askBeforeClosing(created);
  });
  created.on('closed', () => {
    window = null;
    // The draft was saved or deliberately dropped: nothing is left to recover.
    void discardRecoveryDraft(recoveryFolder(app.getPath('userData')));
  });
  void created.loadURL(APP_INDEX_URL);
}

async function askBeforeClosing(target: BrowserWindow): Promise<void> {
  asking = true;
  try {
    const { response } = await dialog.showMessageBox(target, {
      type: 'warning',
      message: `Do you want to save the changes to ${draft.name || 'this draft'}?`,
      detail: "Your changes will be lost if you don't save them.",
      buttons: [...CLOSE_DIALOG_BUTTONS],
      defaultId: CLOSE_DIALOG_DEFAULT,
      cancelId: CLOSE_DIALOG_CANCEL,
      noLink: true,
    });
    settleClose(closeDecision({ dirty: draft.dirty, confirmed: closeConfirmed, answer: closeAnswerOf(response) }));
  } finally {
    asking = false;
  }
}

function settleClose(action: CloseAction): void {
  if (action === 'saveThenClose') {
    savePending = true;
    sendMenuCommand({ command: 'window:saveAndClose' });
  } else if (action === 'cancel') {
    quitRequested = false;
  } else if (action === 'close') {
    closeConfirmed = true;
    if (quitRequested) app.quit();
    else window?.close();
  }
}

function sendMenuCommand(command: MenuCommand): void {
  window?.webContents.send(CHANNELS.menuCommand, command);
}

function buildMenu(): void {
  const store = settings;
  if (store === null) return;
  const template = buildMenuTemplate({
    platform: process.platform,
    recentFiles: store.recentFiles(),
    send: sendMenuCommand,
    clearRecent: () => void store.clearRecent(),
    devTools: dev,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

function fail(error: unknown): void {
  console.error(error);
  dialog.showErrorBox('Precedent could not start', error instanceof Error ? error.message : String(error));
  app.exit(1);
}
