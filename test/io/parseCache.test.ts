/**
 * The parsed-model cache and the parallel parse, on the real corpus and real
 * temporary folders: what a hit gives, what is never trusted, what is
 * evicted, and that workers parse exactly as this thread does.
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, type SourceFormat } from '../../engine/index';
import { cacheFolder } from '../../io/cacheFolder';
import { ParseCache } from '../../io/parseCache';
import { WORKER_MIN_BYTES, parseDocuments, shareOut } from '../../io/parseDocuments';
import { parseWorkerPath } from '../../io/locations';
import { repoRoot } from '../support/runCli';

const corpus = (id: string) => readFileSync(join(repoRoot, 'corpus', `${id}.md`), 'utf8');
const STATEMENT = corpus('statement-2025');
const NOTE = corpus('council-note-8288-1-26-rev1');
const freshCache = (options: { parserVersion?: string; maxBytes?: number; synchronous?: boolean } = {}) =>
  new ParseCache({ folder: join(mkdtempSync(join(tmpdir(), 'precedent-parse-cache-')), 'parsed'), ...options });
const entries = (cache: ParseCache) => readdirSync(cache.folder).filter((name) => name.endsWith('.model'));

/** Parses through the cache and waits for its writes, as a command does before it exits. */
async function parseThrough(cache: ParseCache, sources: string[], format: SourceFormat = 'markdown') {
  const documents = await parseDocuments(
    sources.map((source) => ({ source, format })),
    { cache, workers: 0 },
  );
  await cache.flush();
  return documents;
}

