/**
 * The corpus: every document with its date, meeting, kind and Council-note
 * family, a filter, and actions to read one, or to compare it with another
 * (by default the previous revision of its family, or the previous statement).
 */
import type { CorpusSource } from '../../contract/api';

interface Entry {
  doc: CorpusSource;
  meeting: string | null;
  family: string | null;
  /** The note's own date (the document's date for other documents). */
  noteDate: string;
  /** Number and revision, e.g. "8288/1/26/1": equal for copies of one revision. */
  revision: string;
}

import { frontMatterField } from './frontMatterField';
import { documentLabel } from './documentLabel';

export class CorpusSidebar {
  private readonly list: HTMLUListElement;
  private entries: Entry[] = [];
  private corpus: readonly CorpusSource[] = [];

  constructor(private readonly root: HTMLElement) {
    root.className = 'corpus-sidebar';
    root.setAttribute('aria-label', 'Corpus');
    const heading = document.createElement('h2');
    heading.textContent = 'Corpus';
    const filter = document.createElement('input');
    filter.type = 'search';
    filter.placeholder = 'Filter';
    filter.setAttribute('aria-label', 'Filter the corpus');
    filter.addEventListener('input', () => this.render(filter.value));
    this.list = document.createElement('ul');
    root.append(heading, filter, this.list);
  }

  setCorpus(corpus: readonly CorpusSource[]): void {
    this.corpus = corpus;
    // Front matter is read once per document here, not in comparators or at every filter keystroke.
    const entries: Entry[] = corpus.map((doc) => {
      const field = (key: string) => frontMatterField(doc.source, key);
      return {
        doc,
        meeting: field('meeting'),
        family: field('family'),
        noteDate: field('noteDate') ?? doc.date,
        revision: `${field('number')}/${field('rev') ?? ''}`,
      };
    });
    // In date order; revisions of one note share the meeting's date and follow their own.
    const order = (e: Entry) => `${e.doc.date}\u0000${e.noteDate}\u0000${e.doc.id}`;
    this.entries = entries.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
    this.render('');
  }

  /** The document to compare `id` with: the previous revision of its family, else the previous statement. */
  previousOf(id: string): string | null {
    const revision = this.previousRevisionOf(id);
    if (revision) return revision;
    const at = this.entries.findIndex((e) => e.doc.id === id);
    const earlier = this.entries.slice(0, Math.max(0, at)).filter((e) => e.doc.kind !== 'presentation');
    return earlier[earlier.length - 1]?.doc.id ?? null;
  }

  /**
   * The previous revision of a Council note in its family (an earlier note
   * date, and another number or revision: a copy of the same revision is
   * not a previous one), or null, for other documents too.
   */
  previousRevisionOf(id: string): string | null {
    const entry = this.entries.find((e) => e.doc.id === id);
    if (!entry?.family) return null;
    const earlier = this.entries
      .filter((e) => e.family === entry.family && e.revision !== entry.revision && e.noteDate <= entry.noteDate)
      .sort((a, b) => (a.noteDate < b.noteDate ? -1 : a.noteDate > b.noteDate ? 1 : 0));
    return earlier[earlier.length - 1]?.doc.id ?? null;
  }

  private render(filter: string): void {
    const wanted = filter.trim().toLowerCase();
    this.list.replaceChildren(
      ...this.entries
        .filter(({ doc, family }) => !wanted || `${doc.title} ${doc.date} ${doc.kind} ${family ?? ''} ${doc.id}`.toLowerCase().includes(wanted))
        .map((entry) => this.item(entry)),
    );
  }

  private item({ doc, meeting, family }: Entry): HTMLElement {
    const item = document.createElement('li');
    item.dataset.testid = 'corpus-item';
    item.dataset.id = doc.id;
    const title = document.createElement('a');
    title.href = `#/document/${encodeURIComponent(doc.id)}`;
    title.textContent = documentLabel(doc, this.corpus);
    title.title = 'Open read-only';
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = [doc.date, meeting ? `meeting ${meeting}` : null, doc.kind, family ? `family ${family}` : null, doc.userAdded ? 'added' : null].filter(Boolean).join(' · ');
    item.append(title, meta);
    const previous = this.previousOf(doc.id);
    if (previous) {
      const compare = document.createElement('a');
      compare.className = 'compare-link';
      compare.href = `#/compare/${encodeURIComponent(previous)}/${encodeURIComponent(doc.id)}`;
      compare.textContent = this.previousRevisionOf(doc.id) ? 'Compare with the previous revision' : 'Compare with the previous statement';
      item.append(compare);
    }
    return item;
  }
}
