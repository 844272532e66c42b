/**
 * Where a file the packaged app unpacks from its asar archive stands
 * (electron-builder's asarUnpack): beside the archive, in app.asar.unpacked.
 * Node's worker threads read their script and its imports from the disk, not
 * through Electron's asar support, so the import worker runs from there.
 * Paths outside an archive (development, tests) are returned as they are.
 */
import { sep } from 'node:path';

export function unpackedPath(path: string): string {
  return path.replace(`${sep}app.asar${sep}`, `${sep}app.asar.unpacked${sep}`);
}
