/**
 * Main's side of the import worker: starts a worker thread for one import,
 * passes its progress on, and ends it when it answers, when the user cancels,
 * when it gives no sign of progress for too long, or when it runs out of
 * memory. Whatever happens, the answer is an ImportedDocument with one
 * sentence for the user; main itself never parses a document.
 */
import { basename } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ImportProgress } from '../contract/api';
import type { ImportedDocument, ImportReply } from './importProtocol';

/**
 * How long an import may go without a sign of progress before it is stopped.
 * A PDF reports every page (a 75-page note took 3.5 s here, under load); a
 * Word document reports nothing until it is read, and one of 5,000
 * paragraphs took 1.4 to 3.3 s. A minute of silence is a file the importers
 * cannot get through, not a slow one.
 */
export const IMPORT_SILENCE_LIMIT_MS = 60_000;

/**
 * The heap a worker may use. A 50 MB .docx unpacks in memory, and mammoth
 * holds the document tree besides; past this, the import fails with a
 * message instead of taking main's memory with it.
 */
export const IMPORT_HEAP_LIMIT_MB = 1536;

export interface ImportJobOptions {
  /** The built worker, dist/importer/importWorker.mjs. */
  workerPath: string;
  /** Default IMPORT_SILENCE_LIMIT_MS. */
  silenceLimitMs?: number;
  onProgress?: (pagesRead: number, pageCount: number) => void;
}

export interface ImportJob {
  readonly result: Promise<ImportedDocument>;
  /** Stops the import; the result becomes "cancelled". */
  cancel(): void;
}

/** Imports `path` in a new worker thread. */
export function startImport(path: string, options: ImportJobOptions): ImportJob {
  const name = basename(path);
  const silenceLimit = options.silenceLimitMs ?? IMPORT_SILENCE_LIMIT_MS;
  const worker = new Worker(options.workerPath, { resourceLimits: { maxOldGenerationSizeMb: IMPORT_HEAP_LIMIT_MB } });
  let settle: (result: ImportedDocument) => void = () => {};
  let timer: NodeJS.Timeout | undefined;
  const result = new Promise<ImportedDocument>((resolve) => {
    let settled = false;
    settle = (answer) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(answer);
    };
  });
  const fail = (problem: string) => settle({ ok: false, message: `cannot import ${path}: ${problem}` });
  const watch = () => {
    clearTimeout(timer);
    timer = setTimeout(
      () => fail(`the importer gave no sign of progress for ${Math.round(silenceLimit / 1000)} s and was stopped (is the file damaged? try saving it again from the program that made it)`),
      silenceLimit,
    );
  };
  worker.on('message', (reply: ImportReply) => {
    if (reply.type === 'progress') {
      watch();
      options.onProgress?.(reply.pagesRead, reply.pageCount);
    } else settle(reply.result);
  });
  worker.on('error', (error: Error & { code?: string }) =>
    fail(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `it needs more than the ${IMPORT_HEAP_LIMIT_MB} MB of memory an import may use` : `the importer failed (${error.message})`),
  );
  worker.on('exit', (code) => fail(`the importer stopped unexpectedly (exit code ${code})`));
  watch();
  worker.postMessage({ type: 'import', path });
  return { result, cancel: () => settle({ ok: false, message: `the import of ${name} was cancelled` }) };
}

/**
 * One import at a time for the window, reported to it as ImportProgress:
 * running when it starts, with a PDF's pages as they are read, and finished
 * whatever the outcome.
 */
export class DocumentImporter {
  private current: { name: string; job: ImportJob } | null = null;

  constructor(private readonly options: { workerPath: string; silenceLimitMs?: number; report: (progress: ImportProgress) => void }) {}

  async import(path: string): Promise<ImportedDocument> {
    const name = basename(path);
    if (this.current !== null) return { ok: false, message: `cannot import ${path}: ${this.current.name} is still being imported; wait for it or cancel it` };
    const report = (pagesRead: number | null, pageCount: number | null, running: boolean) => this.options.report({ name, pagesRead, pageCount, running });
    const job = startImport(path, { workerPath: this.options.workerPath, silenceLimitMs: this.options.silenceLimitMs, onProgress: (read, count) => report(read, count, true) });
    this.current = { name, job };
    report(null, null, true);
    try {
      return await job.result;
    } finally {
      this.current = null;
      report(null, null, false);
    }
  }

  /** Stops the running import, if any. */
  cancel(): void {
    this.current?.job.cancel();
  }
}
