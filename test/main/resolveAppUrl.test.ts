import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeOf, handleAppRequest } from '../../main/appProtocol';
import { APP_INDEX_URL, isAppUrl, resolveAppUrl } from '../../main/resolveAppUrl';
import { CONTENT_SECURITY_POLICY } from '../../main/securityPolicy';

const root = '/opt/precedent/dist/renderer';

describe('the app scheme serves the built renderer and nothing else', () => {
  const served: [story: string, url: string, file: string][] = [
    ['the start page', 'app://precedent/index.html', `${root}/index.html`],
    ['the bare origin opens the start page', 'app://precedent/', `${root}/index.html`],
    ['the origin without a slash opens the start page', 'app://precedent', `${root}/index.html`],
    ['a hashed asset', 'app://precedent/assets/index-3f2a.js', `${root}/assets/index-3f2a.js`],
    ['an encoded space', 'app://precedent/assets/my%20font.woff2', `${root}/assets/my font.woff2`],
    ['a query string and a fragment are not part of the file', 'app://precedent/index.html?v=2#top', `${root}/index.html`],
    ['the host in capitals (Chromium lower-cases standard hosts anyway)', 'app://PRECEDENT/index.html', `${root}/index.html`],
  ];
  it.each(served)('%s', (_story, url, file) => {
    expect(resolveAppUrl(root, url)).toBe(file);
  });

  const refused: [story: string, url: string][] = [
    ['climbing out with ..', 'app://precedent/../../../etc/passwd'],
    ['climbing out with encoded dots %2e%2e', 'app://precedent/%2e%2e/%2e%2e/etc/passwd'],
    ['climbing out with half-encoded dots', 'app://precedent/.%2E/.%2e/etc/passwd'],
    ['a `..` that would stay inside (the page never asks for one)', 'app://precedent/assets/../index.html'],
    ['a `.` segment', 'app://precedent/./index.html'],
    ['climbing out with encoded slashes', 'app://precedent/..%2f..%2f..%2fetc%2fpasswd'],
    ['climbing out with upper-case encodings', 'app://precedent/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd'],
    ['climbing out with encoded backslashes', 'app://precedent/..%5c..%5cwindows%5cwin.ini'],
    ['a lone encoded dot-dot segment', 'app://precedent/assets/%2e%2e'],
    ['an absolute path after the host', 'app://precedent//etc/passwd'],
    ['an encoded absolute path', 'app://precedent/%2fetc%2fpasswd'],
    ['a Windows drive letter', 'app://precedent/C:/Windows/win.ini'],
    ['a NUL byte', 'app://precedent/index.html%00.png'],
    ['malformed percent-encoding', 'app://precedent/%E0%A4%A'],
    ['another host', 'app://evil/index.html'],
    ['a host that merely starts like ours', 'app://precedent.evil/index.html'],
    ['a port', 'app://precedent:8080/index.html'],
    ['credentials', 'app://user:pw@precedent/index.html'],
    ['another scheme', 'file:///opt/precedent/dist/renderer/index.html'],
    ['the web', 'https://precedent/index.html'],
    ['not a URL at all', 'index.html'],
  ];
  it.each(refused)('refuses %s', (_story, url) => {
    expect(resolveAppUrl(root, url)).toBeNull();
  });

  it('the page the window loads is on the app origin', () => {
    expect(APP_INDEX_URL).toBe('app://precedent/index.html');
    expect(isAppUrl(APP_INDEX_URL)).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
  });
});

describe('requests on app:// get the file, its type and the security policy', () => {
  let folder: string;
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'precedent-renderer-'));
    await mkdir(join(folder, 'renderer', 'assets'), { recursive: true });
    await writeFile(join(folder, 'renderer', 'index.html'), '<!doctype html><title>Precedent</title>');
    await writeFile(join(folder, 'renderer', 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(folder, 'secret.txt'), 'not for the page');
  });
  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('the start page comes with its content type, the CSP and nosniff', async () => {
    const response = await handleAppRequest(join(folder, 'renderer'), new Request('app://precedent/index.html'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Precedent</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('a script is served as JavaScript (module scripts require it)', async () => {
    const response = await handleAppRequest(join(folder, 'renderer'), new Request('app://precedent/assets/app.js'));
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it.each([
    ['a file beside the renderer folder', 'app://precedent/%2e%2e/secret.txt'],
    ['a file that does not exist', 'app://precedent/missing.js'],
    ['a folder', 'app://precedent/assets'],
  ])('%s is not found', async (_story, url) => {
    const response = await handleAppRequest(join(folder, 'renderer'), new Request(url));
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('not for the page');
  });

  it('only GET and HEAD are answered', async () => {
    const response = await handleAppRequest(join(folder, 'renderer'), new Request('app://precedent/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });

  it.each([
    ['a.css', 'text/css; charset=utf-8'],
    ['a.WOFF2', 'font/woff2'],
    ['a.ttf', 'font/ttf'],
    ['a.svg', 'image/svg+xml'],
    ['a.unknown', 'application/octet-stream'],
  ])('%s is served as %s', (file, type) => {
    expect(contentTypeOf(file)).toBe(type);
  });
});
