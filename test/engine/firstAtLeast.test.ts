import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstAtLeast, firstAtLeastIn } from '../../engine/firstAtLeast';

describe('the first position at least a value, in a sorted run', () => {
  it('is where a scan from the start of the run stops, for any run and any value', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -50, max: 50 })), fc.integer({ min: -60, max: 60 }), fc.nat(), fc.nat(), (values, target, a, b) => {
        const sorted = values.sort((x, y) => x - y);
        const [low, high] = [Math.min(a, b) % (sorted.length + 1), Math.max(a, b) % (sorted.length + 1)].sort((x, y) => x - y);
        let scan = low;
        while (scan < high && sorted[scan] < target) scan++;
        expect(firstAtLeast((i) => sorted[i], low, high, target)).toBe(scan);
        expect(firstAtLeastIn(Int32Array.from(sorted), low, high, target)).toBe(scan);
      }),
    );
  });
});
