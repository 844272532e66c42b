/**
 * The command line writes its answer to file descriptor 1 itself
 * (cli/standardStreams.ts), not through process.stdout: a --json answer
 * sent down a pipe makes no socket for it, and a standard output left
 * non-blocking by whoever started the command still gets the whole answer.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/runCli';

const BIN = join(repoRoot, 'bin', 'precedent.mjs');
const dir = mkdtempSync(join(tmpdir(), 'precedent-streams-'));
const body = (id: string) => readFileSync(join(repoRoot, 'corpus', `${id}.md`), 'utf8').replace(/^---\n[\s\S]*?\n---\n/u, '');
const text = ['partnership-2022', 'statement-2024', 'statement-2025'].map(body).join('\n\n');
const oldPath = join(dir, 'old.md');
const newPath = join(dir, 'new.md');
writeFileSync(oldPath, text);
writeFileSync(newPath, text.replace('Digital Partnership', 'Digital Partnership (as revised)'));
const args = [BIN, 'compare', oldPath, newPath, '--json', '--no-cache'];
const env = { ...process.env, NO_COLOR: '1' };

describe('the answer on standard output', () => {
  it('goes down a pipe without a socket made for it (no net module loaded), both documents cached', () => {
    const cached = { ...env, XDG_CACHE_HOME: mkdtempSync(join(dir, 'cache-')) };
    const compare = args.filter((arg) => arg !== '--no-cache');
    expect(spawnSync(process.execPath, compare, { env: cached, maxBuffer: 1 << 28 }).status).toBe(0);
    const probe = join(dir, 'modules.cjs');
    writeFileSync(probe, "process.on('exit', () => require('node:fs').writeSync(2, `loaded-net ${process.moduleLoadList.includes('NativeModule net')}\\n`));\n");
    const run = spawnSync(process.execPath, ['--require', probe, ...compare], { env: cached, maxBuffer: 1 << 28 });
    expect(run.status).toBe(0);
    expect(run.stdout.length).toBeGreaterThan(256 * 1024);
    expect(run.stderr.toString('utf8')).toContain('loaded-net false');
  });

  it('is written whole to a non-blocking pipe whose reader is slow', async () => {
    const expected = spawnSync(process.execPath, args, { env, maxBuffer: 1 << 28 }).stdout;
    expect(expected.length).toBeGreaterThan(256 * 1024);
    const fifo = join(dir, 'out.fifo');
    spawnSync('mkfifo', [fifo]);
    // Both ends non-blocking: the writer's flag is the child's too, as a parent's would be.
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const writer = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', writer, 'pipe'] });
    closeSync(writer);
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    // The pipe fills (64 KB) long before the answer is written: the command must wait for us.
    await sleep(500);
    const chunks: Buffer[] = [];
    const buffer = Buffer.alloc(1 << 16);
    for (;;) {
      let read: number;
      try {
        read = readSync(reader, buffer);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        await sleep(5);
        continue;
      }
      // End of file: the command closed its end.
      if (read === 0) break;
      chunks.push(Buffer.from(buffer.subarray(0, read)));
    }
    closeSync(reader);
    expect(await exited).toBe(0);
    expect(stderr).toBe('');
    expect(Buffer.concat(chunks).equals(expected)).toBe(true);
  });
});
