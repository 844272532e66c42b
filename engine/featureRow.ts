/**
 * A candidate pair's features (PairFeatures) kept as a row of numbers in one
 * array per draft block, read by name through a small view. Opening 10,000
 * one-line paragraphs makes 120,000 candidate pairs, kept while the draft
 * is: as objects of twenty numbers, each number a box of its own on the
 * heap, they were tens of megabytes that every collection of the young
 * generation copied while the draft was read. A row holds them unboxed, out
 * of the collector's way.
 */
import type { PairFeatures } from './linkFeatures';

/** Each feature's place in a row. */
export const SLOT = {
  score: 0,
  shareOfDraftBest: 1,
  draftMargin: 2,
  distinctiveShared: 3,
  verbatimDraft: 4,
  verbatimPrior: 5,
  equivalentWords: 6,
  bestSentence: 7,
  sentenceCover: 8,
  priorSentenceCover: 9,
  labelInPrior: 10,
  labelMatch: 11,
  sameRole: 12,
  bothFraming: 13,
  otherRole: 14,
  bareLabel: 15,
  namesShared: 16,
  priorNamesShared: 17,
  novelNames: 18,
  labelNovel: 19,
} as const satisfies Record<keyof PairFeatures, number>;

/** The numbers a row takes. */
export const ROW_LENGTH = Object.keys(SLOT).length;

/** The features of one pair, read from `values` at `at`. */
export class FeatureRow implements PairFeatures {
  constructor(
    private readonly values: Float64Array,
    private readonly at: number,
  ) {}

  get score(): number {
    return this.values[this.at + SLOT.score];
  }
  get shareOfDraftBest(): number {
    return this.values[this.at + SLOT.shareOfDraftBest];
  }
  get draftMargin(): number {
    return this.values[this.at + SLOT.draftMargin];
  }
  get distinctiveShared(): number {
    return this.values[this.at + SLOT.distinctiveShared];
  }
  get verbatimDraft(): number {
    return this.values[this.at + SLOT.verbatimDraft];
  }
  get verbatimPrior(): number {
    return this.values[this.at + SLOT.verbatimPrior];
  }
  get equivalentWords(): number {
    return this.values[this.at + SLOT.equivalentWords];
  }
  get bestSentence(): number {
    return this.values[this.at + SLOT.bestSentence];
  }
  get sentenceCover(): number {
    return this.values[this.at + SLOT.sentenceCover];
  }
  get priorSentenceCover(): number {
    return this.values[this.at + SLOT.priorSentenceCover];
  }
  get labelInPrior(): number {
    return this.values[this.at + SLOT.labelInPrior];
  }
  get labelMatch(): number {
    return this.values[this.at + SLOT.labelMatch];
  }
  get sameRole(): number {
    return this.values[this.at + SLOT.sameRole];
  }
  get bothFraming(): number {
    return this.values[this.at + SLOT.bothFraming];
  }
  get otherRole(): number {
    return this.values[this.at + SLOT.otherRole];
  }
  get bareLabel(): number {
    return this.values[this.at + SLOT.bareLabel];
  }
  get namesShared(): number {
    return this.values[this.at + SLOT.namesShared];
  }
  get priorNamesShared(): number {
    return this.values[this.at + SLOT.priorNamesShared];
  }
  get novelNames(): number {
    return this.values[this.at + SLOT.novelNames];
  }
  get labelNovel(): number {
    return this.values[this.at + SLOT.labelNovel];
  }

  /** The same features as a plain object (a getter is no own property: spreading a row copies nothing). */
  toFeatures(): PairFeatures {
    const features = {} as PairFeatures;
    for (const name of Object.keys(SLOT) as Array<keyof PairFeatures>) features[name] = this.values[this.at + SLOT[name]];
    return features;
  }
}
