/**
 * The import worker's entry (bundled to dist/importer/importWorker.mjs and
 * started by main in a worker thread): parsing a Word or PDF document takes
 * seconds on a large file, and main must keep answering the window meanwhile.
 * One worker per import, so that cancelling is terminating it.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parentPort } from 'node:worker_threads';
import { answerImportRequest } from './importMessages';

/**
 * pdf.js's fonts and character maps as the build copies them beside this
 * bundle (scripts/buildElectron.mjs): the packaged app has no node_modules,
 * and electron-builder leaves out any folder named node_modules.
 */
const beside = join(dirname(fileURLToPath(import.meta.url)), 'pdfjs-data');
const pdfjsData = existsSync(beside) ? beside : undefined;

const port = parentPort;
if (port === null) throw new Error('importWorker.mjs runs in a worker thread started by main, not on its own');
port.on('message', (message: unknown) => void answerImportRequest(message, (reply) => port.postMessage(reply), pdfjsData));
