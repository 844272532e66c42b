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

/** The probability that a draft block continues a prior block, given the pair's features. */
export function linkProbability(features: LinkFeatures, model: LinkModel = LINK_MODEL): number {
  let z = model.bias;
  for (const name of LINK_FEATURES) z += (model.weights[name] ?? 0) * features[name];
  return 1 / (1 + Math.exp(-z));
}
