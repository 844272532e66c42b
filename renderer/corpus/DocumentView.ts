/** A corpus document, read-only, in its own editor. */
import { monaco } from '../editor/monaco';
import type { CorpusSource } from '../../contract/api';

export class DocumentView {
  private readonly editor: monaco.editor.IStandaloneCodeEditor;
  private readonly title: HTMLElement;

  constructor(root: HTMLElement) {
    root.classList.add('document-view');
    root.dataset.testid = 'document-view';
    this.title = document.createElement('h1');
    this.title.className = 'compare-title';
    const box = document.createElement('div');
    box.className = 'document-editor';
    root.append(this.title, box);
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

  show(doc: CorpusSource | undefined, id: string): void {
    this.title.textContent = doc ? `${doc.title} (${doc.date}) — read-only` : `No document "${id}" in the corpus`;
    this.editor.setValue(doc?.source ?? '');
  }
}
