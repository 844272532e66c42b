/**
 * A value of a pair of block profiles, kept while both are. Profiles are
 * read once per text (blockProfile.ts), so a pair met again (the same draft
 * against a new index, a block decided again at another keystroke) is not
 * compared again; weak keys let a pair go when either profile does.
 */
import type { BlockProfile } from './blockProfile';

export function byProfiles<T>(compute: (draft: BlockProfile, prior: BlockProfile) => T): (draft: BlockProfile, prior: BlockProfile) => T {
  const memo = new WeakMap<BlockProfile, WeakMap<BlockProfile, T>>();
  return (draft, prior) => {
    let byPrior = memo.get(draft);
    if (!byPrior) memo.set(draft, (byPrior = new WeakMap()));
    if (byPrior.has(prior)) return byPrior.get(prior)!;
    const value = compute(draft, prior);
    byPrior.set(prior, value);
    return value;
  };
}
