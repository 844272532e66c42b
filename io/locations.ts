/** Where the app's own files are, for the command line and the main process alike. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository or installed-package root: the nearest folder above `from`
 * that holds package.json. Built bundles live in dist/, sources in their own
 * folders, so the root is found rather than assumed.
 */
export function findAppRoot(from: string): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
}

export function appRootOf(moduleUrl: string): string {
  return findAppRoot(dirname(fileURLToPath(moduleUrl)));
}

export const corpusFolder = (root: string): string => join(root, 'corpus');
export const corpusCachePath = (root: string): string => join(root, 'dist', 'corpus', 'corpus.json');
/** The parse worker's script, built with the command line (io/parseWorker.ts). */
export const parseWorkerPath = (root: string): string => join(root, 'dist', 'cli', 'parseWorker.mjs');
