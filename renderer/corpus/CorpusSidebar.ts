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
}

const frontMatterValue = (source: string, key: string): string | null => {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(source)?.[1] ?? '';
  return new RegExp(`^${key}:\\s*(.+)$`, 'mu').exec(frontMatter)?.[1].trim() ?? null;
};

export class CorpusSidebar {
  private readonly list: HTMLUListElement;
  private entries: Entry[] = [];

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
    this.entries = [...corpus]
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((doc) => ({ doc, meeting: frontMatterValue(doc.source, 'meeting'), family: frontMatterValue(doc.source, 'family') }));
    this.render('');
  }

  /** The document to compare `id` with: the previous revision of its family, else the previous statement. */
  previousOf(id: string): string | null {
    const at = this.entries.findIndex((e) => e.doc.id === id);
    if (at < 0) return null;
    const { family } = this.entries[at];
    const sameFamily = family ? this.entries.slice(0, at).filter((e) => e.family === family) : [];
    const candidates = sameFamily.length > 0 ? sameFamily : this.entries.slice(0, at).filter((e) => e.doc.kind !== 'presentation');
    return candidates[candidates.length - 1]?.doc.id ?? null;
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
    title.textContent = doc.title;
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
      compare.textContent = family && this.entries.some((e) => e.family === family && e.doc.id === previous) ? 'Compare with the previous revision' : 'Compare with the previous statement';
      item.append(compare);
    }
    return item;
  }
}
