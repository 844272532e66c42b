/**
 * What a drafter has to look at, listed in the panel: the commitments of one
 * fate, when its count is clicked (in the summary, which stays on screen),
 * and below the summary the drafting checks still pending, each with its
 * line. A click on an item goes to the text; the panel stays where it is, so
 * that the next item is at hand.
 */
import type { Fate } from '../../engine/index';
import { describeShift } from './commitmentShifts';
import type { AnalysisResult, CommitmentFateView } from '../worker/protocol';

export interface PendingActions {
  /** Moves the editor's cursor to a draft offset and focuses the editor, leaving the panel's scroll as it is. */
  goTo(offset: number): void;
  /** The editor's line of a draft offset. */
  lineOf(offset: number): number;
}

/** Checks listed at most: a long report pasted as a draft may hold hundreds of dates, and the list is built again as lines move. */
const CHECKS_SHOWN = 50;
/** The most of a prior sentence an item shows. */
const SENTENCE_SHOWN = 140;

const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

export class PendingSection {
  readonly element = element('section', 'pending');
  /** Shown in the summary: the panel puts it there whenever it builds the summary again. */
  readonly fateList = element('div', 'fate-list');
  private readonly checks = element('details', 'checks');
  private chosen: Fate | 'marker' | null = null;
  private result: AnalysisResult | null = null;
  private fateSignature = '';
  private checkSignature = '';

  constructor(private readonly actions: PendingActions) {
    this.element.setAttribute('aria-label', 'What to look at');
    this.fateList.dataset.testid = 'fate-list';
    this.fateList.hidden = true;
    this.checks.dataset.testid = 'checks';
    this.checks.open = true;
    this.element.append(this.checks);
  }

  /** Shows an analysis's checks, and the commitments of the fate chosen, if any, again. */
  show(result: AnalysisResult): void {
    this.result = result;
    this.showChecks(result);
    if (this.chosen !== null) this.showFates(this.chosen, false);
  }

  /** Lists the commitments of a fate (or restated in another marker) and, when asked, goes to the first placed in the draft. */
  choose(fate: Fate | 'marker'): void {
    this.chosen = fate;
    this.showFates(fate, true);
  }

  private showFates(fate: Fate | 'marker', go: boolean): void {
    const views = (this.result?.commitmentFates ?? []).filter((view) => (fate === 'marker' ? view.markerChanged : view.fate === fate));
    const signature = JSON.stringify([fate, views.map((v) => [v.sentence, v.start === null ? null : this.actions.lineOf(v.start), v.draftMarker])]);
    if (signature !== this.fateSignature) {
      this.fateSignature = signature;
      const latest = this.result?.latestPrior === null || !this.result ? null : this.result.priors[this.result.latestPrior];
      const heading = element('h2', undefined, `${fate === 'marker' ? 'Restated in another marker' : `Commitments ${fate}`}${latest ? ` (of ${latest.date.slice(0, 4)})` : ''}: ${views.length}`);
      const close = element('button', 'close', '×');
      close.type = 'button';
      close.setAttribute('aria-label', 'Close the list');
      close.addEventListener('click', () => {
        this.chosen = null;
        this.fateList.hidden = true;
      });
      heading.append(close);
      const list = element('ul');
      list.append(...views.map((view) => this.fateItem(view)));
      if (views.length === 0) list.append(element('li', 'empty', 'None.'));
      this.fateList.replaceChildren(heading, list);
    }
    this.fateList.hidden = false;
    const first = views.find((view) => view.start !== null);
    if (go && first) this.actions.goTo(first.start!);
  }

  private fateItem(view: CommitmentFateView): HTMLElement {
    const item = element('li', `fate-item fate-item-${view.fate}`);
    item.dataset.testid = 'fate-item';
    const sentence = view.sentence.length > SENTENCE_SHOWN ? `${view.sentence.slice(0, SENTENCE_SHOWN)}…` : view.sentence;
    const where = view.start === null ? 'not in the draft' : `line ${this.actions.lineOf(view.start)}`;
    const button = element('button', 'go', `${describeShift(view)} · ${where}`);
    button.type = 'button';
    button.disabled = view.start === null;
    if (view.start !== null) button.addEventListener('click', () => this.actions.goTo(view.start!));
    item.append(button, element('p', 'text', sentence));
    return item;
  }

  private showChecks(result: AnalysisResult): void {
    const shown = result.checks.slice(0, CHECKS_SHOWN);
    const lines = shown.map((check) => this.actions.lineOf(check.start));
    const signature = JSON.stringify([result.checks.length, shown.map((c) => [c.fact, c.text, c.message]), lines]);
    if (signature === this.checkSignature) return;
    this.checkSignature = signature;
    const count = element('summary', undefined, result.checks.length === 0 ? 'Drafting checks: none pending' : `Drafting checks: ${result.checks.length} pending`);
    count.dataset.testid = 'check-count';
    const list = element('ol');
    shown.forEach((check, i) => {
      const item = element('li', 'check-item');
      const button = element('button', 'go', `Line ${lines[i]} · ${check.fact}: “${check.text.length > 60 ? `${check.text.slice(0, 60)}…` : check.text}”`);
      button.type = 'button';
      button.dataset.testid = 'check-item';
      button.title = check.message;
      button.addEventListener('click', () => this.actions.goTo(check.start));
      item.append(button);
      list.append(item);
    });
    if (result.checks.length > shown.length) list.append(element('li', 'clipped', `… and ${(result.checks.length - shown.length).toLocaleString('en')} more`));
    this.checks.replaceChildren(count, list);
  }
}
