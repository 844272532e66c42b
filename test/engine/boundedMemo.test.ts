import { describe, expect, it } from 'vitest';
import { BoundedCache, boundedMemo } from '../../engine/boundedMemo';

describe('boundedMemo', () => {
  it('computes each key once, hands the key to the function, and clears itself at its bound', () => {
    const asked: string[] = [];
    const length = boundedMemo((key: string) => {
      asked.push(key);
      return key.length;
    }, 2);
    expect([length('a'), length('bb'), length('a'), length('bb')]).toEqual([1, 2, 1, 2]);
    expect(asked).toEqual(['a', 'bb']);
    // A third key clears the memo: the first two are computed again.
    expect([length('ccc'), length('a')]).toEqual([3, 1]);
    expect(asked).toEqual(['a', 'bb', 'ccc', 'a']);
  });

  it('remembers an undefined value as a value, not a miss', () => {
    let calls = 0;
    const nothing = boundedMemo(() => {
      calls++;
      return undefined;
    }, 10);
    expect([nothing('x'), nothing('x')]).toEqual([undefined, undefined]);
    expect(calls).toBe(1);
  });

  it('BoundedCache computes from more than the key, once per key', () => {
    const cache = new BoundedCache<number>(10);
    let calls = 0;
    const value = (key: string, extra: number) => cache.get(key, () => (calls++, extra));
    expect([value('k', 1), value('k', 2)]).toEqual([1, 1]);
    expect(calls).toBe(1);
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
