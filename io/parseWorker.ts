/**
 * A parse worker (io/parsePool.ts): parses the documents it is sent and
 * answers with each model packed (io/packedModel.ts), in a buffer handed
 * over rather than copied, which the caller both reads and writes to the
 * parse cache as it is.
 */
import { parentPort } from 'node:worker_threads';
import { parseDocument, type SourceFormat } from '../engine/index';
import { packModel } from './packedModel';

export interface ParseJob {
  id: number;
  source: string;
  format: SourceFormat;
}

export interface ParseAnswer {
  id: number;
  /** The ParsedDocument, packed by packModel. */
  model: Uint8Array;
}

parentPort?.on('message', ({ id, source, format }: ParseJob) => {
  const model = packModel(parseDocument(source, { format }));
  const answer: ParseAnswer = { id, model };
  parentPort?.postMessage(answer, [model.buffer]);
});
