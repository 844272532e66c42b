/**
 * The precedent panel: a summary on top, one card per draft block in draft
 * order, then what the draft dropped from the latest statement, grouped by
 * section. Kept in step with the editor both ways.
 */
import { renderDiff } from './diffView';
import type { AnalysisResult, CardView, DroppedView } from '../worker/protocol';

export interface PanelActions {
  reveal(card: CardView): void;
  insert(markdown: string): void;
}

const STATUS_LABEL = { carried: 'Carried over', revised: 'Revised', new: 'New' } as const;
const element = <K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
};

export class Panel {
  private cards = new Map<number, HTMLElement>();
  private highlighted: number | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly actions: PanelActions,
  ) {
    root.dataset.testid = 'panel';
    root.setAttribute('role', 'complementary');
    root.setAttribute('aria-label', 'Precedents of the draft');
  }

  show(result: AnalysisResult): void {
    const scroll = this.root.scrollTop;
    this.root.replaceChildren(this.summary(result), this.cardList(result), this.droppedList(result));
    this.root.scrollTop = scroll;
    if (this.highlighted !== null) this.highlight(this.highlighted, false);
  }

  /** Marks the card of the block under the cursor, scrolling it into view when asked. */
  highlight(block: number | null, scroll = true): void {
    if (this.highlighted !== null) this.cards.get(this.highlighted)?.classList.remove('current');
    this.highlighted = block;
    const card = block === null ? undefined : this.cards.get(block);
    card?.classList.add('current');
    if (card && scroll) card.scrollIntoView({ block: 'nearest' });
  }

  private summary(result: AnalysisResult): HTMLElement {
    const { summary } = result;
    const box = element('section', 'summary');
    box.dataset.testid = 'summary';
    box.setAttribute('aria-label', 'Summary');
    const counts = element('p', 'counts');
    for (const [status, count] of [['carried', summary.carried], ['revised', summary.revised], ['new', summary.new], ['dropped', summary.dropped]] as const) {
      const badge = element('span', `badge badge-${status}`, `${count} ${status}`);
      counts.append(badge);
    }
    const share = element('p', 'agreed', `${Math.round(summary.agreedShare * 100)}% of the draft’s words are agreed language`);
    const meter = element('meter');
    meter.value = summary.agreedShare;
    meter.setAttribute('aria-label', 'Share of agreed language');
    const years = result.priors.map((p) => p.date.slice(0, 4) || p.title);
    const priors = element('p', 'priors', years.length > 0 ? `Against the statements of ${years.join(', ')} (View › Toggle priors)` : 'No prior statement chosen (View › Toggle priors)');
    priors.title = result.priors.map((p) => p.title).join('\n');
    box.append(counts, share, meter, priors);
    return box;
  }

  private cardList(result: AnalysisResult): HTMLElement {
    const list = element('ol', 'cards');
    list.setAttribute('aria-label', 'Paragraphs of the draft');
    this.cards = new Map();
    for (const card of result.cards) {
      const item = element('li', `card card-${card.status}`);
      item.dataset.testid = 'block-card';
      item.dataset.status = card.status;
      item.dataset.block = String(card.block);
      item.tabIndex = 0;
      item.setAttribute('aria-label', `${STATUS_LABEL[card.status]}: ${card.text.slice(0, 80)}`);
      const head = element('div', 'card-head');
      head.append(element('span', `status status-${card.status}`, STATUS_LABEL[card.status]));
      const precedent = card.precedents[0];
      if (precedent) {
        const prior = result.priors[precedent.prior];
        head.append(element('span', 'source', `${prior.date.slice(0, 4)} · ${precedent.score.toFixed(2)}`));
        head.title = prior.title;
      }
      item.append(head);
      item.append(card.status === 'new' ? element('p', 'text', card.text) : renderDiff(card.diff));
      if (card.precedents.length > 1) {
        item.append(element('p', 'also', `Also: ${card.precedents.slice(1).map((p) => `${result.priors[p.prior].date.slice(0, 4)} (${p.score.toFixed(2)})`).join(', ')}`));
      }
      const notes = [
        ...card.commitments.map((c) => element('li', `commitment commitment-${c.firmness}`, `${c.firmness === 'firm' ? 'Firm' : 'Tentative'}: “${c.marker}”`)),
        ...card.fates.map((f) => element('li', `fate fate-${f.fate}`, `${f.fate} (${result.priors[f.prior].date.slice(0, 4)}): “${f.marker}”`)),
      ];
      if (notes.length > 0) {
        const ul = element('ul', 'notes');
        ul.append(...notes);
        item.append(ul);
      }
      item.addEventListener('click', () => this.actions.reveal(card));
      item.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          this.actions.reveal(card);
        }
      });
      this.cards.set(card.block, item);
      list.append(item);
    }
    return list;
  }

  private droppedList(result: AnalysisResult): HTMLElement {
    const box = element('section', 'dropped');
    box.dataset.testid = 'dropped-list';
    const latest = result.latestPrior === null ? null : result.priors[result.latestPrior];
    box.setAttribute('aria-label', 'Dropped since the latest statement');
    box.append(element('h2', undefined, `Dropped since the latest statement${latest ? ` (${latest.date.slice(0, 4)})` : ''}`));
    if (result.dropped.length === 0 && result.droppedCommitments.length === 0) {
      box.append(element('p', 'empty', 'Nothing: the draft continues every paragraph of the latest statement.'));
      return box;
    }
    const bySection = new Map<string, DroppedView[]>();
    for (const dropped of result.dropped) {
      const section = dropped.section.slice(1).join(' › ') || dropped.section[0] || 'Opening';
      bySection.set(section, [...(bySection.get(section) ?? []), dropped]);
    }
    for (const [section, items] of bySection) {
      box.append(element('h3', undefined, section));
      const list = element('ul');
      for (const dropped of items) {
        const item = element('li', 'dropped-item');
        item.dataset.testid = 'dropped-item';
        item.append(element('p', 'text', dropped.text));
        for (const c of dropped.commitments) item.append(element('p', `commitment commitment-${c.firmness}`, `Commitment dropped (${c.firmness}): “${c.marker}”`));
        const insert = element('button', 'insert', 'Insert at cursor');
        insert.type = 'button';
        insert.setAttribute('aria-label', `Insert at cursor: ${dropped.text.slice(0, 60)}`);
        insert.addEventListener('click', () => this.actions.insert(dropped.markdown));
        item.append(insert);
        list.append(item);
      }
      box.append(list);
    }
    for (const c of result.droppedCommitments) {
      const item = element('li', 'dropped-item dropped-commitment');
      item.dataset.testid = 'dropped-item';
      item.append(element('p', 'text', `Commitment no longer in the draft (${c.firmness}): ${c.sentence}`));
      const insert = element('button', 'insert', 'Insert at cursor');
      insert.type = 'button';
      insert.addEventListener('click', () => this.actions.insert(c.sentence));
      item.append(insert);
      box.append(item);
    }
    return box;
  }
}
