/**
 * A draft's file may change on disk while it is open: another editor, a sync
 * client, a colleague on a shared drive. Saving over it would silently drop
 * their work, so main remembers each file as the desk read or last wrote it
 * (its size and a SHA-256 of its bytes), and a save first compares the file
 * on disk with that memory; when they differ nothing is written and the
 * renderer asks the user (Overwrite, Save As…, Cancel).
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ChangedOnDisk, Result, SavedFile } from '../contract/api';
import { describeWriteError } from './files';

export interface Fingerprint {
  /** In bytes: a different size settles the question without reading the file. */
  size: number;
  /** Hex SHA-256 of the bytes; absent when the file was not read (its size differed already). */
  sha256?: string;
}

export type DiskChange = 'unchanged' | ChangedOnDisk['changedOnDisk'];

/**
 * How the file on disk (`onDisk`, null when there is none) differs from the
 * version the desk `remembered` (undefined when the desk never read or wrote
 * that path in this session). Only the bytes count: a file touched but not
 * changed holds nothing that saving would lose. A file the desk never read
 * counts as changed (a draft restored after a crash, whose file may have moved
 * on since): the user has not seen what saving would replace.
 */
export function diskChange(remembered: Fingerprint | undefined, onDisk: Fingerprint | null): DiskChange {
  if (onDisk === null) return remembered === undefined ? 'unchanged' : 'deleted';
  if (remembered === undefined) return 'changed';
  if (onDisk.size !== remembered.size || onDisk.sha256 !== remembered.sha256) return 'changed';
  return 'unchanged';
}

export function fingerprintOf(data: string | Uint8Array): Fingerprint {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  return { size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * The file at `path` as it is now, or null when there is no file there. The
 * bytes are read only when their size matches `compareWith`: a different
 * size, or nothing remembered to compare with, settles the question.
 */
export async function fingerprintOnDisk(path: string, compareWith?: Fingerprint): Promise<Fingerprint | null> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return null;
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
  if (size !== compareWith?.size) return { size };
  return fingerprintOf(await readFile(path));
}

/** What the desk last read from or wrote to each draft file in this session, and the saves that check it. */
export class DraftVersions {
  private readonly known = new Map<string, Fingerprint>();

  /**
   * Remembers `bytes`, what the desk read from `path` and shows: the version
   * the user has seen, so that any other is a change to ask about.
   */
  opened(path: string, bytes: Uint8Array): void {
    this.known.set(path, fingerprintOf(bytes));
  }

  /**
   * Runs `write` (the save of `text` to `path`) only when the file on disk is
   * still the version the desk remembers; otherwise writes nothing and answers
   * how it changed. The check and the write are not one atomic step: a change
   * in the milliseconds between them is not caught, as in every editor.
   */
  async save(path: string, text: string, write: () => Promise<Result<SavedFile>>): Promise<Result<SavedFile | ChangedOnDisk>> {
    const remembered = this.known.get(path);
    let onDisk: Fingerprint | null;
    try {
      onDisk = await fingerprintOnDisk(path, remembered);
    } catch (error) {
      return { ok: false, message: `cannot save ${path}: ${describeWriteError(error)}` };
    }
    const change = diskChange(remembered, onDisk);
    if (change !== 'unchanged') return { ok: true, value: { changedOnDisk: change, path, name: basename(path) } };
    return this.overwrite(path, text, write);
  }

  /** Runs `write` whatever is on disk (the user chose Overwrite, or a save dialog asked already), then remembers the text written. */
  async overwrite(path: string, text: string, write: () => Promise<Result<SavedFile>>): Promise<Result<SavedFile>> {
    const result = await write();
    if (result.ok) this.known.set(result.value.path, fingerprintOf(text));
    return result;
  }
}
