/**
 * The command line's parsed-model cache, as a user meets it: the built
 * command run in real processes, its cache in a temporary folder
 * (XDG_CACHE_HOME), never the user's.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, type CliRun } from '../support/runCli';

const BIN = join(repoRoot, 'bin', 'precedent.mjs');
const body = (id: string) => readFileSync(join(repoRoot, 'corpus', `${id}.md`), 'utf8').replace(/^---\n[\s\S]*?\n---\n/u, '');
const ids = ['partnership-2022', 'statement-2024', 'statement-2025', 'council-note-8288-1-26-rev1'];

/** Two revisions long enough that their parses, and so their cache writes, overlap between processes started together. */
function revisionPair(): { oldPath: string; newPath: string } {
  const dir = mkdtempSync(join(tmpdir(), 'precedent-cache-cli-'));
  const text = [1, 2].map(() => ids.map(body).join('\n\n')).join('\n\n');
  const oldPath = join(dir, 'old.md');
  const newPath = join(dir, 'new.md');
  writeFileSync(oldPath, text);
  writeFileSync(newPath, text.replace('Digital Partnership', 'Digital Partnership (as revised)').replace(/\bwill\b/u, 'shall'));
  return { oldPath, newPath };
}

const envWithCache = (cacheHome: string) => ({ ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: cacheHome });

function run(args: readonly string[], cacheHome: string): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: envWithCache(cacheHome) });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function runAsync(args: readonly string[], cacheHome: string): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: repoRoot, env: envWithCache(cacheHome) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const parsedFolder = (cacheHome: string) => join(cacheHome, 'precedent', 'parsed');

/** An entry is sound when its model has the length and SHA-256 its header line gives. */
function soundEntries(cacheHome: string): boolean[] {
  return readdirSync(parsedFolder(cacheHome)).map((name) => {
    const data = readFileSync(join(parsedFolder(cacheHome), name));
    const newline = data.indexOf(10);
    const header = JSON.parse(data.subarray(0, newline).toString('utf8')) as { sha256: string; bytes: number };
    const model = data.subarray(newline + 1);
    return name.endsWith('.model') && model.length === header.bytes && createHash('sha256').update(model).digest('hex') === header.sha256;
  });
}

describe('precedent keeps parsed models in the cache folder', () => {
  const { oldPath, newPath } = revisionPair();
  const compare = ['compare', oldPath, newPath, '--json'];
  const uncached = run([...compare, '--no-cache'], mkdtempSync(join(tmpdir(), 'precedent-cache-home-')));

  it('answers from the cache exactly as it does without it', () => {
    expect(uncached.status).toBe(0);
    const home = mkdtempSync(join(tmpdir(), 'precedent-cache-home-'));
    const first = run(compare, home);
    expect(first).toEqual(uncached);
    expect(soundEntries(home)).toEqual([true, true]);
    const second = run(compare, home);
    expect(second).toEqual(uncached);
    expect(soundEntries(home)).toEqual([true, true]);
  });

  it('makes the entries a compare used young again before it exits (least recently used go first)', () => {
    const home = mkdtempSync(join(tmpdir(), 'precedent-cache-home-'));
    run(compare, home);
    const long = new Date('2001-01-01T00:00:00Z');
    const names = readdirSync(parsedFolder(home));
    for (const name of names) utimesSync(join(parsedFolder(home), name), long, long);
    expect(run(compare, home)).toEqual(uncached);
    for (const name of names) expect(statSync(join(parsedFolder(home), name)).mtimeMs).toBeGreaterThan(long.getTime());
  });

  it('keeps what it parsed though the command then fails (a document with no text)', () => {
    const home = mkdtempSync(join(tmpdir(), 'precedent-cache-home-'));
    const empty = join(mkdtempSync(join(tmpdir(), 'precedent-cache-cli-')), 'empty.md');
    writeFileSync(empty, '   \n\n<!-- a comment, no text -->\n');
    const failed = run(['compare', oldPath, empty, '--json'], home);
    expect(failed.status).toBe(2);
    expect(failed.stderr).toContain('the document has no text');
    expect(soundEntries(home)).toEqual([true, true]);
  });

  it('with --no-cache neither reads nor writes it', () => {
    const home = mkdtempSync(join(tmpdir(), 'precedent-cache-home-'));
    expect(run([...compare, '--no-cache'], home)).toEqual(uncached);
    expect(existsSync(join(home, 'precedent'))).toBe(false);
  });

  it('works without a cache, saying nothing, where the cache folder cannot be made', () => {
    const parent = mkdtempSync(join(tmpdir(), 'precedent-cache-home-'));
    writeFileSync(join(parent, 'file.txt'), 'a file where a folder would be');
    const unwritable = join(parent, 'file.txt', 'sub');
    const result = run(compare, unwritable);
    expect(result).toEqual(uncached);
    expect(result.stderr).toBe('');
  });

  it('leaves no torn entry when two compares write the same entries at once', async () => {
    const home = mkdtempSync(join(tmpdir(), 'precedent-cache-home-'));
    const both = await Promise.all([runAsync(compare, home), runAsync(compare, home)]);
    expect(both).toEqual([uncached, uncached]);
    expect(soundEntries(home)).toEqual([true, true]);
    expect(run(compare, home)).toEqual(uncached);
  });

  it('parses again a document whose file changed', () => {
    const home = mkdtempSync(join(tmpdir(), 'precedent-cache-home-'));
    const dir = mkdtempSync(join(tmpdir(), 'precedent-cache-cli-'));
    const file = join(dir, 'draft.md');
    writeFileSync(file, body('statement-2025'));
    const before = run(['blocks', file, '--json'], home);
    writeFileSync(file, body('statement-2024'));
    const after = run(['blocks', file, '--json'], home);
    expect(after.status).toBe(0);
    expect(after.stdout).not.toBe(before.stdout);
    expect(after).toEqual(run(['blocks', file, '--json', '--no-cache'], home));
    expect(soundEntries(home)).toEqual([true, true]);
  });
});
