/**
 * A static scan of what the build ships: nothing that loads from the network,
 * no code built from strings. Run on the real build output (npm test builds
 * first).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const files = (folder: string): string[] =>
  readdirSync(join(dist, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(js|cjs|mjs|html|css)$/u.test(name))
    .map((name) => join(dist, folder, name));
const shipped = [...files('renderer'), ...files('main'), ...files('preload')];

const FORBIDDEN: Array<[string, RegExp]> = [
  ['eval', /(?<![\w$.])eval\s*\(/u],
  ['new Function', /\bnew Function\s*\(/u],
  ['a remote script or stylesheet', /<(?:script|link|img|iframe)[^>]+(?:src|href)=["']?(?:https?:)?\/\//iu],
  ['a remote CSS resource', /url\(\s*["']?(?:https?:)?\/\//iu],
  ['a remote import', /\bimport\s*\(\s*["'`]https?:/iu],
  ['a remote worker or script', /\b(?:importScripts|new Worker|new SharedWorker)\s*\(\s*["'`]https?:/iu],
  ['a request to a remote address', /\b(?:fetch|sendBeacon|WebSocket|EventSource)\s*\(\s*["'`](?:https?|wss?):/iu],
];

describe('the built app ships nothing that reaches out or builds code from strings', () => {
  it('has build output to scan', () => {
    expect(shipped.some((file) => file.endsWith('index.html'))).toBe(true);
    expect(shipped.some((file) => file.endsWith('main.js'))).toBe(true);
    expect(shipped.some((file) => file.endsWith('preload.cjs'))).toBe(true);
  });

  it.each(FORBIDDEN)('contains no %s', (_, pattern) => {
    const offenders = shipped.filter((file) => pattern.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('serves its page with a Content-Security-Policy that allows only its own origin', () => {
    const html = readFileSync(join(dist, 'renderer', 'index.html'), 'utf8');
    const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/u.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/u);
  });

  it('exposes only named functions from the preload, never ipcRenderer itself', () => {
    const preload = readFileSync(join(dist, 'preload', 'preload.cjs'), 'utf8');
    expect(preload).toMatch(/exposeInMainWorld\(\s*["']precedent["']/u);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*\)/u);
  });
});
