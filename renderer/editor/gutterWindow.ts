/**
 * Which blocks have their status mark in the gutter: those near the lines
 * on screen, not all. Monaco sorts every gutter decoration of the document
 * into lanes again in the frame after any of them changes: a long
 * document's 10,000 block marks, set a slice at a time while it opened, had
 * each slice's frame sort all those set so far (12-45 ms a frame of the
 * page's work, in the frames that held it longest), and each keystroke's
 * frame sort them all again. The gutter of lines off screen is never drawn,
 * so a mark there is set only when the reader comes near it.
 */

import { firstAtLeast } from '../../engine/firstAtLeast';

/** A block's place in the draft (offsets). */
export interface Placed {
  start: number;
  end: number;
}

/** Blocks [from, to) by position in `blocks` (in draft order). */
export type BlockSpan = readonly [from: number, to: number];

/**
 * The blocks that touch draft offsets [start, end]: from the first that ends
 * at or after `start` to the last that starts at or before `end`.
 */
export function blocksBetween(blocks: readonly Placed[], start: number, end: number): BlockSpan {
  // Offsets are whole numbers: "starts after end" is "starts at end + 1 or later".
  const from = firstAtLeast((i) => blocks[i].end, 0, blocks.length, start);
  const to = firstAtLeast((i) => blocks[i].start, 0, blocks.length, end + 1);
  return [from, Math.max(from, to)];
}

/** Whether `inner` lies within `outer`. */
export function spanCovers(outer: BlockSpan, inner: BlockSpan): boolean {
  return outer[0] <= inner[0] && inner[1] <= outer[1];
}
