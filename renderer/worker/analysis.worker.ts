/// <reference lib="webworker" />
/**
 * The engine off the UI thread: typing never waits for analysis. Requests
 * carry a version; the desk drops results older than the text on screen.
 * While the worker is busy, only the newest pending text is analysed. Each
 * text is answered twice: statuses first, then with commitments' fates.
 */
import { AnalysisSession } from './AnalysisSession';
import { CardEncoder } from './cardWire';
import type { AnalysisResult } from './protocol';
import type { FromWorker, ToWorker } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const session = new AnalysisSession();
let pending: { version: number; text: string } | null = null;
/** How long the fates wait after the statuses are posted (a pause in typing, and the page's paint). */
const FATES_AFTER_MS = 60;
let scheduled = false;

const post = (message: FromWorker) => scope.postMessage(message);
const cards = new CardEncoder();
const postResult = (result: AnalysisResult) => post({ type: 'result', result: { ...result, cards: cards.encode(result.cards) } });

function runPending(): void {
  scheduled = false;
  const job = pending;
  pending = null;
  if (!job) return;
  post({ type: 'started', version: job.version });
  try {
    const clock = () => performance.now();
    const aligned = session.align(job.version, job.text, clock);
    postResult(aligned.result);
    // The fates follow once typing pauses: computed at once, they competed on
    // two cores with the page painting the first answer (p95 71 ms against 59).
    setTimeout(() => {
      if (pending) return;
      try {
        postResult(session.followCommitments(aligned, clock));
      } catch (error) {
        post({ type: 'error', version: job.version, message: (error as Error).message });
      }
    }, FATES_AFTER_MS);
  } catch (error) {
    post({ type: 'error', version: job.version, message: (error as Error).message });
  }
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'corpus') {
    session.setCorpus(message.corpus, message.priors);
    post({ type: 'quotes', quotes: session.quotes() });
  } else if (message.type === 'priors') {
    session.setPriors(message.priors);
    post({ type: 'quotes', quotes: session.quotes() });
  }
  else if (message.type === 'compare') {
    post({ type: 'compared', request: message.request, result: session.compare(message.oldId, message.newId) });
    return;
  } else if (message.type === 'comparePair') {
    post({ type: 'compared', request: message.request, result: session.comparePair(message.pair) });
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
