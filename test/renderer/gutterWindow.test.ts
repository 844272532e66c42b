import { describe, expect, it } from 'vitest';
import { blocksBetween, spanCovers, type Placed } from '../../renderer/editor/gutterWindow';

/** Blocks of ten characters with two between them (a blank line): [0, 10), [12, 22), [24, 34), [36, 46). */
const blocks: Placed[] = [0, 12, 24, 36].map((start) => ({ start, end: start + 10 }));

describe('the blocks marked in the gutter, near the screen', () => {
  it.each([
    ['the lines of one block', 2, 8, [0, 1]],
    ['from a blank line to the middle of a later block', 11, 30, [1, 3]],
    ['a span that starts where a block ends takes it in', 22, 23, [1, 2]],
    ['a line that ends where a block ends takes it in', 10, 11, [0, 1]],
    ['a span that ends where a block starts takes it in', 11, 24, [1, 3]],
    ['the whole draft', 0, 46, [0, 4]],
    ['past the last block, none', 47, 60, [4, 4]],
    ['no block, none', 0, 10, [0, 0], []],
  ] as Array<[string, number, number, [number, number], Placed[]?]>)('%s', (_story, start, end, span, of = blocks) => {
    expect(blocksBetween(of, start, end)).toEqual(span);
  });

  it.each([
    ['the same span', [2, 5], [2, 5], true],
    ['a span within', [2, 9], [3, 4], true],
    ['one block past its end', [2, 5], [3, 6], false],
    ['one block before its start', [2, 5], [1, 3], false],
    ['an empty span within', [2, 5], [4, 4], true],
  ] as const)('covers: %s', (_story, outer, inner, covers) => {
    expect(spanCovers(outer, inner)).toBe(covers);
  });
});
