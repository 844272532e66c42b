/**
 * Cards on their way from the worker to the page. A keystroke changes one
 * card of a hundred, yet every card moves (its offsets shift): a card the
 * page already holds goes as its look and new position only, so a result of
 * 228 KB on a 10,000-word draft shrinks to a few, and the page clones,
 * collects and compares that much less in the keystroke's critical path.
 * Results arrive in the order they are posted, so both sides keep the cards
 * of the previous result as the reference.
 */
import type { CardView, SeenCard } from './protocol';

/** The worker's side: which looks the page holds. */
export class CardEncoder {
  private seen = new Set<number>();

  encode(cards: readonly CardView[]): Array<CardView | SeenCard> {
    const wire = cards.map((card): CardView | SeenCard => (this.seen.has(card.look) ? { look: card.look, block: card.block, start: card.start, end: card.end } : card));
    this.seen = new Set(cards.map((card) => card.look));
    return wire;
  }
}

/** The page's side: the cards of the previous result, by look. */
export class CardDecoder {
  private byLook = new Map<number, CardView>();

  /** `lookOffset` sets this worker's looks apart from an earlier worker's (each numbers its own from 1). */
  constructor(private readonly lookOffset = 0) {}

  decode(wire: ReadonlyArray<CardView | SeenCard>): CardView[] {
    const cards = wire.map((entry) => {
      if ('text' in entry) return this.lookOffset === 0 ? entry : { ...entry, look: entry.look + this.lookOffset };
      const seen = this.byLook.get(entry.look + this.lookOffset);
      if (!seen) throw new Error(`card look ${entry.look} was never sent`);
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
