/**
 * A static scan of what the build ships: nothing that loads from the network,
 * no code built from strings. Run on the real build output (npm test builds
 * first): the page, main, the preload, and the import worker main starts
 * (whose libraries' string-built code the build leaves out; see
 * scripts/withoutCodeFromStrings.mjs).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const files = (folder: string): string[] =>
  readdirSync(join(dist, folder), { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(js|cjs|mjs|html|css)$/u.test(name))
    .map((name) => join(dist, folder, name));
const shipped = [...files('renderer'), ...files('main'), ...files('preload'), ...files('importer')];

const FORBIDDEN: Array<[string, RegExp]> = [
  ['eval', /(?<![\w$.])eval\s*\(/u],
  ['new Function', /\bnew Function\s*\(/u],
  // Called without `new` it builds code all the same (underscore and core-js find the global object with Function('return this')()).
  ['the Function constructor', /(?<![\w$.])Function\s*\(/u],
  ['a remote script or stylesheet', /<(?:script|link|img|iframe)[^>]+(?:src|href)=["']?(?:https?:)?\/\//iu],
  // CSS's url(), not JavaScript's `new URL("https://…")`, which fetches nothing (core-js tests its URL support so, in pdf.js).
  ['a remote CSS resource', /(?<!new\s)url\(\s*["']?(?:https?:)?\/\//iu],
  ['a remote import', /\bimport\s*\(\s*["'`]https?:/iu],
  ['a remote worker or script', /\b(?:importScripts|new Worker|new SharedWorker)\s*\(\s*["'`]https?:/iu],
  ['a request to a remote address', /\b(?:fetch|sendBeacon|WebSocket|EventSource)\s*\(\s*["'`](?:https?|wss?):/iu],
];

describe('the built app ships nothing that reaches out or builds code from strings', () => {
  it('has build output to scan', () => {
    expect(shipped.some((file) => file.endsWith('index.html'))).toBe(true);
    expect(shipped.some((file) => file.endsWith('main.js'))).toBe(true);
    expect(shipped.some((file) => file.endsWith('preload.cjs'))).toBe(true);
    expect(shipped.some((file) => file.endsWith('importWorker.mjs'))).toBe(true);
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

/** The modules of an esbuild bundle (its `// node_modules/...` comments) with how many lines of each match a code-building pattern of FORBIDDEN. */
function placesBuildingCode(bundle: string): string[] {
  const found = new Map<string, number>();
  let module = '';
  for (const line of bundle.split('\n')) {
    const start = /^\/\/ (\S+)$/u.exec(line);
    if (start) module = start[1];
    else if (FORBIDDEN.slice(0, 3).some(([, pattern]) => pattern.test(line))) found.set(module, (found.get(module) ?? 0) + 1);
  }
  return [...found].map(([name, count]) => `${name}: ${count}`).sort();
}

describe("the import worker's libraries", () => {
  it('carry exactly these places that build code from strings, all of which the build leaves out', async () => {
    // Bundled here without the build's plugin: a new place in a library update fails this test and the scan above.
    const { outputFiles } = await build({ entryPoints: [fileURLToPath(new URL('../../main/importWorker.ts', import.meta.url))], bundle: true, platform: 'node', format: 'esm', write: false, logLevel: 'silent' });
    // What each is and why it is unreachable: scripts/withoutCodeFromStrings.mjs.
    expect(placesBuildingCode(outputFiles[0].text)).toEqual([
      'node_modules/pdfjs-dist/legacy/build/pdf.mjs: 3',
      'node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs: 4',
      'node_modules/setimmediate/setImmediate.js: 1',
      'node_modules/underscore/modules/_setup.js: 1',
      'node_modules/underscore/modules/template.js: 1',
    ]);
    expect(placesBuildingCode(readFileSync(join(dist, 'importer', 'importWorker.mjs'), 'utf8'))).toEqual([]);
  });
});
