/**
 * `precedent compare OLD NEW --json`, as fast as it was made (the parser
 * left unloaded on a cache hit, models packed by a parse worker and read
 * back from the cache, the answer encoded here and written in one piece), prints exactly what
 * the simplest path gives: both documents parsed on this thread, compared,
 * and the JSON printed whole. On a generated revision long enough to give
 * one document to a parse worker, the first time and from the cache.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareRevisions, parseDocument } from '../../engine/index';
import { compareJsonOf } from '../../cli/commands/compare';
import { WORKER_MIN_BYTES } from '../../io/parseDocuments';
import { longDocument } from '../../bench/syntheticCorpus';
import { makeRevisionPair } from '../fixtures/revisionPairs';
import { repoRoot } from '../support/runCli';

const ids = ['partnership-2022', 'statement-2024', 'statement-2025', 'council-note-8288-1-26-rev1'];
const statements = ids.map((id) => parseDocument(readFileSync(join(repoRoot, 'corpus', `${id}.md`), 'utf8')));

function compareCli(oldPath: string, newPath: string, cacheHome: string): string {
  const result = spawnSync(process.execPath, [join(repoRoot, 'bin', 'precedent.mjs'), 'compare', oldPath, newPath, '--json'], {
    cwd: repoRoot,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: cacheHome },
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

describe('precedent compare --json', () => {
  it('prints what the simplest path gives, the first time and from the cache', () => {
    const pair = makeRevisionPair(longDocument(statements, 25_000), { seed: 7, edits: 40 });
    expect(Math.min(pair.old.length, pair.new.length)).toBeGreaterThan(WORKER_MIN_BYTES);
    const dir = mkdtempSync(join(tmpdir(), 'precedent-compare-output-'));
    const oldPath = join(dir, 'old.md');
    const newPath = join(dir, 'new.md');
    writeFileSync(oldPath, pair.old);
    writeFileSync(newPath, pair.new);

    const [oldDocument, newDocument] = [parseDocument(pair.old), parseDocument(pair.new)];
    const compare = compareRevisions(oldDocument, newDocument);
    const expected = `${JSON.stringify(compareJsonOf({ file: oldPath, document: oldDocument }, { file: newPath, document: newDocument }, compare), null, 2)}\n`;

    const cacheHome = mkdtempSync(join(tmpdir(), 'precedent-compare-output-cache-'));
    expect(compareCli(oldPath, newPath, cacheHome)).toBe(expected);
    expect(compareCli(oldPath, newPath, cacheHome)).toBe(expected);
  });
});
