/**
 * Writing an exported report where the user chose: with the format's
 * extension, never into Precedent's corpus folders, atomically. Every failure
 * a user can cause comes back as a Result with one sentence for them.
 */
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ExportFormat, Result, SavedFile } from '../contract/api';
import { writeAtomically } from '../io/writeAtomically';
import { describeWriteError, isInsideFolder, type SaveOptions } from './files';

/**
 * The path with the format's extension: added when the name has another one
 * or none (Linux save dialogs add none), so that a Word file is never
 * written as "report.pdf".
 */
export function withExportExtension(path: string, format: ExportFormat): string {
  return extname(basename(path)).toLowerCase() === `.${format}` ? path : `${path}.${format}`;
}

/** Writes `data` to `path` (temporary file, fsync, rename), unless `path` is in a protected folder or is a folder. */
export async function saveExport(path: string, data: string | Buffer, { protectedFolders }: SaveOptions): Promise<Result<SavedFile>> {
  const fail = (problem: string): Result<SavedFile> => ({ ok: false, message: `cannot export to ${path}: ${problem}` });
  for (const folder of protectedFolders) {
    if (await isInsideFolder(folder, path)) return fail(`it is in Precedent's corpus folder (${folder}), which holds only the statements analyses compare against; export elsewhere`);
  }
  if ((await stat(path).catch(() => null))?.isDirectory()) return fail('it is a folder, not a file');
  try {
    await writeAtomically(path, data);
  } catch (error) {
    return fail(describeWriteError(error));
  }
  return { ok: true, value: { path, name: basename(path) } };
}
