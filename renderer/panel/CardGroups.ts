/**
 * A long document's cards, in groups of GROUP_SIZE in draft order, each
 * group's cards made only while it is near the screen. The list holds a
 * group element for every GROUP_SIZE cards (its height, until its cards are
 * made, an estimate), so the panel scrolls over the whole document from the
 * start; a group's cards are made when it comes near the screen (the page
 * tells it, content-visibility: auto) or when one of them is asked for (the
 * card under the cursor). Opening 10,000 one-line paragraphs made 10,000
 * card elements, bare, a slice at a time: about a second of the page's work
 * after the analysis arrived (each card made, styled, laid out and told of
 * as it came near the screen, or not), most of the time from the analysis's
 * arrival to every card shown. Now it makes the few groups on screen.
 *
 * Groups off the screen when a new analysis arrives give their cards up:
 * only the groups on screen follow each analysis, card by card, so a
 * keystroke's work does not grow with how far the reader has scrolled. A
 * group the page still lays out keeps its cards, however far it is: the
 * page tells a group's coming near the screen only when it was not laid
 * out, and a group given up while laid out would have stayed empty when
 * the reader scrolled to it. So does the group of the card under the
 * cursor or of the card with the keyboard focus.
 */
import type { CardView } from '../worker/protocol';

/** Cards a group holds: about 4,000 px of one-line cards, made in a few milliseconds. */
export const GROUP_SIZE = 50;
/** The height a card not yet made is taken to have (a one-line paragraph's card). */
const CARD_HEIGHT_PX = 100;

interface Group {
  element: HTMLLIElement;
  cards: HTMLOListElement;
  made: boolean;
  /** The page lays it out (near the screen, as its contentvisibilityautostatechange last said). */
  laidOut: boolean;
}

/** The card element of a card of the latest analysis: kept from the last one, or made (and remembered as its card's). */
export type CardElement = (card: CardView) => HTMLElement;

export class CardGroups {
  private groups: Group[] = [];
  private readonly byElement = new WeakMap<Element, Group>();
  private shown: readonly CardView[] = [];
  private element: CardElement = () => {
    throw new Error('no analysis shown');
  };

  constructor(
    private readonly list: HTMLOListElement,
    /** The element that scrolls the list (the panel). */
    private readonly scroller: HTMLElement,
  ) {}

  /**
   * Shows the cards of a new analysis: the groups on screen follow it card by
   * card (each card's element from `element`), the others give their cards
   * up, and the groups that come on screen are made.
   */
  show(cards: readonly CardView[], element: CardElement, current: Element | null = null): void {
    // Measured only when a group has cards to give up: a first long document's groups are measured once made (makeOnScreen).
    const onScreen = this.groups.some((group) => group.made) ? this.onScreen() : { near: new Set<number>(), heights: [] };
    for (const held of [current, document.activeElement]) {
      const group = held?.parentElement ? this.byElement.get(held.parentElement) : undefined;
      if (group) onScreen.near.add(this.groups.indexOf(group));
    }
    this.shown = cards;
    this.element = element;
    const count = Math.ceil(cards.length / GROUP_SIZE);
    for (const group of this.groups.splice(count)) group.element.remove();
    while (this.groups.length < count) this.groups.push(this.newGroup());
    this.groups.forEach((group, i) => {
      if (!group.made) this.estimate(group, i);
      else if (onScreen.near.has(i) || group.laidOut) this.follow(group, i);
      else {
        group.cards.replaceChildren();
        group.made = false;
        // Its height as last laid out, so that what is on screen stays where it is.
        group.element.style.height = `${onScreen.heights[i]}px`;
      }
    });
    this.makeOnScreen();
  }

  /** Makes the cards of the group of the card at `position` (a card asked for, such as the one under the cursor). */
  makeAt(position: number): void {
    const group = this.groups[Math.floor(position / GROUP_SIZE)];
    if (group && !group.made) this.make(group, this.groups.indexOf(group));
  }

