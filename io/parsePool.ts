/**
 * Parses documents on worker threads, for the documents a command parses
 * beside the one it parses itself (io/parseDocuments.ts decides when that
 * pays). The workers live only for the call: a command parses once.
 */
import { Worker } from 'node:worker_threads';
import type { SourceFormat } from '../engine/index';
import type { ParseAnswer, ParseJob } from './parseWorker';

export interface ParseRequest {
  /** The text; it may be a getter that decodes the file's bytes when first read (cli/inputs.ts), so it is read only to parse. */
  source: string;
  format: SourceFormat;
  /** The source's UTF-8 bytes as read from its file, when at hand: the cache hashes them rather than the text. */
  bytes?: Uint8Array;
}

/**
 * Parses each list of `shares` on a worker of its own (the script built
 * from io/parseWorker.ts at `workerPath`); the models packed
 * (io/packedModel.ts), in the same shape. Rejects if a worker fails: the caller
 * parses on its own thread then.
 */
export function parseOnWorkers(shares: ReadonlyArray<readonly ParseRequest[]>, workerPath: string): Promise<Uint8Array[][]> {
  return Promise.all(shares.map((share) => parseOnOneWorker(share, workerPath)));
}

function parseOnOneWorker(share: readonly ParseRequest[], workerPath: string): Promise<Uint8Array[]> {
  if (share.length === 0) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    // Its standard output and error not piped into this process's: that would make process.stdout and
    // process.stderr here (a socket each on a pipe), which the command line does without (cli/standardStreams.ts).
    // A parse worker prints nothing; a failure comes as an 'error' event.
    const worker = new Worker(workerPath, { stdout: true, stderr: true });
    const answers = new Array<Uint8Array>(share.length);
    let left = share.length;
    worker.on('message', ({ id, model }: ParseAnswer) => {
      answers[id] = model;
      if (--left === 0) {
        void worker.terminate();
        resolve(answers);
      }
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (left > 0) reject(new Error(`a parse worker stopped (exit code ${code}) before it answered`));
    });
    share.forEach((request, id) => {
      if (!request.bytes) {
        worker.postMessage({ id, source: request.source, format: request.format } satisfies ParseJob);
        return;
      }
      // The file's bytes, decoded on the worker (this thread spared the text), as a copy handed over rather
      // than cloned: cloning 700 KB through the message serialiser took this thread 7-16 ms, a copy and a
      // transfer about one. The caller keeps its bytes, to parse them itself should the worker fail.
      const bytes = new Uint8Array(request.bytes);
      worker.postMessage({ id, bytes, format: request.format } satisfies ParseJob, [bytes.buffer]);
    });
  });
}
