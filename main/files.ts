/**
 * Opening and saving drafts. Every failure a user can cause comes back as a
 * Result with one sentence for them; nothing here throws to IPC.
 */
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, sep } from 'node:path';
import type { DraftFile, Result, SavedFile } from '../contract/api';
import { readDocumentFile } from '../io/readDocumentFile';
import { isImported, type ImportedDocument } from './importProtocol';
import { writeAtomically } from '../io/writeAtomically';

/** What a draft may be saved as: text Precedent can read back. */
export const DRAFT_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt'];

export interface OpenOptions {
  /** Imports a Word, PDF or HTML document to Markdown (in the app, in the import worker). */
  importDocument: (path: string) => Promise<ImportedDocument>;
  /** Told the bytes of a draft opened as it is, the version on screen (see changedOnDisk's DraftVersions). */
  opened?: (bytes: Uint8Array) => void;
}

/**
 * Opens a .md or .txt draft as it is, or imports a Word, PDF or HTML
 * document as a new unsaved draft named after it (report.docx becomes
 * "report.md"), so that saving writes Markdown and never the document.
 */
export async function openDraft(path: string, { importDocument, opened }: OpenOptions): Promise<Result<DraftFile>> {
  if (isImported(path)) {
    const imported = await importDocument(path);
    if (!imported.ok) return imported;
    const name = `${basename(path, extname(path))}.md`;
    return { ok: true, value: { path: null, name, text: imported.markdown, importedFrom: { path, trackedChanges: imported.trackedChanges } } };
  }
  const read = await readDocumentFile(path, '.md, .txt, .docx, .pdf and .html files');
  if (!read.ok) return { ok: false, message: read.message };
  if (read.bytes) opened?.(read.bytes);
  return { ok: true, value: { path, name: basename(path), text: read.source } };
}

export interface SaveOptions {
  /**
   * Folders a draft may never be written into: the app's corpus and the
   * user's added documents. A draft saved there would overwrite agreed
   * language that every analysis compares against.
   */
  protectedFolders: readonly string[];
}

/** Writes `text` to `path` atomically (temporary file, fsync, rename). */
export async function saveDraft(path: string, text: string, options: SaveOptions): Promise<Result<SavedFile>> {
  const refused = await saveRefusal(path, options);
  if (refused !== null) return refused;
  try {
    await writeAtomically(path, text);
  } catch (error) {
    return { ok: false, message: `cannot save ${path}: ${describeWriteError(error)}` };
  }
  return { ok: true, value: { path, name: basename(path) } };
}

/**
 * Why a draft may never be saved to `path`, whatever the user answers, or
 * null when it may. Checked before asking whether to overwrite a file that
 * changed on disk, so that the user is not asked a question whose answer
 * could only be refused.
 */
export async function saveRefusal(path: string, { protectedFolders }: SaveOptions): Promise<{ ok: false; message: string } | null> {
  const fail = (problem: string) => ({ ok: false as const, message: `cannot save ${path}: ${problem}` });
  if (!isAbsolute(path)) return fail('the path is not absolute');
  if (!DRAFT_EXTENSIONS.includes(extname(path).toLowerCase())) return fail('Precedent saves drafts as .md or .txt files');
  for (const folder of protectedFolders) {
    if (await isInsideFolder(folder, path)) return fail(`it is in Precedent's corpus folder (${folder}), whose documents a draft must never overwrite; save the draft elsewhere`);
  }
  try {
    if ((await stat(path)).isDirectory()) return fail('it is a folder, not a file');
  } catch {
    // A new file: nothing to check.
  }
  return null;
}

/** Whether `path` is `folder` or lies under it, following symbolic links on both sides. */
export async function isInsideFolder(folder: string, path: string): Promise<boolean> {
  const [base, target] = await Promise.all([realpathOfNearest(folder), realpathOfNearest(path)]);
  const fold = (p: string): string => (process.platform === 'win32' || process.platform === 'darwin' ? p.toLowerCase() : p);
  const inside = relative(fold(base), fold(target));
  return inside === '' || (!inside.startsWith(`..${sep}`) && inside !== '..' && !isAbsolute(inside));
}

/** The real path of `path`, or of its nearest existing ancestor joined with the rest, for files not yet written. */
async function realpathOfNearest(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    const parent = dirname(path);
    if (parent === path) return path;
    return join(await realpathOfNearest(parent), basename(path));
  }
}

export function describeWriteError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'its folder does not exist';
    case 'ENOTDIR':
      return 'part of the path is a file, not a folder';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is exceeded';
    default:
      return (error as Error).message;
  }
}
