/**
 * The precedent panel: a summary on top, one card per draft block in draft
 * order, then what the draft dropped from the latest statement, grouped by
 * section. Kept in step with the editor both ways.
 */
import { renderDiff, renderText } from './diffView';
import type { AnalysisResult, CardView, DroppedView, Quote } from '../worker/protocol';
import { PendingSection, type PendingActions } from './PendingSection';
import { cardShift, fateCountButtons } from './commitmentShifts';
import { alsoLine } from './alsoLine';
import { SIMILARITY_MEANING } from '../ui/similarity';
import { keepCardsClearOfSummary } from './stickySummary';
import { AgreedShare } from './AgreedShare';
import { CardGroups } from './CardGroups';

export interface PanelActions extends PendingActions {
  reveal(card: CardView): void;
  insert(markdown: string): void;
  /** A prior block's wording, to tell a card's other precedents apart. */
  quote(prior: number, block: number): Quote | null;
}

/** New cards built at once, before the panel builds the rest between frames. */
const CARDS_AT_ONCE = 200;
/** Cards past which a list is kept in groups whose cards are made near the screen only (CardGroups); a statement has some 60 paragraphs, a long report 2,000. */
const GROUPED_FROM = 1_000;
/** The most of a block's text a card shows (the longest paragraph of the statements has some 2,000 characters). */
const CARD_CHARACTERS = 4_000;
/** The most commitments and fates a card lists (a statement's paragraph has at most a dozen; a pasted 1 MB paragraph had 30,000). */
const CARD_NOTES = 20;
/** How long one slice of card building may hold the page. */
const SLICE_MS = 8;

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
  private current: HTMLElement | null = null;
  private notice: HTMLElement | null = null;
  /** Counts the analyses shown, so that a slow one's remaining slices give way to a newer one. */
  private generation = 0;
  private list: HTMLOListElement | null = null;
  private summaryElement: HTMLElement | null = null;
  private droppedElement: HTMLElement | null = null;
  private droppedSignature = '';
  private summarySignature = '';
  /** Card elements by the look they show (see CardView.look). */
  private byLook = new Map<number, HTMLElement>();
  private readonly cardOf = new WeakMap<HTMLElement, CardView>();
  /** A long document's cards (GROUPED_FROM or more), or null while the list is flat. */
  private groups: CardGroups | null = null;
  /** The cards shown, in draft order (a long document's card under the cursor may be in a group not yet made). */
  private shownCards: readonly CardView[] = [];
  /** The commitments of a fate (listed in the summary) and the drafting checks pending (below it). */
  private readonly pending: PendingSection;
  private readonly share = new AgreedShare();

  constructor(
    private readonly root: HTMLElement,
    private readonly actions: PanelActions,
  ) {
    root.dataset.testid = 'panel';
    root.setAttribute('role', 'complementary');
    root.setAttribute('aria-label', 'Precedents of the draft');
    this.pending = new PendingSection(actions);
  }

  /**
   * Shows an analysis, then calls `shown`. Cards whose look did not change
   * keep their element (a keystroke changes one card of a hundred; rebuilding
   * every card cost 40 ms a keystroke on a 10,000-word draft). Many new cards
   * are built a slice at a time between frames, so typing goes on meanwhile;
   * a long document's are made only near the screen (CardGroups). A newer
   * analysis takes over from a slow one, and its `shown` is never called.
   */
  show(result: AnalysisResult, shown: () => void = () => {}): void {
    const generation = ++this.generation;
    if (this.notice) this.notice.hidden = true;
    const { agreedShare, ...counts } = result.summary;
    const summarySignature = JSON.stringify([counts, result.priors]);
    this.share.show(agreedShare);
    if (summarySignature !== this.summarySignature) {
      const summary = this.summary(result);
      if (this.summaryElement) this.summaryElement.replaceWith(summary);
      else this.root.prepend(summary);
      this.summaryElement = summary;
      keepCardsClearOfSummary(this.root, summary);
      this.summarySignature = summarySignature;
    }
    if (this.pending.element.previousElementSibling !== this.summaryElement) this.summaryElement!.after(this.pending.element);
    this.pending.show(result);
    // A long document's cards are put in place from a task of their own, apart from the analysis's arrival (its cards
    // decoded): the bookkeeping of 10,000 cards and their first slice added some 30 ms to that task.
    if (result.cards.length < GROUPED_FROM) this.placeCards(result, generation, shown);
    else setTimeout(() => generation === this.generation && this.placeCards(result, generation, shown), 0);
  }

  /** Puts the cards of `result` in the list, slice by slice, until a newer analysis (`generation`) comes; then calls `shown`. */
  private placeCards(result: AnalysisResult, generation: number, shown: () => void): void {
    const list = (this.list ??= this.root.appendChild(this.cardListElement()));
    const previous = this.byLook;
    this.byLook = new Map();
    this.cards = new Map();
    this.shownCards = result.cards;
    // Cards of the last analysis that this one does not show go at once; the rest are put in order slice by slice.
    const looks = new Set(result.cards.map((card) => card.look));
    const stale = new Set<HTMLElement>();
    const staleByBlock = new Map<number, HTMLElement>();
    for (const [look, item] of previous) {
      if (looks.has(look)) continue;
      stale.add(item);
      const block = this.cardOf.get(item)?.block;
      if (block !== undefined) staleByBlock.set(block, item);
      previous.delete(look);
    }
    // A card that shows something new for a block whose card goes is drawn again in that card's element, where it
    // stands: a keystroke changes its block's card, and removing a laid-out card (content-visibility: auto) and
    // putting a new one in its place cost more than the card itself.
    const redrawn = new Map<number, HTMLElement>();
    for (const card of result.cards) {
      const item = previous.has(card.look) ? undefined : staleByBlock.get(card.block);
      if (!item) continue;
      redrawn.set(card.look, item);
      staleByBlock.delete(card.block);
      stale.delete(item);
    }
    let built = 0;
    /** The element of a card: the one that showed it, or one made (drawn again in its block's former card where there is one). */
    const element = (card: CardView): HTMLElement => {
      let item = previous.get(card.look);
      if (item) previous.delete(card.look);
      else {
        item = this.card(card, result, redrawn.get(card.look));
        built++;
      }
      // Written only when it changes: set on every card, it was 150 attribute writes a keystroke.
      if (this.cardOf.get(item)?.block !== card.block) item.dataset.block = String(card.block);
      this.cardOf.set(item, card);
      this.byLook.set(card.look, item);
      this.cards.set(card.block, item);
      return item;
    };
    const finish = () => {
      this.showDropped(result);
      if (this.highlighted !== null) this.highlight(this.highlighted, false);
      shown();
    };
    if (result.cards.length >= GROUPED_FROM) {
      // The groups on screen follow the cards: those of the last analysis left in them go as they are passed.
      if (!this.groups) {
        removeChildren(list, new Set(list.children));
        this.groups = new CardGroups(list, this.root);
      }
      this.groups.show(result.cards, element, this.current);
      // The dropped list, below every group, from a task of its own: with the groups' first cards, it held the page some 10-45 ms longer.
      setTimeout(() => generation === this.generation && finish(), 0);
      return;
    }
    if (this.groups) {
      this.groups.clear();
      this.groups = null;
    }
    removeChildren(list, stale);
    const placer = new OrderedPlacer(list);
    let placed = 0;
    const placeSlice = (): boolean => {
      const deadline = performance.now() + SLICE_MS;
      const start = placed;
      while (placed < result.cards.length) {
        if (built >= CARDS_AT_ONCE && placed > start && performance.now() > deadline) return false;
        placer.place(element(result.cards[placed]));
        placed++;
      }
      return true;
    };
    const run = () => {
      if (generation !== this.generation) return;
      const done = placeSlice();
      if (!done) {
        setTimeout(run, 0);
        return;
      }
      placer.finish();
      finish();
    };
    run();
  }

  private showDropped(result: AnalysisResult): void {
    const droppedSignature = JSON.stringify([result.dropped, result.droppedCommitments, result.priors, result.latestPrior]);
    if (droppedSignature === this.droppedSignature) return;
    const dropped = this.droppedList(result);
    if (this.droppedElement) this.droppedElement.replaceWith(dropped);
    else this.root.append(dropped);
    this.droppedElement = dropped;
    this.droppedSignature = droppedSignature;
  }

  /** A word to the user above the cards (an analysis stopped); cleared by the next analysis shown. */
  showNotice(message: string): void {
    this.notice ??= this.root.insertBefore(element('p', 'notice'), this.list);
    this.notice.setAttribute('role', 'status');
    this.notice.textContent = message;
    this.notice.hidden = false;
  }

  /** Marks the card of the block under the cursor, scrolling it into view when asked. */
  highlight(block: number | null, scroll = true): void {
    if (block !== null && !this.cards.has(block)) this.groups?.makeAt(positionOf(this.shownCards, block));
    const card = (block === null ? undefined : this.cards.get(block)) ?? null;
    this.highlighted = block;
    // Typing moves the cursor at every keystroke: scroll (a forced layout of the panel) only when the card changes.
    if (card === this.current) return;
    this.current?.classList.remove('current');
    this.current = card;
    card?.classList.add('current');
    if (card && scroll) card.scrollIntoView({ block: 'nearest' });
  }

  private summary(result: AnalysisResult): HTMLElement {
    const { summary } = result;
    const box = element('section', 'summary');
    box.dataset.testid = 'summary';
    box.setAttribute('aria-label', 'Summary');
    const counts = element('p', 'counts');
    for (const [status, count] of [['carried', summary.carried], ['revised', summary.revised], ['new', summary.new]] as const) {
      const badge = element('span', `badge badge-${status}`, `${count} ${status}`);
      counts.append(badge);
    }
    // The dropped list stands below every card: its count takes the reader there.
    const dropped = element('button', 'badge badge-dropped', `${summary.dropped} dropped`);
    dropped.type = 'button';
    dropped.dataset.testid = 'summary-dropped';
    dropped.title = 'Show what the draft dropped from the latest statement';
    dropped.addEventListener('click', () => {
      this.droppedElement?.scrollIntoView({ block: 'start' });
      this.droppedElement?.focus({ preventScroll: true });
    });
    counts.append(dropped);
    const fates = element('p', 'counts fates', `Commitments of ${result.latestPrior === null ? 'the latest statement' : result.priors[result.latestPrior].date.slice(0, 4)}:`);
    fates.append(...fateCountButtons(summary, (fate) => this.pending.choose(fate)));
    const years = result.priors.map((p) => p.date.slice(0, 4) || p.title);
    const priors = element('p', 'priors', years.length > 0 ? `Against the statements of ${years.join(', ')} (View › Toggle priors)` : 'No prior statement chosen (View › Toggle priors)');
    priors.title = result.priors.map((p) => p.title).join('\n');
    box.append(counts, fates, this.share.text, this.share.meter, priors, this.pending.fateList);
    return box;
  }

  private cardListElement(): HTMLOListElement {
    const list = element('ol', 'cards');
    list.setAttribute('aria-label', 'Paragraphs of the draft');
    // One listener for all cards: a card's element outlives many analyses, its block index does not.
    const reveal = (target: EventTarget | null) => {
      const item = (target as HTMLElement | null)?.closest<HTMLElement>('[data-testid=block-card]');
      const card = item ? this.cardOf.get(item) : undefined;
      if (card) this.actions.reveal(card);
    };
    list.addEventListener('click', (event) => reveal(event.target));
    // A long document's groups skip their rendering while off screen (content-visibility: auto); the page says when one comes near it.
    list.addEventListener(
      'contentvisibilityautostatechange',
      (event) => {
        if (event.target instanceof Element) this.groups?.laidOut(event.target, (event as Event & { skipped: boolean }).skipped);
      },
      { capture: true },
    );
    list.addEventListener('focusin', (event) => {
      if (event.target instanceof Element) this.groups?.focused(event.target);
    });
    list.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        reveal(event.target);
      }
    });
    return list;
  }

  /** A card's element (drawn again in `redrawn`, an element that showed its block). */
  private card(card: CardView, result: AnalysisResult, redrawn?: HTMLElement): HTMLElement {
    const item = redrawn ?? element('li');
    item.className = `card card-${card.status}${item === this.current ? ' current' : ''}`;
    item.replaceChildren();
    item.dataset.testid = 'block-card';
    item.dataset.status = card.status;
    item.tabIndex = 0;
    item.setAttribute('aria-label', `${STATUS_LABEL[card.status]}: ${card.text.slice(0, 80)}`);
    this.fill(item, card, result);
    return item;
  }

  private fill(item: HTMLElement, card: CardView, result: AnalysisResult): void {
    const head = element('div', 'card-head');
    head.append(element('span', `status status-${card.status}`, STATUS_LABEL[card.status]));
    const precedent = card.precedents[0];
    if (precedent) {
      const prior = result.priors[precedent.prior];
      const source = head.appendChild(element('span', 'source', `${prior.date.slice(0, 4)} · ${precedent.score.toFixed(2)}`));
      source.title = SIMILARITY_MEANING;
      head.title = prior.title;
    }
    const shift = cardShift(card, result.latestPrior);
    if (shift) head.insertBefore(shift, head.children[1] ?? null);
    item.append(head);
    // Why: a reader checks the label in seconds.
    const reason = element('p', 'reason', card.reason);
    reason.dataset.testid = 'card-reason';
    item.append(reason);
    item.append(card.status === 'new' ? renderText(card.text, 'text', CARD_CHARACTERS) : renderDiff(card.diff, CARD_CHARACTERS));
    if (card.precedents.length > 1) {
      item.append(alsoLine(card.precedents.slice(1), result, this.actions.quote));
    }
    // Only the notes shown are written out (a pasted 1 MB paragraph had 30,000 commitments).
    const noteCount = card.commitments.length + card.fates.length;
    const notes: Array<[string, string]> = [
      ...card.commitments.slice(0, CARD_NOTES).map((c): [string, string] => [`note-commitment note-${c.firmness}`, `${c.firmness === 'firm' ? 'Firm' : 'Tentative'}: “${c.marker}”`]),
      ...card.fates.slice(0, CARD_NOTES).map((f): [string, string] => [`fate fate-${f.fate}`, `${f.fate}${f.markerChanged ? ' in another marker' : ''} (${result.priors[f.prior].date.slice(0, 4)}): “${f.marker}”${f.draftMarker && (f.fate !== 'restated' || f.markerChanged) ? ` → “${f.draftMarker}”` : ''}`]),
    ].slice(0, CARD_NOTES);
    if (noteCount > 0) {
      const ul = element('ul', 'notes');
      ul.append(...notes.map(([className, text]) => element('li', className, text)));
      if (noteCount > CARD_NOTES) ul.append(element('li', 'clipped', `… and ${(noteCount - CARD_NOTES).toLocaleString('en')} more`));
      item.append(ul);
    }
  }

  private droppedList(result: AnalysisResult): HTMLElement {
    const box = element('section', 'dropped');
    box.dataset.testid = 'dropped-list';
    box.tabIndex = -1;
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
      box.append(element('h3', undefined, section), this.droppedItems(items.map((d) => ({ text: d.text, about: d.about, markdown: d.markdown, notes: d.commitments.map((c) => [c.firmness, `Commitment dropped (${c.firmness}): “${c.marker}”`] as const) }))));
    }
    if (result.droppedCommitments.length > 0) {
      box.append(
        element('h3', undefined, 'Commitments no longer in the draft'),
        this.droppedItems(result.droppedCommitments.map((c) => ({ text: `(${c.firmness}) ${c.sentence}`, markdown: c.sentence, notes: [] }))),
      );
    }
    return box;
  }

  /** Dropped paragraphs or commitments, each with its notes and a button that puts it back at the cursor. */
  private droppedItems(items: ReadonlyArray<{ text: string; about?: string; markdown: string; notes: ReadonlyArray<readonly [string, string]> }>): HTMLElement {
    const list = element('ul');
    for (const { text, about, markdown, notes } of items) {
      const item = element('li', 'dropped-item');
      item.dataset.testid = 'dropped-item';
      if (about) {
        const label = element('p', 'about', `About: ${about}`);
        label.dataset.testid = 'dropped-about';
        item.append(label);
      }
      item.append(element('p', 'text', text));
      for (const [firmness, note] of notes) item.append(element('p', `note-commitment note-${firmness}`, note));
      const insert = element('button', 'insert', 'Insert at cursor');
      insert.type = 'button';
      insert.setAttribute('aria-label', `Insert at cursor: ${text.slice(0, 60)}`);
      insert.addEventListener('click', () => this.actions.insert(markdown));
      item.append(insert);
      list.append(item);
    }
    return list;
  }
}

