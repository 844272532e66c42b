/**
 * Cards on their way from the worker to the page. A keystroke changes one
 * card of a hundred, yet every card moves (its offsets shift): a card the
 * page already holds goes as its look and new position only, so a result of
 * 228 KB on a 10,000-word draft shrinks to a few, and the page clones,
 * collects and compares that much less in the keystroke's critical path.
 * Results arrive in the order they are posted, so both sides keep the cards
 * of the previous result as the reference.
 */
import type { CardView, PostedCard, SeenCard } from './protocol';

/** The worker's side: which looks the page holds. */
export class CardEncoder {
  private seen = new Set<number>();

  encode(cards: readonly CardView[]): Array<PostedCard | SeenCard> {
    const wire = cards.map((card): PostedCard | SeenCard => (this.seen.has(card.look) ? { look: card.look, block: card.block, start: card.start, end: card.end } : posted(card)));
    this.seen = new Set(cards.map((card) => card.look));
    return wire;
  }
}

/** The page's side: the cards of the previous result, by look. */
export class CardDecoder {
  private byLook = new Map<number, CardView>();

  /** `lookOffset` sets this worker's looks apart from an earlier worker's (each numbers its own from 1). */
  constructor(private readonly lookOffset = 0) {}

  decode(wire: ReadonlyArray<PostedCard | SeenCard>): CardView[] {
    const cards = wire.map((entry) => {
      if ('text' in entry) return received(entry, this.lookOffset);
      const seen = this.byLook.get(entry.look + this.lookOffset);
      if (!seen) throw new Error(`card look ${entry.look} was never sent`);
      // Where it stood (a long document's complete analysis, its 10,000 cards as they were): the card as it was, not a copy.
      if (entry.block === seen.block && entry.start === seen.start && entry.end === seen.end) return seen;
      // The block moved with the edits before it: its commitments moved with it.
      const shift = entry.start - seen.start;
      return {
        ...seen,
        block: entry.block,
        start: entry.start,
        end: entry.end,
        commitments: shift === 0 ? seen.commitments : seen.commitments.map((c) => ({ ...c, start: c.start + shift, end: c.end + shift })),
      };
    });
    this.byLook = new Map(cards.map((card) => [card.look, card]));
    return cards;
  }
}

/**
 * A card whole, without the parts it holds nothing in: the empty lists, no
 * agreed wording, and a new block's diff (its own text added). Opening
 * 10,000 one-line paragraphs posted 10,000 new cards, each with five empty
 * or plain parts the page took apart again: copying the result from the
 * worker to the page took twice as long with them.
 */
function posted(card: CardView): PostedCard {
  const wire: PostedCard = { look: card.look, block: card.block, start: card.start, end: card.end, text: card.text, status: card.status, reason: card.reason };
  if (card.section.length > 0) wire.section = card.section;
  if (card.precedents.length > 0) wire.precedents = card.precedents;
  if (card.agreedWording !== null) wire.agreedWording = card.agreedWording;
  if (!isOwnText(card)) wire.diff = card.diff;
  if (card.commitments.length > 0) wire.commitments = card.commitments;
  if (card.fates.length > 0) wire.fates = card.fates;
  return wire;
}

/** Whether a card's diff is its own text, added (a new block's). */
const isOwnText = (card: CardView): boolean => card.diff.length === 1 && card.diff[0][0] === 1 && card.diff[0][1] === card.text;

/** The card a posted card stands for, its look set apart by `lookOffset`. */
function received(card: PostedCard, lookOffset: number): CardView {
  return {
    look: card.look + lookOffset,
    block: card.block,
    start: card.start,
    end: card.end,
    text: card.text,
    section: card.section ?? [],
    status: card.status,
    precedents: card.precedents ?? [],
    agreedWording: card.agreedWording ?? null,
    reason: card.reason,
    diff: card.diff ?? [[1, card.text]],
    commitments: card.commitments ?? [],
    fates: card.fates ?? [],
  };
}
