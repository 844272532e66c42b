/**
 * Every security decision of the main process as plain data and predicates,
 * so that each setting is asserted by a test and main.ts only wires them in
 * (Electron's security checklist: isolation, sandbox, no navigation, no new
 * windows, no permissions, no network).
 */
import { isAppUrl } from './resolveAppUrl';

/**
 * The `app:` scheme behaves like https for the page: a standard origin (so
 * relative URLs and `self` work), secure (so workers and modules load), and
 * reachable by fetch. No CSP bypass, no service workers.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true } as const;

/**
 * Sent with every file of the renderer. Monaco injects its styles at run time,
 * hence `style-src 'unsafe-inline'` (monaco-editor#271); the engine and
 * Monaco's editor worker are same-origin module workers.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/**
 * Chromium's spellchecker downloads Hunspell dictionaries from Google on
 * first use. Spellcheck is off, and this unroutable address (the discard port
 * on loopback) makes sure a stray download goes nowhere. The trailing slash
 * is required by Electron.
 */
export const SPELLCHECKER_DICTIONARY_URL = 'http://127.0.0.1:9/';

/** Behind the page while it loads, so the window does not flash white in a dark theme (or black in a light one). */
export function backgroundColor(dark: boolean): string {
  return dark ? '#1e1e1e' : '#ffffff';
}

export interface WindowOptionsInput {
  /** Absolute path of the bundled preload (dist/preload/preload.cjs). */
  preloadPath: string;
  /** `nativeTheme.shouldUseDarkColors`. */
  dark: boolean;
  /** `app.isPackaged`: developer tools only in development. */
  packaged: boolean;
}

/** The subset of BrowserWindowConstructorOptions Precedent sets, every one deliberate. */
export interface WindowOptions {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  title: string;
  backgroundColor: string;
  show: boolean;
  webPreferences: {
    preload: string;
    contextIsolation: boolean;
    sandbox: boolean;
    nodeIntegration: boolean;
    nodeIntegrationInWorker: boolean;
    nodeIntegrationInSubFrames: boolean;
    webSecurity: boolean;
    allowRunningInsecureContent: boolean;
    experimentalFeatures: boolean;
    webviewTag: boolean;
    navigateOnDragDrop: boolean;
    safeDialogs: boolean;
    spellcheck: boolean;
    devTools: boolean;
  };
}

export function windowOptions({ preloadPath, dark, packaged }: WindowOptionsInput): WindowOptions {
  return {
    width: 1400,
    height: 900,
    minWidth: 800,
    minHeight: 500,
    title: 'Precedent',
    backgroundColor: backgroundColor(dark),
    // Shown on `ready-to-show`, so the first paint is the app rather than an empty frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // A file dropped on the window must not replace the app with the file.
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      devTools: !packaged,
    },
  };
}

/** A page may only move within the app's own origin. */
export function navigationAllowed(url: string): boolean {
  return isAppUrl(url);
}

/**
 * Which requests leave the page: the app's own files, and the developer
 * tools in development. `data:` and `blob:` URLs are made inside the page and
 * reach no network (Monaco's stylesheet uses `data:` images). Everything
 * else is cancelled: Precedent is offline by design.
 */
export function requestAllowed(url: string, { dev }: { dev: boolean }): boolean {
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return false;
  }
  if (protocol === 'app:') return isAppUrl(url);
  if (protocol === 'data:' || protocol === 'blob:') return true;
  if (protocol === 'devtools:') return dev;
  return false;
}

/** No web permission is ever granted: no camera, notifications, clipboard reads, geolocation, HID... */
export function permissionAllowed(): boolean {
  return false;
}
