import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LINK_FEATURES, type LinkFeatureName } from '../../engine/linkFeatures';
import { LINK_MODEL, linkScore, type LinkModel } from '../../engine/linkModel';

/** The weighted sum read weight by weight by name, in the order of the features: what linkScore reads from its table. */
function byName(features: Partial<Record<LinkFeatureName, number>>, model: LinkModel): number {
  let z = 0;
  for (const name of LINK_FEATURES) z += (model.weights[name] ?? 0) * (features[name] ?? 0);
  return z;
}

const someFeatures = fc.record(Object.fromEntries(LINK_FEATURES.map((name) => [name, fc.double({ min: -2, max: 2, noNaN: true })])) as Record<LinkFeatureName, fc.Arbitrary<number>>, { requiredKeys: [] });

describe('the link score', () => {
  it('is the weighted sum of the features, to the last bit, whichever features are given', () => {
    fc.assert(
      fc.property(someFeatures, (features) => {
        expect(Object.is(linkScore(features), byName(features, LINK_MODEL))).toBe(true);
      }),
      { numRuns: 500, seed: 20261207 },
    );
  });

  it('reads each model’s own weights, a weight it lacks as 0', () => {
    const partial = { bias: 0, weights: { score: 2, labelMatch: -1 } } as unknown as LinkModel;
    const features = Object.fromEntries(LINK_FEATURES.map((name, i) => [name, i / 10])) as Record<LinkFeatureName, number>;
    expect(linkScore(features, partial)).toBe(byName(features, partial));
    expect(linkScore(features, partial)).toBeCloseTo(2 * features.score - features.labelMatch, 12);
    expect(linkScore(features)).toBe(byName(features, LINK_MODEL));
  });
});
