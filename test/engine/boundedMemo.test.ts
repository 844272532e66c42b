import { describe, expect, it } from 'vitest';
import { BoundedCache, boundedMemo } from '../../engine/boundedMemo';

describe('a bounded memo', () => {
  it('computes a key once while it is kept, and again once the memo was cleared at its limit', () => {
    const computed: string[] = [];
    const length = boundedMemo((key: string) => (computed.push(key), key.length), 3);
    expect([length('a'), length('bb'), length('a'), length('ccc'), length('bb')]).toEqual([1, 2, 1, 3, 2]);
    expect(computed).toEqual(['a', 'bb', 'ccc']);
    length('dddd'); // the fourth key: the memo is cleared, then keeps it
    expect(length('a')).toBe(1);
    expect(computed).toEqual(['a', 'bb', 'ccc', 'dddd', 'a']);
  });

  it('answers a value that is undefined, null or 0 as computed', () => {
    const cache = new BoundedCache<number | null | undefined>(10);
    expect(cache.get('u', () => undefined)).toBeUndefined();
    expect(cache.get('n', () => null)).toBeNull();
    expect(cache.get('z', () => 0)).toBe(0);
    expect(cache.get('n', () => 5)).toBeNull();
    expect(cache.get('z', () => 5)).toBe(0);
  });
});
