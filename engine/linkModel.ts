/**
 * The link model: a logistic regression over the link features, its weights
 * kept in linkWeights.json, which `npm run train` reproduces from the
 * labelled pairs of ../shared/gold and the generated pairs (eval/train.ts).
 * The engine reads the weights and never trains.
 */
import weights from './linkWeights.json';
import { LINK_FEATURES, type LinkFeatureName, type LinkFeatures } from './linkFeatures';

export interface LinkModel {
  bias: number;
  weights: Record<LinkFeatureName, number>;
}

export const LINK_MODEL: LinkModel = weights as LinkModel;

/**
 * The weighted sum of the features given (the bias left out): the features
 * of a pair that depend on it alone are summed once, and only those that
 * depend on the rest of the draft at each keystroke.
 */
export function linkScore(features: Partial<LinkFeatures>, model: LinkModel = LINK_MODEL): number {
  const weights = weightsInOrder(model);
  let z = 0;
  for (let i = 0; i < LINK_FEATURES.length; i++) z += weights[i] * (features[LINK_FEATURES[i]] ?? 0);
  return z;
}

/**
 * A model's weights in the order of LINK_FEATURES (0 for a feature it has
 * no weight for), read once per model: looked up by name, the weights were
 * half the cost of scoring each of a long draft's 160,000 candidate pairs.
 * A model's weights are not changed once it is used.
 */
const orderedWeights = new WeakMap<LinkModel, Float64Array>();

function weightsInOrder(model: LinkModel): Float64Array {
  let weights = orderedWeights.get(model);
  if (!weights) orderedWeights.set(model, (weights = Float64Array.from(LINK_FEATURES, (name) => model.weights[name] ?? 0)));
  return weights;
}

/** The probability that a draft block continues a prior block, from the weighted sum of the pair's features and the bias. */
export const probabilityOf = (score: number): number => 1 / (1 + Math.exp(-score));