// Written asynchronously (the desk) and synchronously (the command line): the same cache either way.
describe.each([false, true])('the parsed-model cache (synchronous writes: %s)', (synchronous) => {
  const fresh = (options: { parserVersion?: string; maxBytes?: number } = {}) => freshCache({ ...options, synchronous });
  it('gives on a hit the same model as a fresh parse', async () => {
    const cache = fresh();
    await parseThrough(cache, [STATEMENT, NOTE]);
    expect(entries(cache)).toHaveLength(2);
    for (const source of [STATEMENT, NOTE]) {
      const hit = await cache.get(source, 'markdown');
      expect(hit).toEqual(parseDocument(source));
    }
    expect(await parseThrough(cache, [NOTE])).toEqual([parseDocument(NOTE)]);
  });

  it('finds a document by its file\'s bytes as by its text', async () => {
    const cache = fresh();
    await parseThrough(cache, [NOTE]);
    const bytes = new TextEncoder().encode(NOTE);
    expect(cache.keyOf(bytes, 'markdown')).toBe(cache.keyOf(NOTE, 'markdown'));
    expect(await cache.get(bytes, 'markdown')).toEqual(parseDocument(NOTE));
  });

  it('misses a changed document, and a document read as another format', async () => {
    const cache = fresh();
    await parseThrough(cache, [STATEMENT]);
    const changed = STATEMENT.replace('cooperation', 'collaboration');
    expect(changed).not.toBe(STATEMENT);
    expect(await cache.get(changed, 'markdown')).toBeNull();
    expect(await cache.get(STATEMENT, 'text')).toBeNull();
    expect(await parseThrough(cache, [changed])).toEqual([parseDocument(changed)]);
    expect(entries(cache)).toHaveLength(2);
  });

  const damages: Array<[string, (entry: Buffer) => Buffer]> = [
    ['a corrupt entry (one byte of the model changed)', (entry) => {
      const copy = Buffer.from(entry);
      copy[copy.length - 100] ^= 0x20;
      return copy;
    }],
    ['a truncated entry (a write cut short)', (entry) => entry.subarray(0, Math.floor(entry.length / 2))],
    ['an entry cut inside its header', (entry) => entry.subarray(0, 20)],
    ['an empty entry', () => Buffer.alloc(0)],
  ];
  it.each(damages)('never trusts %s: it is parsed again and written over', async (_, damage) => {
    const cache = fresh();
    await parseThrough(cache, [STATEMENT]);
    const path = cache.pathOf(cache.keyOf(STATEMENT, 'markdown'));
    const sound = readFileSync(path);
    const damaged = damage(sound);
    writeFileSync(path, damaged);
    expect(await cache.get(STATEMENT, 'markdown')).toBeNull();
    expect(await parseThrough(cache, [STATEMENT])).toEqual([parseDocument(STATEMENT)]);
    // Written over with a sound entry: not the damaged bytes, and trusted again. Not compared byte for byte with the first
    // entry: the serialiser writes a string one byte or two a character as V8 happens to hold it, the model the same.
    expect(readFileSync(path).equals(damaged)).toBe(false);
    expect(await cache.get(STATEMENT, 'markdown')).toEqual(parseDocument(STATEMENT));
  });

  it('never takes an entry written by another parser version', async () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'precedent-parse-cache-')), 'parsed');
    const older = new ParseCache({ folder, parserVersion: '0.1.0+older', synchronous });
    const newer = new ParseCache({ folder, parserVersion: '0.1.0+newer', synchronous });
    await parseThrough(older, [STATEMENT]);
    expect(await older.get(STATEMENT, 'markdown')).not.toBeNull();
    expect(await newer.get(STATEMENT, 'markdown')).toBeNull();
    // Even an older entry put where the newer parser looks (a copied folder): its header names its parser.
    writeFileSync(newer.pathOf(newer.keyOf(STATEMENT, 'markdown')), readFileSync(older.pathOf(older.keyOf(STATEMENT, 'markdown'))));
    expect(await newer.get(STATEMENT, 'markdown')).toBeNull();
    await parseThrough(newer, [STATEMENT]);
    expect(await newer.get(STATEMENT, 'markdown')).toEqual(parseDocument(STATEMENT));
  });

  it('keeps within its bound by deleting the least recently used entries', async () => {
    const probe = fresh();
    await parseThrough(probe, [STATEMENT]);
    const entrySize = statSync(probe.pathOf(probe.keyOf(STATEMENT, 'markdown'))).size;
    // Room for three entries of about a statement's size, not four.
    const cache = fresh({ maxBytes: Math.floor(entrySize * 3.5) });
    const sources = [0, 1, 2].map((n) => `${STATEMENT}\n\nParagraph ${n} of the annex.\n`);
    await parseThrough(cache, sources);
    // Made old in a known order: the first used an hour ago, the others two hours ago; then the first is used again.
    const ago = (hours: number) => new Date(Date.now() - hours * 3_600_000);
    sources.forEach((source, n) => utimesSync(cache.pathOf(cache.keyOf(source, 'markdown')), ago(n === 0 ? 1 : 2 + n), ago(n === 0 ? 1 : 2 + n)));
    expect(await cache.get(sources[0], 'markdown')).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await parseThrough(cache, [`${STATEMENT}\n\nParagraph 3 of the annex.\n`]);
    const kept = (n: number) => existsSync(cache.pathOf(cache.keyOf(`${STATEMENT}\n\nParagraph ${n} of the annex.\n`, 'markdown')));
    // The least recently used, the third (four hours), went; the first, used just now, stays.
    expect([0, 1, 2, 3].map(kept)).toEqual([true, true, false, true]);
    const total = entries(cache).reduce((sum, name) => sum + statSync(join(cache.folder, name)).size, 0);
    expect(total).toBeLessThanOrEqual(cache.maxBytes);
  });

  it('tells the caller before it parses, and only then (the command line resumes V8\'s optimising compiler for a parse)', async () => {
    const cache = fresh();
    const calls: string[] = [];
    const beforeParse = () => calls.push('parse');
    await parseDocuments([{ source: STATEMENT, format: 'markdown' }, { source: NOTE, format: 'markdown' }], { cache, workers: 0, beforeParse });
    expect(calls).toEqual(['parse']);
    await cache.flush();
    expect(await parseDocuments([{ source: NOTE, format: 'markdown' }, { source: STATEMENT, format: 'markdown' }], { cache, workers: 0, beforeParse })).toEqual([parseDocument(NOTE), parseDocument(STATEMENT)]);
    expect(calls).toEqual(['parse']);
  });

  it('makes a hit young again before it answers, leaving nothing for the command to wait for', async () => {
    const cache = fresh();
    await parseThrough(cache, [STATEMENT]);
    const path = cache.pathOf(cache.keyOf(STATEMENT, 'markdown'));
    const long = new Date('2001-01-01T00:00:00Z');
    utimesSync(path, long, long);
    const hit = cache.get(STATEMENT, 'markdown');
    // Before the event loop turns: the refresh is not left to the thread pool.
    expect(statSync(path).mtimeMs).toBeGreaterThan(long.getTime());
    expect(await hit).toEqual(parseDocument(STATEMENT));
  });

  it('is no cache, and no error, where its folder cannot be made', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'precedent-parse-cache-'));
    writeFileSync(join(parent, 'file.txt'), 'a file where the folder would be');
    const cache = new ParseCache({ folder: join(parent, 'file.txt', 'sub', 'parsed'), synchronous });
    expect(await parseThrough(cache, [STATEMENT])).toEqual([parseDocument(STATEMENT)]);
    expect(await cache.get(STATEMENT, 'markdown')).toBeNull();
  });
});

