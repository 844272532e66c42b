/**
 * Wording across the years: for a phrase (or the paragraph under the cursor),
 * the closest paragraph of each statement in date order, then the draft, each
 * diffed from the one before, with its commitments by firmness, so that a
 * commitment that weakened over the years shows at a glance on the timeline.
 */
import { renderDiff } from '../panel/diffView';
import { PHRASE_SIMILARITY_MEANING } from '../ui/similarity';
import type { AnalysisClient } from '../worker/AnalysisClient';
import type { LineageEntryView } from '../worker/protocol';
import type { CorpusSource } from '../../contract/api';
import { documentLabel } from '../corpus/documentLabel';

export class LineageView {
  private readonly input: HTMLInputElement;
  private readonly timeline: HTMLOListElement;
  private readonly status: HTMLElement;

  constructor(
    root: HTMLElement,
    private readonly analysis: AnalysisClient,
    private readonly draft: () => string | null,
    /** The corpus, to tell apart documents of one title. */
    private readonly corpus: () => readonly CorpusSource[] = () => [],
  ) {
    root.dataset.testid = 'lineage-view';
    root.classList.add('lineage-view');
    const form = document.createElement('form');
    form.className = 'lineage-form';
    this.input = document.createElement('input');
    this.input.type = 'search';
    this.input.placeholder = 'A phrase, such as submarine cables';
    this.input.setAttribute('aria-label', 'Phrase to trace across the statements');
    const go = document.createElement('button');
    go.type = 'submit';
    go.textContent = 'Trace';
    form.append(this.input, go);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      location.hash = `#/lineage?q=${encodeURIComponent(this.input.value)}`;
    });
    this.status = document.createElement('p');
    this.status.className = 'lineage-status';
    this.status.setAttribute('aria-live', 'polite');
    this.timeline = document.createElement('ol');
    this.timeline.className = 'timeline';
    this.timeline.setAttribute('aria-label', 'Wording by year');
    root.append(form, this.status, this.timeline);
  }

  async show(query: string): Promise<void> {
    this.input.value = query;
    if (!query.trim()) {
      this.status.textContent = 'Type a phrase to see how it was worded in each statement.';
      this.timeline.replaceChildren();
      return;
    }
    this.status.textContent = 'Tracing…';
    const entries = await this.analysis.lineage(query, this.draft());
    this.status.textContent = entries.length === 0 ? `No statement treats “${query}”.` : `“${query}” in ${entries.length} documents, oldest first.`;
    this.timeline.replaceChildren(...entries.map((entry, i) => this.entry(entry, entries[i - 1])));
  }

  private entry(entry: LineageEntryView, previous: LineageEntryView | undefined): HTMLElement {
    const item = document.createElement('li');
    item.className = 'lineage-entry';
    item.dataset.testid = 'lineage-entry';
    item.dataset.date = entry.date;
    const head = document.createElement('div');
    head.className = 'lineage-head';
    const year = document.createElement('strong');
    year.textContent = entry.date === 'draft' ? 'Draft' : entry.date.slice(0, 4);
    const title = document.createElement('span');
    const doc = this.corpus().find((d) => d.id === entry.id);
    title.textContent = ` ${doc ? documentLabel(doc, this.corpus()) : entry.title} · ¶${entry.block + 1} · ${entry.score.toFixed(2)}`;
    title.title = PHRASE_SIMILARITY_MEANING;
    head.append(year, title);
    const firmness = document.createElement('div');
    firmness.className = 'firmness';
    const before = new Set(previous?.commitments.map((c) => c.firmness));
    for (const commitment of entry.commitments) {
      const chip = document.createElement('span');
      const weakened = commitment.firmness === 'tentative' && before.has('firm') && !before.has('tentative');
      chip.className = `chip chip-${commitment.firmness}${weakened ? ' chip-weakened' : ''}`;
      chip.textContent = `${weakened ? 'weakened: ' : ''}${commitment.firmness} “${commitment.marker}”`;
      firmness.append(chip);
    }
    item.append(head, firmness, renderDiff(entry.diff));
    return item;
  }
}
