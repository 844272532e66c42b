/**
 * The status line of an import (Open, Add to Corpus or a drop of a Word, PDF
 * or HTML document): the file's name, a PDF's pages as they are read, and a
 * Cancel button. It appears only for an import that takes a moment, so a
 * small file does not flash a bar.
 */
import './importStatus.css';
import type { ImportProgress, PrecedentApi } from '../../contract/api';

/** How long an import runs before its status line appears: a short import would only flicker. */
const SHOW_AFTER_MS = 300;

export class ImportStatus {
  private readonly element: HTMLElement;
  private readonly label: HTMLElement;
  private readonly bar: HTMLProgressElement;
  private showTimer: number | undefined;
  private cancelledByUser = false;

  constructor(private readonly api: Pick<PrecedentApi, 'onImportProgress' | 'cancelImport'>) {
    this.element = document.createElement('div');
    this.element.className = 'import-status';
    this.element.dataset.testid = 'import-status';
    this.element.setAttribute('role', 'status');
    this.element.hidden = true;
    this.label = document.createElement('span');
    this.bar = document.createElement('progress');
    this.bar.setAttribute('aria-label', 'Import progress');
    const cancel = document.createElement('button');
    cancel.type = 'button';
    cancel.textContent = 'Cancel';
    cancel.addEventListener('click', () => this.cancel());
    this.element.append(this.label, this.bar, cancel);
    document.body.append(this.element);
    api.onImportProgress((progress) => this.show(progress));
  }

  /**
   * Runs `call` (an open or an add that may import) and says whether the
   * user cancelled its import: the call then answers with an error that is
   * not worth a dialog.
   */
  async track<T>(call: () => Promise<T>): Promise<{ answer: T; cancelled: boolean }> {
    this.cancelledByUser = false;
    const answer = await call();
    return { answer, cancelled: this.cancelledByUser };
  }

  private show(progress: ImportProgress): void {
    if (!progress.running) {
      window.clearTimeout(this.showTimer);
      this.showTimer = undefined;
      this.element.hidden = true;
      return;
    }
    const pages = progress.pageCount !== null && progress.pagesRead !== null ? ` page ${progress.pagesRead} of ${progress.pageCount}` : '';
    this.label.textContent = `Importing ${progress.name}…${pages}`;
    if (progress.pageCount !== null && progress.pagesRead !== null) {
      this.bar.max = progress.pageCount;
      this.bar.value = progress.pagesRead;
    } else this.bar.removeAttribute('value');
    if (this.element.hidden && this.showTimer === undefined) {
      this.showTimer = window.setTimeout(() => {
        this.showTimer = undefined;
        this.element.hidden = false;
      }, SHOW_AFTER_MS);
    }
  }

  private cancel(): void {
    this.cancelledByUser = true;
    this.api.cancelImport();
  }
}
