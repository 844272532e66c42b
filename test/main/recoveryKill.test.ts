/**
 * The app killed in the middle of an autosave, thirty times: a child process
 * autosaves multi-megabyte drafts without pause through main's recovery
 * writer and is killed with SIGKILL at spread moments. After every kill the
 * next start must find one whole autosave, the draft saved before untouched,
 * and no half-written temporary file taken for the draft.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveDraft } from '../../main/files';
import { DRAFT_FILE, readRecoveryDraft, recoveryFolder, startRecovery } from '../../main/recovery';
import { checkedVersion, VERSION_BYTES, versionText } from './support/autosaveVersions';

const CHILD = fileURLToPath(new URL('./support/autosaveChild.ts', import.meta.url));
const KILLS = 30;
/** Versions of one run start at run × this, so every run's autosaves are told apart. */
const VERSIONS_PER_RUN = 100_000;

let userData: string;
let folder: string;
let draftPath: string;
let draftBytes: Buffer;

beforeAll(async () => {
  userData = await mkdtemp(join(tmpdir(), 'precedent-kill-'));
  folder = recoveryFolder(userData);
  draftPath = join(userData, 'Joint Statement 2026.md');
  const saved = await saveDraft(draftPath, '# Joint Statement 2026\n\nThe last version the user saved.\n', { protectedFolders: [] });
  expect(saved.ok).toBe(true);
  draftBytes = await readFile(draftPath);
});
afterAll(() => rm(userData, { recursive: true, force: true }));

interface Kill {
  /** The last autosave the child reported complete before the kill. */
  lastReported: number;
  /** Temporary files beside draft.json after the kill: the kill interrupted a write. */
  leftovers: string[];
}

/** Starts a desk that autosaves, waits for its first complete autosave, lets it run `delayMs`, then kills it. */
async function autosaveAndKill(run: number, delayMs: number): Promise<Kill> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, folder, draftPath, String(run * VERSIONS_PER_RUN)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const exited = once(child, 'exit');
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('\n')) resolve();
    });
    child.on('exit', () => reject(new Error(`the autosaving child exited before its first autosave: ${errors}`)));
  });
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  child.kill('SIGKILL');
  const [, signal] = await exited;
  expect(signal).toBe('SIGKILL');
  const reported = [...output.matchAll(/saved (\d+)\n/gu)].map((match) => Number(match[1]));
  const leftovers = (await readdir(folder)).filter((name) => name !== DRAFT_FILE);
  return { lastReported: Math.max(...reported), leftovers };
}

describe('killing the app in the middle of an autosave', () => {
  it(
    `${KILLS} kills at spread moments: each next start recovers one whole autosave, the saved draft is intact`,
    async () => {
      let interrupted = 0;
      for (let run = 0; run < KILLS; run++) {
        // 0 to 290 ms after the first autosave, in steps that do not line up with the write period.
        const { lastReported, leftovers } = await autosaveAndKill(run, (run * 97) % 300);
        if (leftovers.length > 0) interrupted++;

        const { exists, draft } = await readRecoveryDraft(folder);
        expect(exists).toBe(true);
        expect(draft).not.toBeNull();
        const version = checkedVersion(draft!.text);
        expect(version, `run ${run}: the autosave fails its own check`).not.toBeNull();
        expect(draft!.text).toBe(versionText(version!));
        // Never older than the last autosave reported complete, never from an earlier run.
        expect(version!).toBeGreaterThanOrEqual(lastReported);
        expect(version!).toBeLessThan((run + 1) * VERSIONS_PER_RUN);
        expect(draft!.path).toBe(draftPath);

        expect(await readFile(draftPath)).toEqual(draftBytes);

        // The next start: the crashed session's draft is offered, whole, and the interrupted write is cleared away.
        expect(await startRecovery(folder)).toEqual(draft);
        expect(await readdir(folder)).toEqual([DRAFT_FILE]);
      }
      console.info(`autosave kill test: ${interrupted} of ${KILLS} kills interrupted a ${(VERSION_BYTES / 1024 / 1024).toFixed(0)} MB autosave mid-write`);
      // The writes are big enough that kills land inside them, which is what the test is for.
      expect(interrupted).toBeGreaterThanOrEqual(KILLS / 6);

      expect((await stat(folder)).mode & 0o777).toBe(0o700);
      expect((await stat(join(folder, DRAFT_FILE))).mode & 0o777).toBe(0o600);
    },
    240_000,
  );
});
