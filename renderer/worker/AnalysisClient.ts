/**
 * The page's side of the analysis worker: analyses of the draft stream to one
 * listener; compares and lineages are requests answered by number.
 */
import type { AnalysisResult, CompareResult, FromWorker, LineageEntryView, PriorQuotes, Quote, ToWorker } from './protocol';

export class AnalysisClient {
  private readonly worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
  private nextRequest = 1;
  private readonly waiting = new Map<number, (message: FromWorker) => void>();
  private quotes: PriorQuotes = [];

  constructor(onAnalysis: (result: AnalysisResult) => void) {
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'result') onAnalysis(message.result);
      else if (message.type === 'quotes') this.quotes = message.quotes;
      else if (message.type === 'error') console.error(`analysis of version ${message.version} failed: ${message.message}`);
      else {
        this.waiting.get(message.request)?.(message);
        this.waiting.delete(message.request);
      }
    };
  }

  /** The wording of a prior block (the priors of the latest analyses). */
  quote(prior: number, block: number): Quote | null {
    return this.quotes[prior]?.[block] ?? null;
  }

  post(message: ToWorker): void {
    this.worker.postMessage(message);
  }

  compare(oldId: string, newId: string): Promise<CompareResult | { error: string }> {
    return this.request((request) => ({ type: 'compare', request, oldId, newId }), (message) => (message.type === 'compared' ? message.result : { error: 'unexpected answer' }));
  }

  lineage(query: string, draft: string | null): Promise<LineageEntryView[]> {
    return this.request((request) => ({ type: 'lineage', request, query, draft }), (message) => (message.type === 'lineage' ? message.entries : []));
  }

  private request<T>(make: (request: number) => ToWorker, read: (message: FromWorker) => T): Promise<T> {
    const request = this.nextRequest++;
    return new Promise((resolve) => {
      this.waiting.set(request, (message) => resolve(read(message)));
      this.worker.postMessage(make(request));
    });
  }
}
