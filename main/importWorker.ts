/**
 * The import worker's entry (bundled to dist/importer/importWorker.js and
 * started by main in a worker thread): parsing a Word or PDF document takes
 * seconds on a large file, and main must keep answering the window meanwhile.
 * One worker per import, so that cancelling is terminating it.
 */
import { parentPort } from 'node:worker_threads';
import { answerImportRequest } from './importMessages';

const port = parentPort;
if (port === null) throw new Error('importWorker.js runs in a worker thread started by main, not on its own');
port.on('message', (message: unknown) => void answerImportRequest(message, (reply) => port.postMessage(reply)));
