/**
 * A parse worker (io/parsePool.ts): parses the documents it is sent and
 * answers with each model serialised (node:v8), in a buffer handed over
 * rather than copied, which the caller both reads and writes to the parse
 * cache as it is.
 */
import { serialize } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { parseDocument, type SourceFormat } from '../engine/index';

export interface ParseJob {
  id: number;
  source: string;
  format: SourceFormat;
}

export interface ParseAnswer {
  id: number;
  /** v8.serialize of the ParsedDocument. */
  model: Uint8Array;
}

parentPort?.on('message', ({ id, source, format }: ParseJob) => {
  const model = serialize(parseDocument(source, { format }));
  const answer: ParseAnswer = { id, model };
  parentPort?.postMessage(answer, [model.buffer]);
});
