/**
 * What the command line prints, written to file descriptors 1 and 2 with
 * fs.writeSync rather than through process.stdout and process.stderr. A
 * process's standard streams are made when first asked for: on a pipe, a
 * net.Socket with the stream modules behind it (some 5 ms to load and set
 * up here), which writes asynchronously, so that the command then had to
 * wait for it to drain before it could exit. Written here, an answer is
 * handed to the system before the call returns: the caller may use its
 * buffer again, and the command exits as soon as it is done.
 *
 * A standard stream is normally blocking (a file, a terminal, a pipe from
 * a shell or from Node's child_process). One left non-blocking by whoever
 * started us refuses a write it cannot take at once (EAGAIN): from then on
 * everything for that stream goes through Node's stream, which waits for
 * the reader, and `drained` waits for it too. A reader that has gone (EPIPE:
 * `precedent ... | head`) is written no more, as git does.
 */
import { writeSync } from 'node:fs';

interface Target {
  fd: 1 | 2;
  stream: () => NodeJS.WriteStream;
  /** Set once a write was refused: the rest goes through Node's stream, in order. */
  fellBack: boolean;
  gone: boolean;
}

const out: Target = { fd: 1, stream: () => process.stdout, fellBack: false, gone: false };
const err: Target = { fd: 2, stream: () => process.stderr, fellBack: false, gone: false };

function write(target: Target, data: string | Uint8Array): void {
  if (target.gone) return;
  let bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  while (!target.fellBack && bytes.length > 0) {
    try {
      bytes = bytes.subarray(writeSync(target.fd, bytes));
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') {
        target.gone = true;
        return;
      }
      if (code !== 'EAGAIN') throw error;
      target.fellBack = true;
    }
  }
  // A copy: the caller may fill its buffer again as soon as this returns.
  if (bytes.length > 0) target.stream().write(Buffer.from(bytes));
}

/** Writes to standard output; the bytes are the caller's again once this returns. */
export const writeOut = (data: string | Uint8Array): void => write(out, data);

/** Writes to standard error. */
export const writeErr = (data: string): void => write(err, data);

/** Resolves once all that was written has been handed to the system: at once, unless a stream refused a write. */
export async function drained(): Promise<void> {
  for (const target of [out, err]) {
    if (target.fellBack) await new Promise<void>((resolve) => target.stream().write('', () => resolve()));
  }
}