/**
 * Puts items in a list in order, one after the other, moving only what is
 * out of place: a keystroke replaces one card of a hundred, and re-inserting
 * them all made the page restyle every card (1.7 ms a keystroke on a
 * 10,000-word draft). Each item costs the same however many came before,
 * so cards placed slice by slice cost in all what they would at once.
 */
class OrderedPlacer {
  /** The card that the next item should be. */
  private next: Element | null;

  constructor(private readonly list: HTMLElement) {
    this.next = list.firstElementChild;
  }

  place(item: HTMLElement): void {
    if (item === this.next) this.next = item.nextElementSibling;
    else if (this.next) this.list.insertBefore(item, this.next);
    else this.list.append(item);
  }

  /** Removes what is left after the items placed (cards of an analysis given way to). */
  finish(): void {
    const rest = new Set<Element>();
    for (let card = this.next; card; card = card.nextElementSibling) rest.add(card);
    removeChildren(this.list, rest);
    this.next = null;
  }
}

/** Where the card of `block` stands among `cards` (in draft order), or -1. */
function positionOf(cards: readonly CardView[], block: number): number {
  let [low, high] = [0, cards.length - 1];
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (cards[middle].block === block) return middle;
    if (cards[middle].block < block) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** Stale cards past which the list is hidden while they are removed. */
const MANY_STALE = 500;

/**
 * Removes `stale` children of `list`. A card (content-visibility: auto, which
 * keeps 10,000 cards' styling and layout cheap) is slow to remove while laid
 * out: 10,000 took 1.3 s one by one or at once. Hidden first, the list lets
 * them go in some 100 ms in all.
 */
function removeChildren(list: HTMLElement, stale: ReadonlySet<Element>): void {
  if (stale.size < MANY_STALE) {
    for (const child of stale) child.remove();
    return;
  }
  list.hidden = true;
  // Styled hidden now, so that the cards have no layout left when removed.
  void list.offsetHeight;
  for (const child of stale) child.remove();
  list.hidden = false;
}
