/**
 * What a careful reader weighs before saying that a draft block continues a
 * prior block, as numbers: how alike the words are, and how that likeness
 * stands against the draft block's other candidates and the prior block's
 * other claimants (a link must stand out, as bitext miners score a pair
 * against each side's nearest neighbours); how much wording runs on
 * near-verbatim; how well their sentences pair up; which words distinctive
 * of the prior block within its statement they share; which named things they
 * share and whether the draft block names things no prior block does; their
 * labels; their roles. The link model (linkModel.ts) weighs them.
 */
import type { BlockProfile } from './blockProfile';
import { coveredShare, shareATrigram } from './nearVerbatim';
import { diceShare } from './words';
import { softWordOverlap } from './equivalentWords';
import { boundedMemo } from './boundedMemo';
import { byProfiles } from './byProfiles';
import { FeatureRow, SLOT } from './featureRow';

export const LINK_FEATURES = [
  'score',
  'shareOfDraftBest',
  'shareOfPriorBest',
  'draftMargin',
  'priorMargin',
  'verbatimDraft',
  'verbatimPrior',
  'equivalentWords',
  'bestSentence',
  'sentenceCover',
  'priorSentenceCover',
  'distinctiveShared',
  'namesShared',
  'priorNamesShared',
  'novelNames',
  'labelInPrior',
  'labelMatch',
  'labelNovel',
  'sameRole',
  'bothFraming',
  'otherRole',
  'bareLabel',
] as const;

export type LinkFeatureName = (typeof LINK_FEATURES)[number];
export type LinkFeatures = Record<LinkFeatureName, number>;

/**
 * How a pair stands against the prior block's other claimants in the draft:
 * the only features that move when another block of the draft is edited,
 * so the alignment computes them for the whole draft at each run.
 */
export type ClaimantFeatures = Pick<LinkFeatures, 'shareOfPriorBest' | 'priorMargin'>;

/** The features a pair has whatever the rest of the draft says. */
export type PairFeatures = Omit<LinkFeatures, keyof ClaimantFeatures>;

/** What the draft block's candidates and the whole set of priors tell about one pair. */
export interface PairContext {
  /** TF-IDF cosine of the pair. */
  score: number;
  /** The draft block's best cosine with any prior block, and its best with any other than this one. */
  draftBest: number;
  draftBestOther: number;
  /** How rare a name is among the prior blocks (IDF; names no prior block holds get the highest). */
  nameWeight: (name: string) => number;
  /** Whether some prior block holds every stem of the name. */
  nameKnown: (name: string) => boolean;
  /** The name's other form, when a document defines it as an acronym or spells it out ("sbom" for "softwar bill materi"). */
  aliasOf: (name: string) => string | undefined;
  /** How many blocks of the prior block's own statement hold a stem. */
  blocksWithStem: (stem: string) => number;
}

const BARE_LABEL_WORDS = 6;

/** An opening paragraph is often reworked into a section's introduction and back; the closing keeps to the closing. */
const FRAMING = new Set(['opening', 'sectionIntro']);

/**
 * How well the sentences of two blocks pair up: the share of each block's
 * stems that stand in a sentence well matched in the other (each sentence
 * weighted by its stems, scored by its best Dice share there), and the best
 * single pair. One pass over the pairs serves both directions.
 */
function sentenceMatch(a: readonly Int32Array[], b: readonly Int32Array[]): { cover: number; backCover: number; best: number } {
  // Loops, not callbacks, and one scratch array for the best of each of b's sentences: a closure and an array a pair were
  // garbage for every candidate of every block.
  if (bestOfBScratch.length < b.length) bestOfBScratch = new Float64Array(2 * b.length);
  const bestOfB = bestOfBScratch.fill(0, 0, b.length);
  let weighted = 0;
  let total = 0;
  let best = 0;
  for (const sentence of a) {
    let top = 0;
    for (let j = 0; j < b.length; j++) {
      const share = sortedDice(sentence, b[j]);
      top = Math.max(top, share);
      bestOfB[j] = Math.max(bestOfB[j], share);
    }
    weighted += top * sentence.length;
    total += sentence.length;
    best = Math.max(best, top);
  }
  let backWeighted = 0;
  let backTotal = 0;
  for (let j = 0; j < b.length; j++) {
    backWeighted += bestOfB[j] * b[j].length;
    backTotal += b[j].length;
  }
  return { cover: total === 0 ? 0 : weighted / total, backCover: backTotal === 0 ? 0 : backWeighted / backTotal, best };
}

