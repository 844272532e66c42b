/**
 * A value of a pair of block profiles, kept while both are. Profiles are
 * read once per text (blockProfile.ts), so a pair met again (the same draft
 * against a new index, a block decided again at another keystroke) is not
 * compared again; weak keys let a pair go when either profile does.
 *
 * `keptFromSecond`: a pair's value is kept only when the pair is met a
 * second time (computed twice, then kept), for values of many pairs that
 * are mostly met once. Opening 10,000 one-line paragraphs meets 120,000
 * pairs once each, and their text features kept at once (an object and
 * some ten boxed numbers a pair) were 28 of the 191 MB the analysis left on
 * the heap, copied by every collection of the young generation meanwhile.
 */
import type { BlockProfile } from './blockProfile';

export interface ByProfilesOptions {
  keptFromSecond?: boolean;
}

/** What a pair met once holds in place of its value. */
const MET_ONCE: unique symbol = Symbol('met once');

export function byProfiles<T>(compute: (draft: BlockProfile, prior: BlockProfile) => T, { keptFromSecond = false }: ByProfilesOptions = {}): (draft: BlockProfile, prior: BlockProfile) => T {
  const memo = new WeakMap<BlockProfile, WeakMap<BlockProfile, T | typeof MET_ONCE>>();
  return (draft, prior) => {
    let byPrior = memo.get(draft);
    if (!byPrior) memo.set(draft, (byPrior = new WeakMap()));
    const met = byPrior.has(prior);
    const known = met ? byPrior.get(prior) : MET_ONCE;
    if (known !== MET_ONCE) return known as T;
    const value = compute(draft, prior);
    byPrior.set(prior, keptFromSecond && !met ? MET_ONCE : value);
    return value;
  };
}
