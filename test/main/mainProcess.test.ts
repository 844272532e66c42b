/**
 * main.ts wired to a fake Electron: the order of start-up, the locks on the
 * session and on every web contents, the window, the menu and the close
 * flow. The pure decisions have their own tests; this checks they are used.
 */
import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, type MenuCommand } from '../../contract/api';
import type { MenuItemTemplate } from '../../main/menuTemplate';
import { APP_SCHEME_PRIVILEGES, windowOptions } from '../../main/securityPolicy';

const repositoryRoot = join(import.meta.dirname, '..', '..');

interface Preventable {
  defaultPrevented: boolean;
  preventDefault(): void;
  url?: string;
}
const preventable = (url?: string): Preventable => ({
  defaultPrevented: false,
  url,
  preventDefault() {
    this.defaultPrevented = true;
  },
});

class FakeContents extends EventEmitter {
  send = vi.fn();
  openHandler: (() => { action: string }) | null = null;
  setWindowOpenHandler(handler: () => { action: string }): void {
    this.openHandler = handler;
  }
}

function makeElectron(userData: string, { lock = true } = {}) {
  let ready = false;
  let markReady!: () => void;
  const whenReady = new Promise<void>((resolve) => {
    markReady = () => {
      ready = true;
      resolve();
    };
  });
  const windows: FakeWindow[] = [];
  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => lock),
    whenReady: vi.fn(() => whenReady),
    isReady: () => ready,
    getPath: (name: string) => join(userData, '..', name === 'userData' ? 'userData' : name),
    quit: vi.fn(),
    exit: vi.fn(),
  });
  class FakeWindow extends EventEmitter {
    webContents = new FakeContents();
    title = '';
    shown = false;
    loadURL = vi.fn(async () => undefined);
    constructor(public options: unknown) {
      super();
      windows.push(this);
      app.emit('web-contents-created', {}, this.webContents);
    }
    show(): void {
      this.shown = true;
    }
    setTitle(title: string): void {
      this.title = title;
    }
    setDocumentEdited = vi.fn();
    setBackgroundColor = vi.fn();
    isMinimized = () => false;
    restore = vi.fn();
    focus = vi.fn();
    /** Like Electron: `close` may be prevented; otherwise the window is gone. */
    close = vi.fn(() => {
      const event = preventable();
      this.emit('close', event);
      if (!event.defaultPrevented) this.emit('closed');
    });
  }
  const session = {
    defaultSession: {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      setSpellCheckerEnabled: vi.fn(),
      setSpellCheckerDictionaryDownloadURL: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    },
  };
  const handlers = new Map<string, unknown>();
  return {
    markReady,
    windows,
    handlers,
    electron: {
      app,
      BrowserWindow: FakeWindow,
      session,
      protocol: {
        registerSchemesAsPrivileged: vi.fn(() => expect(ready).toBe(false)),
        handle: vi.fn(),
      },
      ipcMain: { handle: vi.fn((channel: string, handler: unknown) => handlers.set(channel, handler)), on: vi.fn((channel: string, handler: unknown) => handlers.set(channel, handler)) },
      dialog: { showMessageBox: vi.fn(), showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showErrorBox: vi.fn() },
      Menu: { buildFromTemplate: vi.fn((template: MenuItemTemplate[]) => template), setApplicationMenu: vi.fn() },
      nativeTheme: Object.assign(new EventEmitter(), { shouldUseDarkColors: true }),
    },
  };
}

const current = vi.hoisted(() => ({ fake: null as unknown }));
// Each test starts main.ts afresh on a new fake; the mocked module forwards to the current one.
vi.mock('electron', () => {
  const electron = () => (current.fake as ReturnType<typeof makeElectron>).electron;
  const names = ['app', 'BrowserWindow', 'session', 'protocol', 'ipcMain', 'dialog', 'Menu', 'nativeTheme'] as const;
  return Object.defineProperties({}, Object.fromEntries(names.map((name) => [name, { get: () => electron()[name], enumerable: true }])));
});

let folder: string;
let fake: ReturnType<typeof makeElectron>;
const APP_PAGE = { senderFrame: { url: 'app://precedent/index.html' } };

