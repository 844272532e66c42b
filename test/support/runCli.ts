/** Runs the built command line as a user would, from the repository. */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], options: { cwd?: string } = {}): CliRun {
  const result = spawnSync(process.execPath, [`${repoRoot}bin/precedent.mjs`, ...args], {
    cwd: options.cwd ?? repoRoot,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function runCliJson<T>(args: readonly string[]): T {
  const run = runCli([...args, '--json']);
  if (run.status !== 0) throw new Error(`precedent ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}
