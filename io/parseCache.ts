/**
 * Parsed models kept between runs, so that a document compared again (a
 * Council note as each REV arrives) is not parsed again: remark takes some
 * 500 ms for 100,000 words, reading its model back 20 ms.
 *
 * An entry is one file, `<key>.model`, named by the hash of the parser's
 * version, the source format and the document's text. It holds a header line
 * of JSON (what made it, and the SHA-256 and length of the model) and then
 * the model, packed (io/packedModel.ts: node:v8's serialisation of the block
 * texts in one string and their numbers in one array), as the parse workers
 * hand it over without a copy. An entry is used only when its header names this key and
 * parser and its model matches its hash and length: a corrupt, truncated or
 * foreign entry is a miss, parsed again and written over. Entries are
 * written atomically (a temporary file renamed over the entry), so a reader
 * never sees half of one, however many processes write the same entry.
 *
 * The folder is bounded: past `maxBytes`, the least recently used entries
 * (a hit refreshes its file's modification time) are deleted. A folder that
 * cannot be read or written leaves the cache empty, never the command failed.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, unlinkSync, utimesSync, type Stats } from 'node:fs';
import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { ParsedDocument, SourceFormat } from '../engine/index';
import { unpackModel } from './packedModel';
import { parserVersion } from './parserVersion';

/**
 * The default bound. A statement's model is some 60 KB and that of a
 * 100,000-word document 2 MB: 200 MB holds a hundred such long documents or
 * thousands of statements.
 */
export const DEFAULT_CACHE_BYTES = 200 * 1024 * 1024;

/** Names the entry's layout too: an entry of the earlier layout (the model serialised as it is) is a miss. */
const MAGIC = 'precedent-parsed-model/packed';
const ENTRY_EXTENSION = '.model';
/** A temporary file of a write that never finished (a killed process) is deleted past this age. */
const STALE_TEMPORARY_MS = 60 * 60 * 1000;

interface EntryHeader {
  magic: string;
  key: string;
  parser: string;
  sha256: string;
  /** Length of the serialised model in bytes. */
  bytes: number;
}

export interface ParseCacheOptions {
  /** The folder of the entries, `<cache folder>/parsed` by default (see cacheFolder). */
  folder: string;
  /** Default: parserVersion(). */
  parserVersion?: string;
  /** Default: DEFAULT_CACHE_BYTES. */
  maxBytes?: number;
  /**
   * Write entries and trim the folder with synchronous calls (default
   * false). For the command line, which does nothing else meanwhile and
   * exits once they are done: each asynchronous call went through the
   * thread pool and back (some seven for an entry written atomically, and
   * a stat for every entry of the folder, one after another, at each
   * trim). Not for the desk's main process, which must stay free.
   */
  synchronous?: boolean;
}

const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

export class ParseCache {
  readonly folder: string;
  readonly parserVersion: string;
  readonly maxBytes: number;
  readonly synchronous: boolean;
  private folderReady: Promise<boolean> | undefined;
  private readonly pending = new Set<Promise<unknown>>();

  constructor(options: ParseCacheOptions) {
    this.folder = options.folder;
    this.parserVersion = options.parserVersion ?? parserVersion();
    this.maxBytes = options.maxBytes ?? DEFAULT_CACHE_BYTES;
    this.synchronous = options.synchronous ?? false;
  }

  /**
   * The entry's key: the parser's version, the format and the text, hashed
   * together. The text may be given as its UTF-8 bytes (the file as read),
   * with the same key: hashing the bytes spares converting 700 KB of text
   * back to UTF-8 (some 10 ms a document).
   */
  keyOf(text: string | Uint8Array, format: SourceFormat): string {
    return createHash('sha256').update(`${this.parserVersion}\0${format}\0`).update(text).digest('hex');
  }

  pathOf(key: string): string {
    return join(this.folder, `${key}${ENTRY_EXTENSION}`);
  }

  /**
   * The model of `text` (or of the text these UTF-8 bytes hold) if a sound
   * entry holds it, else null.
   *
   * The entry is read, and made young again, synchronously: one read of the
   * whole file into one buffer, whose model is hashed and unpacked where it
   * lies (a subarray, never a copy). An entry is at most a few MB, read from
   * the system's file cache; the asynchronous calls this replaced went each
   * through the thread pool and back (open, stat, two reads of 512 KB,
   * close), and the time stamp was left to a turn of the event loop that
   * the command line then had to wait for before it could exit.
   */
  async get(text: string | Uint8Array, format: SourceFormat): Promise<ParsedDocument | null> {
    const key = this.keyOf(text, format);
    const path = this.pathOf(key);
    let data: Buffer;
    try {
      data = readFileSync(path);
    } catch {
      return null;
    }
    const model = this.decode(key, data);
    if (model === null) return null;
    // Least recently used is judged by modification time: a hit makes the entry young again.
    try {
      const now = new Date();
      utimesSync(path, now, now);
    } catch {
      // An entry that cannot be touched (another user's) is still sound: it only ages.
    }
    return model;
  }