async function start(options: { lock?: boolean } = {}): Promise<void> {
  fake = makeElectron(join(folder, 'userData'), options);
  current.fake = fake;
  vi.resetModules();
  await import('../../main/main');
}
async function startReady(): Promise<InstanceType<typeof fake.electron.BrowserWindow>> {
  await start();
  fake.markReady();
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
  return fake.windows[0];
}
const send = (channel: string, ...args: unknown[]) => (fake.handlers.get(channel) as (event: unknown, ...rest: unknown[]) => void)(APP_PAGE, ...args);
const menuCommands = (window: { webContents: FakeContents }): MenuCommand[] => window.webContents.send.mock.calls.map((call) => call[1] as MenuCommand);

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'precedent-main-'));
});
afterEach(() => rm(folder, { recursive: true, force: true }));

describe('starting the app', () => {
  it('grants the app scheme its privileges before ready, as Electron requires', async () => {
    await start();
    expect(fake.electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([{ scheme: 'app', privileges: APP_SCHEME_PRIVILEGES }]);
    expect(fake.windows).toHaveLength(0);
  });

  it('a second instance quits at once and leaves the first one alone', async () => {
    await start({ lock: false });
    expect(fake.electron.app.quit).toHaveBeenCalled();
    expect(fake.electron.app.whenReady).not.toHaveBeenCalled();
  });

  it('opens one locked-down window on the app page, shown once painted', async () => {
    const window = await startReady();
    expect(window.options).toEqual(windowOptions({ preloadPath: join(repositoryRoot, 'dist', 'preload', 'preload.cjs'), dark: true, packaged: false }));
    expect(window.loadURL).toHaveBeenCalledWith('app://precedent/index.html');
    expect(window.shown).toBe(false);
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('serves the app scheme from dist/renderer and refuses traversal', async () => {
    await startReady();
    const [scheme, handler] = fake.electron.protocol.handle.mock.calls[0] as [string, (request: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    expect((await handler(new Request('app://precedent/%2e%2e/%2e%2e/package.json'))).status).toBe(404);
  });

  it('registers the IPC handlers and the menu', async () => {
    await startReady();
    // Every channel has a handler but the two main sends on: menu commands and import progress.
    const sent: string[] = [CHANNELS.menuCommand, CHANNELS.importProgress];
    expect([...fake.handlers.keys()].sort()).toEqual(Object.values(CHANNELS).filter((channel) => !sent.includes(channel)).sort());
    const template = fake.electron.Menu.setApplicationMenu.mock.calls.at(-1)?.[0] as MenuItemTemplate[];
    expect(template.map((item) => item.label)).toEqual(process.platform === 'darwin' ? ['Precedent', 'File', 'Edit', 'View', undefined, 'Help'] : ['File', 'Edit', 'View', 'Help']);
  });
});

describe('the session is locked', () => {
  it('denies every permission request and check', async () => {
    await startReady();
    const ses = fake.electron.session.defaultSession;
    const request = ses.setPermissionRequestHandler.mock.calls[0][0] as (c: unknown, p: string, callback: (granted: boolean) => void) => void;
    const callback = vi.fn();
    request({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect((ses.setPermissionCheckHandler.mock.calls[0][0] as () => boolean)()).toBe(false);
    expect((ses.setDevicePermissionHandler.mock.calls[0][0] as () => boolean)()).toBe(false);
  });

  it('cancels every request that is not the app (developer tools allowed in development)', async () => {
    await startReady();
    const filter = fake.electron.session.defaultSession.webRequest.onBeforeRequest.mock.calls[0][0] as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      filter({ url }, (response) => (cancel = response.cancel));
      return cancel;
    };
    expect(decide('app://precedent/index.html')).toBe(false);
    expect(decide('https://example.com/')).toBe(true);
    expect(decide('devtools://devtools/bundled/inspector.html')).toBe(false);
  });

  it('turns the spellchecker off and points its downloads nowhere', async () => {
    await startReady();
    const ses = fake.electron.session.defaultSession;
    expect(ses.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
    expect(ses.setSpellCheckerDictionaryDownloadURL).toHaveBeenCalledWith('http://127.0.0.1:9/');
  });

  it('every web contents refuses navigation away from the app, new windows and webviews', async () => {
    const window = await startReady();
    const contents = window.webContents;
    const away = preventable('https://example.com/');
    contents.emit('will-navigate', away);
    const within = preventable('app://precedent/index.html');
    contents.emit('will-navigate', within);
    const redirect = preventable('https://example.com/');
    contents.emit('will-redirect', redirect);
    const webview = preventable();
    contents.emit('will-attach-webview', webview);
    expect([away.defaultPrevented, within.defaultPrevented, redirect.defaultPrevented, webview.defaultPrevented]).toEqual([true, false, true, true]);
    expect(contents.openHandler?.()).toEqual({ action: 'deny' });
  });
});

describe('the window follows the draft', () => {
  it('the title shows the draft name and whether it is saved', async () => {
    const window = await startReady();
    send(CHANNELS.windowState, { name: 'statement.md', dirty: true });
    expect(window.title).toBe('• statement.md — Precedent');
  });

  it('a menu click reaches the renderer as a command', async () => {
    const window = await startReady();
    const template = fake.electron.Menu.setApplicationMenu.mock.calls.at(-1)?.[0] as MenuItemTemplate[];
    template.find((item) => item.label === 'File')?.submenu?.find((item) => item.label === 'Save')?.click?.();
    expect(menuCommands(window)).toEqual([{ command: 'file:save' }]);
  });

  it('the background follows a change of system theme', async () => {
    const window = await startReady();
    fake.electron.nativeTheme.shouldUseDarkColors = false;
    fake.electron.nativeTheme.emit('updated');
    expect(window.setBackgroundColor).toHaveBeenCalledWith('#ffffff');
  });
});

describe('closing with unsaved changes', () => {
  const answer = (response: number) => fake.electron.dialog.showMessageBox.mockResolvedValueOnce({ response, checkboxChecked: false });

  it('a saved draft closes without a question', async () => {
    const window = await startReady();
    send(CHANNELS.windowState, { name: 'a.md', dirty: false });
    window.close();
    expect(fake.electron.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(window.listenerCount('closed')).toBeGreaterThan(0);
  });

  it('Save asks the renderer to save, and the window closes when it confirms', async () => {
    const window = await startReady();
    send(CHANNELS.windowState, { name: 'a.md', dirty: true });
    answer(0);
    const closed = vi.fn();
    window.on('closed', closed);
    window.close();
    await vi.waitFor(() => expect(menuCommands(window)).toEqual([{ command: 'window:saveAndClose' }]));
    expect(closed).not.toHaveBeenCalled();
    send(CHANNELS.windowCloseConfirmed);
    expect(closed).toHaveBeenCalledTimes(1);
  });

  it('a confirmation nobody asked for closes nothing', async () => {
    const window = await startReady();
    send(CHANNELS.windowState, { name: 'a.md', dirty: true });
    send(CHANNELS.windowCloseConfirmed);
    expect(window.close).not.toHaveBeenCalled();
  });

  it("Don't Save closes at once", async () => {
    const window = await startReady();
    send(CHANNELS.windowState, { name: 'a.md', dirty: true });
    answer(1);
    const closed = vi.fn();
    window.on('closed', closed);
    window.close();
    await vi.waitFor(() => expect(closed).toHaveBeenCalledTimes(1));
  });

  it('Cancel keeps the window open', async () => {
    const window = await startReady();
    send(CHANNELS.windowState, { name: 'a.md', dirty: true });
    answer(2);
    const closed = vi.fn();
    window.on('closed', closed);
    window.close();
    await vi.waitFor(() => expect(fake.electron.dialog.showMessageBox).toHaveBeenCalledTimes(1));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(closed).not.toHaveBeenCalled();
    expect(menuCommands(window)).toEqual([]);
  });

  it("quitting with unsaved changes stops the quit and asks; Don't Save then quits", async () => {
    await startReady();
    send(CHANNELS.windowState, { name: 'a.md', dirty: true });
    answer(1);
    const event = preventable();
    fake.electron.app.emit('before-quit', event);
    expect(event.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(fake.electron.app.quit).toHaveBeenCalledTimes(1));
  });

  it('a normal quit leaves the clean-exit marker, so the next start offers no recovery', async () => {
    await startReady();
    fake.electron.app.emit('will-quit', preventable());
    expect(await readFile(join(folder, 'userData', 'recovery', 'clean-exit'), 'utf8')).toMatch(/^\d{4}-\d\d-\d\dT/u);
  });

  it('closing the last window quits, except on macOS', async () => {
    await startReady();
    fake.electron.app.emit('window-all-closed');
    expect(fake.electron.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });
});
