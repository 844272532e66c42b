/**
 * The link model: a logistic regression over the link features, its weights
 * kept in linkWeights.json, which `npm run train` reproduces from the
 * labelled pairs of ../shared/gold and the generated pairs (eval/train.ts).
 * The engine reads the weights and never trains.
 */
import weights from './linkWeights.json';
import { LINK_FEATURES, type LinkFeatureName, type LinkFeatures, type PairFeatures } from './linkFeatures';

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

/**
 * linkScore of a pair's own features (those of its claimants are added at
 * each run, and count 0 here), each feature read by its name: read through
 * the list of names, one lookup of a computed name per feature, it was the
 * costliest line of opening 10,000 one-line paragraphs (160,000 pairs). The
 * terms are added in the order of LINK_FEATURES, so the sum is linkScore's
 * to the last bit (a test holds it to it).
 */
export function pairLinkScore(f: PairFeatures, { weights: w }: LinkModel): number {
  let z = 0;
  z += (w.score ?? 0) * f.score;
  z += (w.shareOfDraftBest ?? 0) * f.shareOfDraftBest;
  z += (w.draftMargin ?? 0) * f.draftMargin;
  z += (w.verbatimDraft ?? 0) * f.verbatimDraft;
  z += (w.verbatimPrior ?? 0) * f.verbatimPrior;
  z += (w.equivalentWords ?? 0) * f.equivalentWords;
  z += (w.bestSentence ?? 0) * f.bestSentence;
  z += (w.sentenceCover ?? 0) * f.sentenceCover;
  z += (w.priorSentenceCover ?? 0) * f.priorSentenceCover;
  z += (w.distinctiveShared ?? 0) * f.distinctiveShared;
  z += (w.namesShared ?? 0) * f.namesShared;
  z += (w.priorNamesShared ?? 0) * f.priorNamesShared;
  z += (w.novelNames ?? 0) * f.novelNames;
  z += (w.labelInPrior ?? 0) * f.labelInPrior;
  z += (w.labelMatch ?? 0) * f.labelMatch;
  z += (w.labelNovel ?? 0) * f.labelNovel;
  z += (w.sameRole ?? 0) * f.sameRole;
  z += (w.bothFraming ?? 0) * f.bothFraming;
  z += (w.otherRole ?? 0) * f.otherRole;
  z += (w.bareLabel ?? 0) * f.bareLabel;
  return z;
}
