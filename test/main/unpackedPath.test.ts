import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unpackedPath } from '../../main/unpackedPath';

describe('the import worker runs from beside the asar archive', () => {
  it.each([
    ['in the packaged app, the unpacked copy', join(sep, 'opt', 'Precedent', 'resources', 'app.asar', 'dist', 'importer', 'importWorker.mjs'), join(sep, 'opt', 'Precedent', 'resources', 'app.asar.unpacked', 'dist', 'importer', 'importWorker.mjs')],
    ['in development, the file as it is', join(sep, 'work', 'precedent', 'dist', 'importer', 'importWorker.mjs'), join(sep, 'work', 'precedent', 'dist', 'importer', 'importWorker.mjs')],
    ['a folder merely named like the archive, left alone', join(sep, 'home', 'me', 'app.asar.backup', 'importWorker.mjs'), join(sep, 'home', 'me', 'app.asar.backup', 'importWorker.mjs')],
  ])('%s', (_story, path, expected) => {
    expect(unpackedPath(path)).toBe(expected);
  });
});
