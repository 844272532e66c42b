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
  let z = 0;
  for (const name of LINK_FEATURES) z += (model.weights[name] ?? 0) * (features[name] ?? 0);
  return z;
}

/** The probability that a draft block continues a prior block, from the weighted sum of the pair's features and the bias. */
export const probabilityOf = (score: number): number => 1 / (1 + Math.exp(-score));
