/**
 * The app's own origin, `app://precedent/`, and the one function that turns
 * one of its URLs into a file of the built renderer. Everything the window
 * loads comes through here, so a URL that could climb out of the renderer
 * folder is refused rather than cleaned up.
 */
import { relative, resolve, isAbsolute, sep } from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'precedent';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Whether `url` belongs to the app's own origin (and nothing else: no other host, port or user). */
export function isAppUrl(url: string): boolean {
  return parseAppUrl(url) !== null;
}

/**
 * The file under `root` that `url` names, or null when the URL is not the
 * app's, cannot be decoded, or would leave `root` (`..`, `%2e%2e`, an encoded
 * slash or backslash, an absolute or drive-letter path).
 */
export function resolveAppUrl(root: string, url: string): string | null {
  const parsed = parseAppUrl(url);
  if (parsed === null || climbs(url)) return null;
  const pathname = parsed.pathname === '' || parsed.pathname === '/' ? '/index.html' : parsed.pathname;
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.slice(1).split('/');
  // Dot segments were refused above; any left now came from an encoded slash (`..%2f`).
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return null;
  if (/^[a-z]:$/iu.test(segments[0])) return null;
  const base = resolve(root);
  const file = resolve(base, ...segments);
  const inside = relative(base, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) return null;
  return file;
}

/**
 * Whether the URL as written has a `.` or `..` segment, plain or encoded.
 * The URL parser would fold them (keeping the result inside the origin), but
 * the page never asks for such a URL: one that does is refused, not repaired.
 */
function climbs(url: string): boolean {
  const path = url.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/iu, '').replace(/[?#].*$/su, '');
  return path.split('/').some((segment) => /^(?:\.|%2e){1,2}$/iu.test(segment));
}

function parseAppUrl(url: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const ours =
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname.toLowerCase() === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === '';
  return ours ? parsed : null;
}