let bestOfBScratch = new Float64Array(64);

/** Dice share of two sorted sets of numbers. */
function sortedDice(a: Int32Array, b: Int32Array): number {
  if (a.length + b.length === 0) return 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) shared++, i++, j++;
    else if (a[i] < b[j]) i++;
    else j++;
  }
  return (2 * shared) / (a.length + b.length);
}

/** A name's stems; read for every name of both blocks of every candidate pair, so split once per name. */
const stemsOfName: (name: string) => readonly string[] = boundedMemo((name) => name.split(' '), 20_000);
const holdsAll = (stems: ReadonlySet<string>, name: string): boolean => stemsOfName(name).every((stem) => stems.has(stem));

/** Whether every stem of a name, in either of its forms, stands in `stems`. */
export function nameFoundIn(name: string, stems: ReadonlySet<string>, aliasOf: (name: string) => string | undefined): boolean {
  const alias = aliasOf(name);
  return holdsAll(stems, name) || (alias !== undefined && holdsAll(stems, alias));
}

/** Weighted share of `names` found in `stems`. */
function namesFound(names: readonly string[], stems: ReadonlySet<string>, context: Pick<PairContext, 'nameWeight' | 'aliasOf'>): number {
  let found = 0;
  let total = 0;
  for (const name of names) {
    const w = context.nameWeight(name);
    total += w;
    if (nameFoundIn(name, stems, context.aliasOf)) found += w;
  }
  return total === 0 ? 0 : found / total;
}

/**
 * The words the pair shares that are distinctive of the prior block within
 * its statement ("geopolitical", "tangible", "submarine"): each counts by
 * how few of the statement's blocks hold it (one block 1, two a quarter, ...),
 * squashed to 0..1. A reworded framing paragraph keeps a few such words of
 * the one it continues, while the area words it shares with every other
 * framing paragraph count for little. Held out (the model trained without
 * the pair), link F1 2024 -> 2025 0.947 -> 0.974, 2025 -> 2026 0.848 ->
 * 0.857, draft 2027a 1.000 both; counting a word by 1 / blocks instead gave
 * 0.950 and 0.875, a lower mean.
 */
function distinctiveShared(draft: BlockProfile, prior: BlockProfile, blocksWithStem: (stem: string) => number): number {
  let sum = 0;
  for (const stem of draft.stems) {
    if (!prior.stems.has(stem)) continue;
    const blocks = Math.max(1, blocksWithStem(stem));
    sum += 1 / (blocks * blocks);
  }
  return sum / (1 + sum);
}

/** The features of the draft block alone (the same against every candidate). */
export function draftFeatures(draft: BlockProfile, context: Pick<PairContext, 'nameWeight' | 'nameKnown' | 'aliasOf'>): Pick<LinkFeatures, 'novelNames' | 'labelNovel'> {
  const known = (name: string) => {
    const alias = context.aliasOf(name);
    return context.nameKnown(name) || (alias !== undefined && context.nameKnown(alias));
  };
  let novel = 0;
  let total = 0;
  for (const name of draft.named.names) {
    const w = context.nameWeight(name);
    total += w;
    if (!known(name)) novel += w;
  }
  const label = draft.named.label;
  return {
    novelNames: total === 0 ? 0 : novel / total,
    labelNovel: label !== null && !known(label.join(' ')) ? 1 : 0,
  };
}

/** The features that depend on the two blocks' texts (and roles) alone. */
type TextFeatures = Omit<LinkFeatures, 'distinctiveShared' | 'score' | 'shareOfDraftBest' | 'shareOfPriorBest' | 'draftMargin' | 'priorMargin' | 'namesShared' | 'priorNamesShared' | 'novelNames' | 'labelNovel'>;

/**
 * Text features by the pair of profiles that gave them (byProfiles.ts): a
 * pair met again is not compared again. Kept from its second meeting: most
 * pairs of a long draft are met once (see byProfiles).
 */
