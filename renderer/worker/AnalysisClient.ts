/**
 * The page's side of the analysis worker: analyses of the draft stream to one
 * listener; compares and lineages are requests answered by number. A
 * watchdog keeps the worker's work bounded: when it must stop an analysis,
 * the worker is ended and a new one set up with the same corpus and priors.
 */
import { CardDecoder } from './cardWire';
import { AnalysisWatchdog, type WatchdogLimits } from './AnalysisWatchdog';
import type { AnalysisResult, CompareResult, FromWorker, LineageEntryView, PriorQuotes, Quote, RevisionPair, ToWorker } from './protocol';

export interface AnalysisListeners {
  analysis(result: AnalysisResult): void;
  /** An analysis was stopped (too long); the message is for the user. */
  stopped(message: string): void;
}

/** How often the watchdog looks while an analysis runs. */
const WATCH_EVERY_MS = 250;

/** Look numbers of each worker start apart, so the page never takes a new worker's card for an old one's. */
const LOOKS_PER_WORKER = 2 ** 32;

export class AnalysisClient {
  private worker!: Worker;
  private cards!: CardDecoder;
  private workers = 0;
  private nextRequest = 1;
  private readonly waiting = new Map<number, (message: FromWorker | null) => void>();
  private quotes: PriorQuotes = [];
  private readonly watchdog: AnalysisWatchdog;
  private watching: number | null = null;
  /** What a new worker needs to be where the last one was: the corpus and priors, the newest text. */
  private setup: ToWorker[] = [];
  private newest: Extract<ToWorker, { type: 'analyze' }> | null = null;

  constructor(
    private readonly listeners: AnalysisListeners,
    limits?: WatchdogLimits,
  ) {
    this.watchdog = new AnalysisWatchdog(limits);
    this.start();
  }

  /** The wording of a prior block (the priors of the latest analyses). */
  quote(prior: number, block: number): Quote | null {
    return this.quotes[prior]?.[block] ?? null;
  }

  post(message: ToWorker): void {
    if (message.type === 'corpus') this.setup = [message];
    else if (message.type === 'priors') this.setup = [...this.setup.filter((m) => m.type === 'corpus'), message];
    else if (message.type === 'analyze') {
      this.newest = message;
      this.watchdog.posted(message.version);
    }
    this.worker.postMessage(message);
  }

  compare(oldId: string, newId: string): Promise<CompareResult | { error: string }> {
    return this.request(
      (request) => ({ type: 'compare', request, oldId, newId }),
      (message) => (message?.type === 'compared' ? message.result : { error: 'the comparison was stopped' }),
    );
  }

  comparePair(pair: RevisionPair): Promise<CompareResult | { error: string }> {
    return this.request(
      (request) => ({ type: 'comparePair', request, pair }),
      (message) => (message?.type === 'compared' ? message.result : { error: 'the comparison was stopped' }),
    );
  }

  lineage(query: string, draft: string | null): Promise<LineageEntryView[]> {
    return this.request((request) => ({ type: 'lineage', request, query, draft }), (message) => (message?.type === 'lineage' ? message.entries : []));
  }

  private start(): void {
    this.worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    this.cards = new CardDecoder(this.workers++ * LOOKS_PER_WORKER);
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data);
  }

  private receive(message: FromWorker): void {
    if (message.type === 'started') {
      this.watchdog.started(message.version, performance.now());
      this.watch();
    } else if (message.type === 'result') {
      this.watchdog.answered(message.result.version);
      this.listeners.analysis({ ...message.result, cards: this.cards.decode(message.result.cards) });
    } else if (message.type === 'quotes') this.quotes = message.quotes;
    else if (message.type === 'error') {
      this.watchdog.answered(message.version);
      console.error(`analysis of version ${message.version} failed: ${message.message}`);
    } else {
      this.waiting.get(message.request)?.(message);
      this.waiting.delete(message.request);
    }
  }

  private watch(): void {
    if (this.watching !== null) return;
    this.watching = window.setInterval(() => {
      const action = this.watchdog.check(performance.now());
      if (action.kind === 'restart') this.restart(action.resend, action.message);
      if (!this.watchdog.busy && this.watching !== null) {
        window.clearInterval(this.watching);
        this.watching = null;
      }
    }, WATCH_EVERY_MS);
  }

  /** Ends the worker, answers what it still owed, and sets up a new one where it was. */
  private restart(resend: boolean, message: string | null): void {
    this.worker.terminate();
    for (const answer of this.waiting.values()) answer(null);
    this.waiting.clear();
    this.start();
    for (const setup of this.setup) this.worker.postMessage(setup);
    if (resend && this.newest) this.worker.postMessage(this.newest);
    if (message) this.listeners.stopped(message);
  }

  private request<T>(make: (request: number) => ToWorker, read: (message: FromWorker | null) => T): Promise<T> {
    const request = this.nextRequest++;
    return new Promise((resolve) => {
      this.waiting.set(request, (message) => resolve(read(message)));
      this.worker.postMessage(make(request));
    });
  }
}
