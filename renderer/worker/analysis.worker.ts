/// <reference lib="webworker" />
/**
 * The engine off the UI thread: typing never waits for analysis. Requests
 * carry a version; the desk drops results older than the text on screen.
 * While the worker is busy, only the newest pending text is analysed. Each
 * text is answered twice: statuses first, then with commitments' fates
 * (see AnalysisScheduler).
 */
import { AnalysisScheduler } from './AnalysisScheduler';
import { AnalysisSession } from './AnalysisSession';
import { CardEncoder } from './cardWire';
import type { AnalysisResult, FromWorker, ToWorker } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const session = new AnalysisSession();
const post = (message: FromWorker) => scope.postMessage(message);
const cards = new CardEncoder();
const scheduler = new AnalysisScheduler(session, {
  started: (version) => post({ type: 'started', version }),
  result: (result: AnalysisResult) => post({ type: 'result', result: { ...result, cards: cards.encode(result.cards) } }),
  error: (version, message) => post({ type: 'error', version, message }),
  now: () => performance.now(),
  later: (task, ms) => setTimeout(task, ms),
});

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  if (message.type === 'corpus') {
    scheduler.stopFates();
    session.setCorpus(message.corpus, message.priors);
    post({ type: 'quotes', quotes: session.quotes() });
  } else if (message.type === 'priors') {
    scheduler.stopFates();
    session.setPriors(message.priors);
    post({ type: 'quotes', quotes: session.quotes() });
  } else if (message.type === 'compare') {
    post({ type: 'compared', request: message.request, result: session.compare(message.oldId, message.newId) });
  } else if (message.type === 'comparePair') {
    post({ type: 'compared', request: message.request, result: session.comparePair(message.pair) });
  } else if (message.type === 'lineage') {
    post({ type: 'lineage', request: message.request, entries: session.lineage(message.query, message.draft) });
  } else {
    scheduler.analyze(message.version, message.text);
  }
};