const textFeatures = byProfiles(readTextFeatures, { keptFromSecond: true });

function readTextFeatures(draft: BlockProfile, prior: BlockProfile): TextFeatures {
  const sentences = sentenceMatch(draft.sentenceIds, prior.sentenceIds);
  const label = draft.named.label;
  const verbatim = shareATrigram(draft.sortedTrigrams, prior.sortedTrigrams);
  return {
    verbatimDraft: verbatim ? coveredShare(draft.verbatim, prior.trigrams) : 0,
    verbatimPrior: verbatim ? coveredShare(prior.verbatim, draft.trigrams) : 0,
    // Overlap of words where a word the prior block says in other words ("reinforced" for "strengthened") counts a quarter of an exact one.
    equivalentWords: softWordOverlap(draft.equivalents, prior.equivalents).score,
    bestSentence: sentences.best,
    sentenceCover: sentences.cover,
    priorSentenceCover: sentences.backCover,
    labelInPrior: label === null ? 0 : label.filter((stem) => prior.stems.has(stem)).length / label.length,
    labelMatch: label === null || prior.named.label === null ? 0 : diceShare(new Set(label), new Set(prior.named.label)),
    sameRole: draft.role !== 'topic' && draft.role === prior.role ? 1 : 0,
    bothFraming: FRAMING.has(draft.role) && FRAMING.has(prior.role) ? 1 : 0,
    // The meeting paragraph and the closing one both name a meeting, a place and a year; neither continues the other.
    otherRole: draft.role !== 'topic' && prior.role !== 'topic' && !(FRAMING.has(draft.role) && FRAMING.has(prior.role)) && draft.role !== prior.role ? 1 : 0,
    // A bare label item ("Artificial Intelligence (AI):") heads a list: it neither continues nor is continued by a paragraph.
    bareLabel: (prior.words <= BARE_LABEL_WORDS && draft.words > 3 * prior.words) || (draft.words <= BARE_LABEL_WORDS && prior.words > 3 * draft.words) ? 1 : 0,
  };
}

/**
 * The features of a pair but those of its claimants (`ClaimantFeatures`),
 * which the draft as a whole gives, written in `values` at `at` (see
 * featureRow.ts) and read through the row returned.
 */
export function pairFeatures(draft: BlockProfile, prior: BlockProfile, context: PairContext, own: Pick<LinkFeatures, 'novelNames' | 'labelNovel'>, values: Float64Array, at: number): FeatureRow {
  const text = textFeatures(draft, prior);
  values[at + SLOT.score] = context.score;
  values[at + SLOT.shareOfDraftBest] = context.draftBest > 0 ? context.score / context.draftBest : 0;
  // How far the pair stands out from the next best candidate: a new block sharing only its area's words has several about as weak.
  values[at + SLOT.draftMargin] = context.score - context.draftBestOther;
  values[at + SLOT.distinctiveShared] = distinctiveShared(draft, prior, context.blocksWithStem);
  values[at + SLOT.verbatimDraft] = text.verbatimDraft;
  values[at + SLOT.verbatimPrior] = text.verbatimPrior;
  values[at + SLOT.equivalentWords] = text.equivalentWords;
  values[at + SLOT.bestSentence] = text.bestSentence;
  values[at + SLOT.sentenceCover] = text.sentenceCover;
  values[at + SLOT.priorSentenceCover] = text.priorSentenceCover;
  values[at + SLOT.labelInPrior] = text.labelInPrior;
  values[at + SLOT.labelMatch] = text.labelMatch;
  values[at + SLOT.sameRole] = text.sameRole;
  values[at + SLOT.bothFraming] = text.bothFraming;
  values[at + SLOT.otherRole] = text.otherRole;
  values[at + SLOT.bareLabel] = text.bareLabel;
  values[at + SLOT.namesShared] = namesFound(draft.named.names, prior.stems, context);
  values[at + SLOT.priorNamesShared] = namesFound(prior.named.names, draft.stems, context);
  values[at + SLOT.novelNames] = own.novelNames;
  values[at + SLOT.labelNovel] = own.labelNovel;
  return new FeatureRow(values, at);
}
