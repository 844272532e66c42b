/// <reference lib="webworker" />
/**
 * The engine off the UI thread: typing never waits for analysis. Requests
 * carry a version; the desk drops results older than the text on screen.
 * While the worker is busy, only the newest pending text is analysed.
 */
import { AnalysisSession } from './AnalysisSession';
import type { FromWorker, ToWorker } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const session = new AnalysisSession();
let pending: { version: number; text: string } | null = null;
let scheduled = false;

const post = (message: FromWorker) => scope.postMessage(message);

function runPending(): void {
  scheduled = false;
  const job = pending;
  pending = null;
  if (!job) return;
  try {
    post({ type: 'result', result: session.analyze(job.version, job.text, () => performance.now()) });
  } catch (error) {
    post({ type: 'error', version: job.version, message: (error as Error).message });
  }
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'corpus') session.setCorpus(message.corpus, message.priors);
  else if (message.type === 'priors') session.setPriors(message.priors);
  else if (message.type === 'compare') {
    post({ type: 'compared', request: message.request, result: session.compare(message.oldId, message.newId) });
    return;
  } else if (message.type === 'lineage') {
    post({ type: 'lineage', request: message.request, entries: session.lineage(message.query, message.draft) });
    return;
  } else {
    pending = { version: message.version, text: message.text };
    // Messages that arrived meanwhile are read first, so a burst of keystrokes is analysed once.
    if (!scheduled) {
      scheduled = true;
      setTimeout(runPending, 0);
    }
    return;
  }
  if (pending && !scheduled) {
    scheduled = true;
    setTimeout(runPending, 0);
  }
};
