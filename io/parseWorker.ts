/**
 * A parse worker (io/parsePool.ts): parses the documents it is sent and
 * answers with each model packed (io/packedModel.ts), in a buffer handed
 * over rather than copied, which the caller both reads and writes to the
 * parse cache as it is.
 */
import { parentPort } from 'node:worker_threads';
// The parser alone: the engine's front door would load alignment and retrieval into every worker.
import { parseDocument, type SourceFormat } from '../engine/parseDocument';
import { packModel } from './packedModel';
import { decodeDocumentText } from './readDocumentFile';

/** A document to parse: its text, or the bytes of its file (decoded here, off the main thread). */
export interface ParseJob {
  id: number;
  source?: string;
  bytes?: Uint8Array;
  format: SourceFormat;
}

export interface ParseAnswer {
  id: number;
  /** The ParsedDocument, packed by packModel. */
  model: Uint8Array;
}

parentPort?.on('message', ({ id, source, bytes, format }: ParseJob) => {
  const model = packModel(parseDocument(source ?? textOf(bytes), { format }));
  const answer: ParseAnswer = { id, model };
  parentPort?.postMessage(answer, [model.buffer]);
});

function textOf(bytes: Uint8Array | undefined): string {
  const decoded = decodeDocumentText(bytes ?? new Uint8Array());
  // The main thread checked these bytes when it read them.
  if (!decoded.ok) throw new Error(decoded.problem);
  return decoded.text;
}
