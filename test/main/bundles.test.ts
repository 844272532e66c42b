/**
 * The built bundles, run the way Electron runs them but on fakes: the main
 * process as an ES module (package.json says "type": "module") whose only
 * import Node cannot resolve is `electron`, and the preload as one CommonJS
 * file in a sandbox whose `require` knows nothing but `electron`.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../contract/api';
import { API_MEMBERS } from './apiMembers';

const root = join(import.meta.dirname, '..', '..');
let folder: string;

/** Just enough of Electron for main.js to start, logging what it is asked to do. */
const FAKE_ELECTRON = `
const log = (...entry) => process.stdout.write(JSON.stringify(entry) + '\\n');
let ready = false;
const emitter = () => { const handlers = {}; return { on(name, f) { (handlers[name] ??= []).push(f); return this; }, once(name, f) { return this.on(name, f); }, emit(name, ...a) { for (const f of handlers[name] ?? []) f(...a); } }; };
export const app = Object.assign(emitter(), {
  isPackaged: false,
  requestSingleInstanceLock: () => true,
  whenReady: () => new Promise((resolve) => setTimeout(() => { ready = true; resolve(); }, 10)),
  isReady: () => ready,
  getPath: (name) => process.env.FAKE_USER_DATA + '/' + name,
  quit() {}, exit(code) { log('exit', code); process.exit(code); },
});
export const protocol = { registerSchemesAsPrivileged: (schemes) => log('registerSchemesAsPrivileged', schemes, ready), handle: (scheme) => log('handle', scheme) };
const noop = () => {};
export const session = { defaultSession: { setPermissionRequestHandler: noop, setPermissionCheckHandler: noop, setDevicePermissionHandler: noop, setSpellCheckerEnabled: noop, setSpellCheckerDictionaryDownloadURL: noop, webRequest: { onBeforeRequest: noop } } };
export const ipcMain = { handle: (channel) => log('ipc', channel), on: (channel) => log('ipc', channel) };
export const dialog = { showErrorBox: (title, message) => log('error', title, message) };
export const Menu = { buildFromTemplate: (t) => t, setApplicationMenu: (t) => log('menu', t.map((item) => item.label ?? item.role)) };
export const nativeTheme = Object.assign(emitter(), { shouldUseDarkColors: false });
export class BrowserWindow {
  constructor(options) { Object.assign(this, emitter()); this.webContents = Object.assign(emitter(), { setWindowOpenHandler: noop, send: noop }); log('window', options); app.emit('web-contents-created', {}, this.webContents); }
  async loadURL(url) { log('loadURL', url); setTimeout(() => process.exit(0), 10); }
}
`;

const LOADER = `
export async function resolve(specifier, context, next) {
  if (specifier === 'electron') return { url: ${JSON.stringify('FAKE_URL')}, shortCircuit: true };
  return next(specifier, context);
}
`;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'precedent-bundles-'));
  const { buildElectron } = (await import(pathToFileURL(join(root, 'scripts', 'buildElectron.mjs')).href)) as { buildElectron: (root: string) => Promise<void> };
  await buildElectron(root);
});
afterAll(() => rm(folder, { recursive: true, force: true }));

describe('the built main process', () => {
  it('starts as an ES module: scheme privileges before ready, then the IPC handlers, the menu and the window on the app page', async () => {
    const fake = join(folder, 'electron.mjs');
    await writeFile(fake, FAKE_ELECTRON);
    await writeFile(join(folder, 'loader.mjs'), LOADER.replace('"FAKE_URL"', JSON.stringify(pathToFileURL(fake).href)));
    await writeFile(join(folder, 'register.mjs'), `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(join(folder, 'loader.mjs')).href)});\n`);
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', pathToFileURL(join(folder, 'register.mjs')).href, join(root, 'dist', 'main', 'main.js')], {
      env: { ...process.env, FAKE_USER_DATA: folder },
    });
    const log = stdout.trim().split('\n').map((line) => JSON.parse(line) as [string, ...unknown[]]);
    const steps = log.map(([step]) => step);
    expect(log[0]).toEqual(['registerSchemesAsPrivileged', [{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }], false]);
    expect(steps).not.toContain('error');
    expect(steps.indexOf('handle')).toBeLessThan(steps.indexOf('window'));
    // One handler or listener per channel the page sends on; main itself sends menu commands and import progress.
    const fromPage = Object.values(CHANNELS).filter((channel) => channel !== CHANNELS.menuCommand && channel !== CHANNELS.importProgress);
    expect(log.filter(([step]) => step === 'ipc').map(([, channel]) => channel).sort()).toEqual(fromPage.sort());
    const window = log.find(([step]) => step === 'window')?.[1] as { webPreferences: { preload: string; sandbox: boolean } };
    expect(window.webPreferences.preload).toBe(join(root, 'dist', 'preload', 'preload.cjs'));
    expect(window.webPreferences.sandbox).toBe(true);
    expect(log.at(-1)).toEqual(['loadURL', 'app://precedent/index.html']);
  });
});

describe('the built preload', () => {
  it('runs with only `electron` to require, and exposes exactly the contract', async () => {
    const code = await readFile(join(root, 'dist', 'preload', 'preload.cjs'), 'utf8');
    const required: string[] = [];
    const exposed = new Map<string, Record<string, unknown>>();
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => exposed.set(key, api) },
      ipcRenderer: { invoke: () => undefined, send: () => undefined, on: () => undefined, removeListener: () => undefined },
    };
    const require = (name: string) => {
      required.push(name);
      if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
      return electron;
    };
    runInNewContext(code, { require, module: { exports: {} }, exports: {} });
    expect(required).toEqual(['electron']);
    expect([...exposed.keys()]).toEqual(['precedent']);
    expect(Object.keys(exposed.get('precedent') ?? {}).sort()).toEqual([...API_MEMBERS]);
  });
});
