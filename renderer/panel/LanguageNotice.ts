/**
 * A warning at the top of the panel when the draft is written in another
 * language than its priors (engine/draftLanguage): every paragraph then
 * shows as new and every prior one as dropped, which is no finding about
 * the wording and must not read as one.
 */
import './languageNotice.css';

export class LanguageNotice {
  private readonly element: HTMLElement;

  constructor(panel: HTMLElement) {
    this.element = document.createElement('p');
    this.element.className = 'language-notice';
    this.element.dataset.testid = 'language-warning';
    this.element.setAttribute('role', 'alert');
    this.element.hidden = true;
    panel.prepend(this.element);
  }

  /** Shows the analysis's warning (read in the worker: over a 1 MB paragraph it held the page 70 ms), or hides it. */
  update(message: string | null): void {
    // Set only when it changes: set at every keystroke, the notice was restyled at every keystroke.
    if (this.element.hidden !== (message === null)) this.element.hidden = message === null;
    if (message !== null && this.element.textContent !== message) this.element.textContent = message;
  }
}
