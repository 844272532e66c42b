import { describe, expect, it } from 'vitest';
import { byProfiles } from '../../engine/byProfiles';
import { profileBlock } from '../../engine/blockProfile';
import { parseDocument } from '../../engine/index';

const [draft, prior, other] = parseDocument('Both sides will cooperate on data.\n\nBoth sides cooperate on data.\n\nThe partners met in Tokyo.').blocks.map((block) => profileBlock(block, 'topic'));

/** A memo of the pair's word counts that records each pair it computes. */
function counting(options?: Parameters<typeof byProfiles>[1]) {
  const computed: string[] = [];
  const words = byProfiles((a, b) => {
    computed.push(`${a.words}:${b.words}`);
    return { sum: a.words + b.words };
  }, options);
  return { words, computed };
}

describe('byProfiles', () => {
  it('computes a pair once and hands back the same value whenever it is met again', () => {
    const { words, computed } = counting();
    const first = words(draft, prior);
    expect(words(draft, prior)).toBe(first);
    expect(words(draft, other)).toEqual({ sum: draft.words + other.words });
    expect(computed).toEqual([`${draft.words}:${prior.words}`, `${draft.words}:${other.words}`]);
  });

  it('kept from the second meeting: a pair met once leaves nothing kept, one met twice is computed twice and then kept', () => {
    const { words, computed } = counting({ keptFromSecond: true });
    expect(words(draft, prior)).toEqual({ sum: draft.words + prior.words });
    const second = words(draft, prior);
    expect(words(draft, prior)).toBe(second);
    expect(words(draft, prior)).toBe(second);
    expect(computed).toEqual([`${draft.words}:${prior.words}`, `${draft.words}:${prior.words}`]);
  });

  it('remembers an undefined value as a value, not a miss', () => {
    let calls = 0;
    const nothing = byProfiles(() => {
      calls++;
      return undefined;
    });
    expect([nothing(draft, prior), nothing(draft, prior)]).toEqual([undefined, undefined]);
    expect(calls).toBe(1);
  });
});
