/**
 * The one adapter for write-file-atomic: the data goes to a temporary file
 * beside the target, is flushed to disk (fsync), then renamed over the target,
 * so a crash or a full disk leaves either the old file or the new one, never
 * half of each.
 */
import writeFileAtomic from 'write-file-atomic';

export interface WriteOptions {
  /** File mode of the result; default: the old file's mode, or 0o666 less the umask for a new file. */
  mode?: number;
  /** Flush to disk before the rename (default). Off only for data that checks itself and can be made again (the parse cache). */
  fsync?: boolean;
}

export async function writeAtomically(path: string, data: string | Buffer, { mode, fsync = true }: WriteOptions = {}): Promise<void> {
  await writeFileAtomic(path, data, { ...(typeof data === 'string' ? { encoding: 'utf8' as const } : {}), fsync, ...(mode === undefined ? {} : { mode }) });
}

/**
 * The same, synchronously: for the last moments of a quitting app, when an
 * event handler cannot wait for a promise, and for a short command that
 * does nothing else meanwhile (the command line's parse cache).
 */
export function writeAtomicallySync(path: string, data: string | Buffer, { mode, fsync = true }: WriteOptions = {}): void {
  writeFileAtomic.sync(path, data, { ...(typeof data === 'string' ? { encoding: 'utf8' as const } : {}), fsync, ...(mode === undefined ? {} : { mode }) });
}