  /** The page's contentvisibilityautostatechange on `target`: a group that came near the screen has its cards made. */
  laidOut(target: Element, skipped: boolean): void {
    const group = this.byElement.get(target);
    if (!group || group.element !== target) return;
    group.laidOut = !skipped;
    if (!skipped && !group.made) this.make(group, this.groups.indexOf(group));
  }

  /** A card got the keyboard focus: the groups before and after its own are made, so Tab and Shift+Tab go on from card to card. */
  focused(card: Element): void {
    const group = card.parentElement ? this.byElement.get(card.parentElement) : undefined;
    if (!group) return;
    const i = this.groups.indexOf(group);
    for (const j of [i - 1, i + 1]) if (this.groups[j] && !this.groups[j].made) this.make(this.groups[j], j);
  }

  /** Takes every group out of the list (it shows a short draft again). */
  clear(): void {
    for (const group of this.groups) group.element.remove();
    this.groups = [];
    this.shown = [];
  }

  private newGroup(): Group {
    const element = document.createElement('li');
    element.className = 'card-group';
    element.setAttribute('role', 'none');
    const cards = element.appendChild(document.createElement('ol'));
    cards.setAttribute('role', 'none');
    const group = { element, cards, made: false, laidOut: false };
    this.byElement.set(element, group);
    this.byElement.set(cards, group);
    this.list.append(element);
    return group;
  }

  private range(i: number): readonly CardView[] {
    return this.shown.slice(i * GROUP_SIZE, (i + 1) * GROUP_SIZE);
  }

  private estimate(group: Group, i: number): void {
    group.element.style.height = `${this.range(i).length * CARD_HEIGHT_PX}px`;
  }

  private make(group: Group, i: number): void {
    const cards = this.range(i);
    group.cards.replaceChildren(...cards.map(this.element));
    group.made = true;
    group.element.style.height = '';
    // Off screen before the page lays it out (made for the keyboard or the cursor), it keeps about its height.
    group.element.style.containIntrinsicSize = `auto ${cards.length * CARD_HEIGHT_PX}px`;
  }

  /** Puts the group's cards in place, moving only those out of place; the elements left over go. */
  private follow(group: Group, i: number): void {
    let next = group.cards.firstElementChild;
    for (const card of this.range(i)) {
      const item = this.element(card);
      if (item === next) next = item.nextElementSibling;
      else group.cards.insertBefore(item, next);
    }
    while (next) {
      const after = next.nextElementSibling;
      next.remove();
      next = after;
    }
  }

  /**
   * Makes the groups on screen: all those found at each measure, then
   * measures again (a made group moves those below it). One group at a
   * time, each measure laid the panel out again: some 20-60 ms of opening a
   * long document went to the page laying out the panel to answer it.
   */
  private makeOnScreen(): void {
    for (;;) {
      const unmade = [...this.onScreen().near].filter((at) => !this.groups[at].made);
      if (unmade.length === 0) return;
      for (const i of unmade) this.make(this.groups[i], i);
    }
  }

  /**
   * The groups on screen or within half a screen of it (as near as the page
   * lays out content-visibility: auto), with their heights. A panel not on
   * screen (hidden) has every made group counted on it, so none gives up
   * its cards for want of a screen.
   */
  private onScreen(): { near: Set<number>; heights: number[] } {
    const view = this.scroller.getBoundingClientRect();
    const near = new Set<number>();
    if (view.height === 0) {
      this.groups.forEach((group, i) => group.made && near.add(i));
      return { near, heights: [] };
    }
    const margin = view.height / 2;
    const heights = this.groups.map((group, i) => {
      const box = group.element.getBoundingClientRect();
      if (box.bottom >= view.top - margin && box.top <= view.bottom + margin) near.add(i);
      return box.height;
    });
    return { near, heights };
  }
}
