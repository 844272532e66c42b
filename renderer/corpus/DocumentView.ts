/** A corpus document, read-only, in its own editor. */
import { monaco } from '../editor/monaco';
import type { CorpusSource } from '../../contract/api';

export class DocumentView {
  private readonly editor: monaco.editor.IStandaloneCodeEditor;
  private readonly title: HTMLElement;
  private readonly offer: HTMLAnchorElement;

  constructor(root: HTMLElement) {
    root.classList.add('document-view');
    root.dataset.testid = 'document-view';
    this.title = document.createElement('h1');
    this.title.className = 'compare-title';
    const box = document.createElement('div');
    box.className = 'document-editor';
    // Opening a revision of a Council note offers the comparison with the one before it.
    this.offer = document.createElement('a');
    this.offer.className = 'revision-offer';
    this.offer.dataset.testid = 'compare-offer';
    root.append(this.title, this.offer, box);
    this.editor = monaco.editor.create(box, {
      readOnly: true,
      domReadOnly: true,
      language: 'markdown',
      wordWrap: 'on',
      automaticLayout: true,
      minimap: { enabled: false },
      ariaLabel: 'Corpus document, read-only',
    });
  }

  show(doc: CorpusSource | undefined, id: string, previousRevision: string | null): void {
    this.title.textContent = doc ? `${doc.title} (${doc.date}) — read-only` : `No document "${id}" in the corpus`;
    this.editor.setValue(doc?.source ?? '');
    this.offer.hidden = !previousRevision;
    if (previousRevision) {
      this.offer.href = `#/compare/${encodeURIComponent(previousRevision)}/${encodeURIComponent(id)}`;
      this.offer.textContent = `This is a revision: compare it with the previous one (${previousRevision})`;
    }
  }
}
