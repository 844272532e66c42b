import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINK_FEATURES, type LinkFeatureName, type PairFeatures } from '../../engine/linkFeatures';
import { LINK_MODEL, linkScore, pairLinkScore, type LinkModel } from '../../engine/linkModel';

const CLAIMANT_FEATURES = new Set<LinkFeatureName>(['shareOfPriorBest', 'priorMargin']);
const value = fc.double({ min: -3, max: 3, noNaN: true });
const pairFeatures = fc.record(Object.fromEntries(LINK_FEATURES.filter((name) => !CLAIMANT_FEATURES.has(name)).map((name) => [name, value])) as Record<keyof PairFeatures, fc.Arbitrary<number>>);
/** Models with weights of every size and sign, some missing. */
const model = fc.record({
  bias: value,
  weights: fc.record(Object.fromEntries(LINK_FEATURES.map((name) => [name, value])) as Record<LinkFeatureName, fc.Arbitrary<number>>, { requiredKeys: [] }),
}) as fc.Arbitrary<LinkModel>;

describe('the link score of a pair’s own features', () => {
  it('is linkScore’s sum to the last bit, for any features and any model', () => {
    fc.assert(
      fc.property(pairFeatures, model, (features, m) => {
        expect(Object.is(pairLinkScore(features, m), linkScore(features, m))).toBe(true);
      }),
      { numRuns: 1_000, seed: 20261207 },
    );
  });

  it('with the shipped model, on features of every kind of pair', () => {
    fc.assert(
      fc.property(pairFeatures, (features) => {
        expect(Object.is(pairLinkScore(features, LINK_MODEL), linkScore(features, LINK_MODEL))).toBe(true);
      }),
      { numRuns: 500, seed: 20261208 },
    );
  });
});
