/**
 * Parses the documents a command reads: each from the parse cache when a
 * sound entry holds it, the rest parsed, on worker threads beside this one
 * when there are several and enough text to pay for the workers' start.
 * The models are the same as parseDocument's on this thread (a test holds
 * it); the ones parsed are written to the cache once this thread is free
 * (ParseCache.putSoon), and a command waits for that with ParseCache.flush.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { ParsedDocument } from '../engine/index';
import { appRootOf, parseWorkerPath } from './locations';
import { packModel, unpackModel } from './packedModel';
import type { ParseCache } from './parseCache';
import type { ParseRequest } from './parsePool';

export type { ParseRequest } from './parsePool';

/**
 * The least text worth a worker. A worker takes some 90-130 ms here to start,
 * load the parser and answer (`npm run bench`: "start a worker"), about what
 * a cold remark takes for 100 KB of marked-up text: below that the document
 * is parsed sooner on this thread than a worker is ready. Two statements
 * (20 KB each) stay on this thread; two 700 KB revisions go one to a worker.
 * Plain text now parses several times faster (engine/plainChunkTree.ts): on
 * the bench's plain 700 KB pair the worker no longer paid on this loaded
 * 2-core machine (`npm run bench`, 2026-12-06, load 7-14: one thread
 * 3.9 s against 4.5 s with a worker); not yet measured on a quiet one.
 */
export const WORKER_MIN_BYTES = 100 * 1024;

export interface ParseDocumentsOptions {
  /** The cache to read and fill; none by default. */
  cache?: ParseCache | null;
  /** The most worker threads to start: default one fewer than the cores (see freeCores); 0 for none. */
  workers?: number;
  /** The worker's built script; default dist/cli/parseWorker.mjs under the app. */
  workerPath?: string;
  /** Called once before the first document is parsed (here or on a worker); not when all were in the cache. */
  beforeParse?: () => void;
}

export async function parseDocuments(requests: readonly ParseRequest[], options: ParseDocumentsOptions = {}): Promise<ParsedDocument[]> {
  const { cache = null } = options;
  const documents: Array<ParsedDocument | null> = await Promise.all(requests.map((request) => (cache ? cache.get(request.bytes ?? request.source, request.format) : null)));
  const missing = requests.flatMap((request, i) => (documents[i] === null ? [{ request, i }] : []));
  if (missing.length === 0) return documents as ParsedDocument[];
  options.beforeParse?.();
  const store = (i: number, model: () => Uint8Array) => cache?.putSoon(requests[i].bytes ?? requests[i].source, requests[i].format, model);
  const shares = shareOut(missing.map(({ request }) => sizeOf(request)), workerCount(missing.length, options));
  let onWorkers: Promise<Uint8Array[][]> | null = null;
  if (shares.length > 1) {
    // The pool, and node:worker_threads with it, loads only when workers are started.
    const { parseOnWorkers } = await import('./parsePool');
    onWorkers = parseOnWorkers(
      shares.slice(1).map((share) => share.map((m) => missing[m].request)),
      options.workerPath ?? parseWorkerPath(appRootOf(import.meta.url)),
    );
    // Caught here and awaited below: a failed worker's share is parsed on this thread.
    onWorkers.catch(() => {});
  }
  // Loaded only now, after the workers were started: a command whose documents
  // are all cached never loads the parser. The parser alone, not the engine's
  // front door, which would load and set up alignment, retrieval and their tables too.
  const { parseDocument } = await import('../engine/parseDocument');
  const parseHere = (m: number) => {
    const { request, i } = missing[m];
    const document = parseDocument(request.source, { format: request.format });
    documents[i] = document;
    store(i, () => packModel(document));
  };
  for (const m of shares[0]) parseHere(m);
  if (onWorkers) {
    const answers = await onWorkers.catch(() => null);
    shares.slice(1).forEach((share, w) =>
      share.forEach((m, k) => {
        const model = answers?.[w][k];
        if (model === undefined) return parseHere(m);
        documents[missing[m].i] = unpackModel(model);
        store(missing[m].i, () => model);
      }),
    );
  }
  return documents as ParsedDocument[];
}

/** A document's size for sharing out: its bytes when at hand, so that a text not yet decoded is not decoded for it. */
const sizeOf = (request: ParseRequest): number => request.bytes?.length ?? request.source.length;

function workerCount(missing: number, options: ParseDocumentsOptions): number {
  const most = options.workers ?? freeCores();
  if (most <= 0 || missing < 2) return 0;
  if (options.workerPath === undefined && !existsSync(parseWorkerPath(appRootOf(import.meta.url)))) return 0;
  return Math.min(most, missing - 1);
}

/**
 * One fewer than the machine's cores: this thread parses too. The load of
 * other processes is not counted: on this shared 2-core machine a worker
 * saved 0.6 s of 2.3 s on the 100,000-word pair at a load of 4, and cost
 * 0.6 s at a load of 6 (npm run bench), and a drafter's machine is seldom
 * that busy.
 */
function freeCores(): number {
  return availableParallelism() - 1;
}

/**
 * Shares of the documents (indices, by their sizes) for this thread (first)
 * and `workers` workers: the largest first, each to the lightest share. A
 * worker is used only when its share is worth its start (WORKER_MIN_BYTES).
 */
export function shareOut(sizes: readonly number[], workers: number): number[][] {
  if (sizes.length === 0) return [];
  for (let count = workers; count > 0; count--) {
    const shares = balance(sizes, count + 1);
    if (shares.slice(1).every((share) => share.reduce((sum, m) => sum + sizes[m], 0) >= WORKER_MIN_BYTES)) return shares;
  }
  return [sizes.map((_, m) => m)];
}

function balance(sizes: readonly number[], count: number): number[][] {
  const shares: number[][] = Array.from({ length: count }, () => []);
  const loads = new Array<number>(count).fill(0);
  const order = sizes.map((_, m) => m).sort((a, b) => sizes[b] - sizes[a]);
  for (const m of order) {
    const lightest = loads.indexOf(Math.min(...loads));
    shares[lightest].push(m);
    loads[lightest] += sizes[m];
  }
  return shares;
}
