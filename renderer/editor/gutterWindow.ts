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
  const from = firstWhere(blocks, (block) => block.end >= start);
  const to = firstWhere(blocks, (block) => block.start > end);
  return [from, Math.max(from, to)];
}

/** Whether `inner` lies within `outer`. */
export function spanCovers(outer: BlockSpan, inner: BlockSpan): boolean {
  return outer[0] <= inner[0] && inner[1] <= outer[1];
}

/** The first position whose block meets `test` (which holds from some position on), or the length. */
function firstWhere(blocks: readonly Placed[], test: (block: Placed) => boolean): number {
  let [low, high] = [0, blocks.length];
  while (low < high) {
    const middle = (low + high) >> 1;
    if (test(blocks[middle])) high = middle;
    else low = middle + 1;
  }
  return low;
}