  /**
   * Writes the entry of `text` (or its UTF-8 bytes), whose model is `model`
   * (packed by packModel, as a worker sends it), then trims the
   * folder. Never throws: a cache that cannot be written is no cache.
   */
  async put(text: string | Uint8Array, format: SourceFormat, model: Uint8Array): Promise<boolean> {
    try {
      if (!(await this.ensureFolder())) return false;
      const key = this.keyOf(text, format);
      const header: EntryHeader = { magic: MAGIC, key, parser: this.parserVersion, sha256: sha256(model), bytes: model.length };
      // Loaded by the first write: a command whose documents are all cached, or embedded, starts without it.
      const { writeAtomically, writeAtomicallySync } = await import('./writeAtomically');
      const entry = Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`, 'utf8'), model]);
      // No fsync: an entry cut short by a crash fails its hash and is parsed again.
      if (this.synchronous) writeAtomicallySync(this.pathOf(key), entry, { fsync: false });
      else await writeAtomically(this.pathOf(key), entry, { fsync: false });
      await this.trim();
      return true;
    } catch {
      return false;
    }
  }

  /**
   * Writes the entry once this thread is free (the next turn of its event
   * loop): while it waits for a parse worker, or once the command has
   * printed its answer. Packing and hashing a long model is work that answer
   * need not wait for. `flush` waits for the write.
   */
  putSoon(text: string | Uint8Array, format: SourceFormat, model: () => Uint8Array): void {
    const write = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      let bytes: Uint8Array;
      try {
        bytes = model();
      } catch {
        return false;
      }
      return this.put(text, format, bytes);
    });
    this.remember(write);
  }

  /** Keeps track of a write nobody waits for, so that `flush` can. */
  private remember(write: Promise<unknown>): void {
    this.pending.add(write);
    void write.finally(() => this.pending.delete(write));
  }

  /** Waits for the writes putSoon started (the command line exits as soon as it returns). */
  async flush(): Promise<void> {
    while (this.pending.size > 0) await Promise.all(this.pending);
  }

  /** Deletes the least recently used entries until the folder holds at most maxBytes. */
  async trim(): Promise<void> {
    let names: string[];
    try {
      names = this.synchronous ? readdirSync(this.folder) : await readdir(this.folder);
    } catch {
      return;
    }
    const now = Date.now();
    const entries: Array<{ path: string; size: number; used: number }> = [];
    for (const name of names) {
      const path = join(this.folder, name);
      const info = this.synchronous ? statOrNull(path) : await stat(path).catch(() => null);
      if (!info?.isFile()) continue;
      if (!name.endsWith(ENTRY_EXTENSION)) {
        // write-file-atomic's temporary files: a young one is another process's write in progress.
        if (now - info.mtimeMs > STALE_TEMPORARY_MS) await this.unlink(path);
        continue;
      }
      entries.push({ path, size: info.size, used: info.mtimeMs });
    }
    let total = entries.reduce((sum, entry) => sum + entry.size, 0);
    if (total <= this.maxBytes) return;
    entries.sort((a, b) => a.used - b.used);
    for (const entry of entries) {
      if (total <= this.maxBytes) break;
      await this.unlink(entry.path);
      total -= entry.size;
    }
  }

  /** Deletes a file if it can: another process may have deleted it first. */
  private async unlink(path: string): Promise<void> {
    if (!this.synchronous) return unlink(path).catch(() => {});
    try {
      unlinkSync(path);
    } catch {
      // Gone already, or not ours to delete.
    }
  }

  private ensureFolder(): Promise<boolean> {
    if (this.synchronous) {
      this.folderReady ??= Promise.resolve(mkdirOrFalse(this.folder));
      return this.folderReady;
    }
    this.folderReady ??= mkdir(this.folder, { recursive: true }).then(
      () => true,
      () => false,
    );
    return this.folderReady;
  }

  private decode(key: string, data: Buffer): ParsedDocument | null {
    const newline = data.indexOf(10);
    if (newline < 0) return null;
    let header: EntryHeader;
    try {
      header = JSON.parse(data.subarray(0, newline).toString('utf8')) as EntryHeader;
    } catch {
      return null;
    }
    if (header?.magic !== MAGIC || header.key !== key || header.parser !== this.parserVersion) return null;
    const model = data.subarray(newline + 1);
    if (model.length !== header.bytes || sha256(model) !== header.sha256) return null;
    try {
      return unpackModel(model);
    } catch {
      return null;
    }
  }
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function mkdirOrFalse(folder: string): boolean {
  try {
    mkdirSync(folder, { recursive: true });
    return true;
  } catch {
    return false;
  }
}
