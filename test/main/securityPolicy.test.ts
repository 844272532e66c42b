import { describe, expect, it } from 'vitest';
import {
  APP_SCHEME_PRIVILEGES,
  CONTENT_SECURITY_POLICY,
  SPELLCHECKER_DICTIONARY_URL,
  backgroundColor,
  navigationAllowed,
  permissionAllowed,
  requestAllowed,
  windowOptions,
} from '../../main/securityPolicy';

const preloadPath = '/opt/precedent/dist/preload/preload.cjs';

describe('the window a user gets is locked down', () => {
  const packaged = windowOptions({ preloadPath, dark: false, packaged: true });

  it('is 1400 by 900, titled Precedent, shown once painted', () => {
    expect(packaged).toMatchObject({ width: 1400, height: 900, title: 'Precedent', show: false });
  });

  const preferences: [setting: keyof typeof packaged.webPreferences, value: unknown, why: string][] = [
    ['contextIsolation', true, 'the preload and the page do not share globals'],
    ['sandbox', true, 'the renderer runs in the OS sandbox'],
    ['nodeIntegration', false, 'the page cannot require Node'],
    ['nodeIntegrationInWorker', false, 'nor can its workers'],
    ['nodeIntegrationInSubFrames', false, 'nor any frame'],
    ['webSecurity', true, 'the same-origin policy holds'],
    ['allowRunningInsecureContent', false, 'no http content on the secure app origin'],
    ['experimentalFeatures', false, 'no experimental web platform features'],
    ['webviewTag', false, 'no <webview> to embed other pages'],
    ['navigateOnDragDrop', false, 'a dropped file does not replace the app'],
    ['safeDialogs', true, 'a page cannot flood alert() dialogs'],
    ['spellcheck', false, "Chromium's spellchecker would download dictionaries"],
    ['devTools', false, 'a packaged app has no developer tools'],
    ['preload', preloadPath, 'the bundled preload is the only bridge'],
  ];
  it.each(preferences)('%s is %s: %s', (setting, value) => {
    expect(packaged.webPreferences[setting]).toBe(value);
  });

  it('every web preference set is one of those asserted above', () => {
    expect(Object.keys(packaged.webPreferences).sort()).toEqual(preferences.map(([setting]) => setting).sort());
  });

  it('developer tools are there in development', () => {
    expect(windowOptions({ preloadPath, dark: false, packaged: false }).webPreferences.devTools).toBe(true);
  });

  it('the background follows the system theme, so a dark desktop gets no white flash', () => {
    expect(windowOptions({ preloadPath, dark: true, packaged: true }).backgroundColor).toBe(backgroundColor(true));
    expect(windowOptions({ preloadPath, dark: false, packaged: true }).backgroundColor).toBe(backgroundColor(false));
    expect(backgroundColor(true)).not.toBe(backgroundColor(false));
  });
});

describe('the app scheme', () => {
  it('is standard, secure and fetchable, and bypasses nothing', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ standard: true, secure: true, supportFetchAPI: true });
  });

  it('serves a policy that allows only the app itself (and inline styles for Monaco)', () => {
    const directives = Object.fromEntries(CONTENT_SECURITY_POLICY.split('; ').map((entry) => [entry.split(' ')[0], entry.split(' ').slice(1).join(' ')]));
    expect(directives['default-src']).toBe("'none'");
    expect(directives['script-src']).toBe("'self'");
    expect(directives['connect-src']).toBe("'self'");
    expect(directives['object-src']).toBe("'none'");
    expect(directives['style-src']).toBe("'self' 'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/u);
  });
});

describe('the page stays on the app and offline', () => {
  it.each([
    ['app://precedent/index.html', true],
    ['app://precedent/compare.html#x', true],
    ['app://evil/index.html', false],
    ['https://example.com/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('navigating to %s: %s', (url, allowed) => {
    expect(navigationAllowed(url)).toBe(allowed);
  });

  const requests: [url: string, dev: boolean, allowed: boolean][] = [
    ['app://precedent/assets/app.js', false, true],
    ['app://evil/assets/app.js', false, false],
    ['data:image/svg+xml;base64,PHN2Zy8+', false, true],
    ['blob:app://precedent/3c1e', false, true],
    ['devtools://devtools/bundled/inspector.html', true, true],
    ['devtools://devtools/bundled/inspector.html', false, false],
    ['https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic', false, false],
    ['http://127.0.0.1:5173/', true, false],
    ['file:///etc/passwd', false, false],
    ['ws://localhost:1/', true, false],
    ['chrome-extension://abc/x.js', true, false],
    ['', false, false],
  ];
  it.each(requests)('a request for %s (development: %s) is allowed: %s', (url, dev, allowed) => {
    expect(requestAllowed(url, { dev })).toBe(allowed);
  });

  it('no permission is ever granted', () => {
    expect(permissionAllowed()).toBe(false);
  });

  it('the spellchecker dictionary URL points nowhere reachable', () => {
    const url = new URL(SPELLCHECKER_DICTIONARY_URL);
    expect(url.hostname).toBe('127.0.0.1');
    expect(SPELLCHECKER_DICTIONARY_URL.endsWith('/')).toBe(true);
  });
});
