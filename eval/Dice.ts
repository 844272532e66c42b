/**
 * The seeded random choices of the synthetic-pair generator. A tiny
 * generator of its own (mulberry32, 32 bits of state) rather than a
 * dependency: the choices only shuffle and pick among a few dozen blocks,
 * and the same seed must give the same pairs on every machine and Node
 * version, which plain integer arithmetic guarantees.
 */
export class Dice {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** The next 32-bit unsigned value (mulberry32). */
  private next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** An integer from `from` to `to`, both included. */
  int(from: number, to: number): number {
    if (to < from) throw new Error(`empty range ${from}..${to}`);
    return from + Math.floor((this.next() / 2 ** 32) * (to - from + 1));
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() / 2 ** 32 < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('nothing to pick from');
    return items[this.int(0, items.length - 1)];
  }

  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = this.int(0, i);
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    return pool.slice(0, Math.min(count, pool.length));
  }
}
