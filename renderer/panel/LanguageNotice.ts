/**
 * A warning at the top of the panel when the draft is written in another
 * language than its priors (engine/draftLanguage): every paragraph then
 * shows as new and every prior one as dropped, which is no finding about
 * the wording and must not read as one.
 */
import './languageNotice.css';
import { dominantScript, languageMismatch, type Script } from '../../engine/index';
import type { CorpusSource } from '../../contract/api';

export class LanguageNotice {
  private readonly element: HTMLElement;
  /** The priors' sources last seen, with their script: computed once per choice of priors, not at every keystroke. */
  private priors: { key: string; script: Script | null } = { key: '', script: null };

  constructor(panel: HTMLElement) {
    this.element = document.createElement('p');
    this.element.className = 'language-notice';
    this.element.dataset.testid = 'language-warning';
    this.element.setAttribute('role', 'alert');
    this.element.hidden = true;
    panel.prepend(this.element);
  }

  /** Shows or hides the warning for `draft` against `priors`. */
  update(draft: string, priors: readonly CorpusSource[]): void {
    const key = priors.map((prior) => prior.id).join('\u0000');
    if (key !== this.priors.key) this.priors = { key, script: dominantScript(priors.map((prior) => prior.source).join('\n')) };
    const mismatch = languageMismatch(draft, this.priors.script);
    this.element.hidden = mismatch === null;
    if (mismatch && this.element.textContent !== mismatch.message) this.element.textContent = mismatch.message;
  }
}