describe('the cache folder', () => {
  const home = '/home/ann';
  it.each([
    ['Linux, XDG_CACHE_HOME set', 'linux', { XDG_CACHE_HOME: '/var/cache/ann' }, '/var/cache/ann/precedent'],
    ['Linux, XDG_CACHE_HOME unset', 'linux', {}, '/home/ann/.cache/precedent'],
    ['Linux, XDG_CACHE_HOME relative (ignored, as the specification asks)', 'linux', { XDG_CACHE_HOME: 'cache' }, '/home/ann/.cache/precedent'],
    ['macOS', 'darwin', { XDG_CACHE_HOME: '/var/cache/ann' }, '/home/ann/Library/Caches/precedent'],
  ] as const)('%s', (_, platform, env, expected) => {
    expect(cacheFolder({ env, platform, home })).toBe(expected);
  });

  it('on Windows, %LOCALAPPDATA%', () => {
    expect(cacheFolder({ env: { LOCALAPPDATA: 'C:\\Users\\ann\\AppData\\Local' }, platform: 'win32', home: 'C:\\Users\\ann' })).toMatch(/AppData[\\/]Local[\\/]precedent$/u);
  });
});

describe('parsing on worker threads', () => {
  // Two documents long enough to be worth a worker each (the statements, their front matter removed, several times over).
  const body = (source: string) => source.replace(/^---\n[\s\S]*?\n---\n/u, '');
  const ids = ['partnership-2022', 'statement-2024', 'statement-2025', 'council-note-8288-1-26-rev1'];
  const long = (order: string[], times: number) => Array.from({ length: times }, () => order.map((id) => body(corpus(id)))).flat().join('\n\n');
  const first = long(ids, 2);
  const second = long([...ids].reverse(), 2);

  it('gives each document a worker only when its text is worth the start', () => {
    expect(Math.min(first.length, second.length)).toBeGreaterThan(WORKER_MIN_BYTES);
    expect(shareOut([first.length, second.length], 1)).toEqual([[0], [1]]);
    expect(shareOut([STATEMENT.length, NOTE.length], 1)).toEqual([[0, 1]]);
    expect(shareOut([first.length], 1)).toEqual([[0]]);
  });

  it('gives exactly the models of a parse on this thread', async () => {
    const workerPath = parseWorkerPath(repoRoot);
    expect(existsSync(workerPath)).toBe(true);
    const requests = [
      { source: first, format: 'markdown' as const },
      { source: second, format: 'markdown' as const },
      { source: NOTE, format: 'text' as const },
    ];
    const parallel = await parseDocuments(requests, { workers: 2, workerPath });
    expect(parallel).toEqual(requests.map(({ source, format }) => parseDocument(source, { format })));
  });

  it('gives the same models from the files\' bytes, handed over as copies: the caller\'s bytes stay whole', async () => {
    const workerPath = parseWorkerPath(repoRoot);
    const requests = [first, second].map((source) => ({ source, format: 'markdown' as const, bytes: Buffer.from(source, 'utf8') }));
    const parallel = await parseDocuments(requests, { workers: 1, workerPath });
    expect(parallel).toEqual(requests.map(({ source, format }) => parseDocument(source, { format })));
    requests.forEach(({ source, bytes }) => expect(bytes.toString('utf8')).toBe(source));
  });
});
