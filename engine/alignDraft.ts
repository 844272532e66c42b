/**
 * Alignment of a draft with prior statements: for every draft block the prior
 * blocks it continues and whether their wording was carried over, revised or
 * the block is new; every prior block no draft block continues is dropped.
 * Each link is the link model's decision over what a careful reader weighs
 * (linkFeatures.ts), taken for the draft as a whole: a prior block strongly
 * claimed by one draft block does not stand out for another that merely
 * shares its area. Every label carries its evidence.
 */
import { acronymAliases } from './acronymAliases';
import { byProfiles } from './byProfiles';
import { droppedBlocks, keyOf, type DroppedState } from './droppedBlocks';
import { mayContinue } from './bareLabel';
import { BoundedCache } from './boundedMemo';
import { blockRoles, sectionIntroductions, soleBlockHeadings, type BlockRole } from './blockRoles';
import { candidatesByKey } from './candidatesByKey';
import { introCounterparts } from './introCounterparts';
import { mergedSentences } from './mergedSentences';
import { profileBlock, type BlockProfile } from './blockProfile';
import { ROW_LENGTH, type FeatureRow } from './featureRow';
import { draftFeatures, nameFoundIn, pairFeatures, type LinkFeatures, type PairContext, type PairFeatures } from './linkFeatures';
import { LINK_MODEL, pairLinkScore, probabilityOf, type LinkModel } from './linkModel';
import { PrecedentIndex, type PrecedentMatch } from './PrecedentIndex';
import { competition, LiveCompetition } from './draftCompetition';
import { isCarriedByRule } from './carriedRule';
import { diffWords } from './wordDiff';
import { diceShare, wordStems } from './words';
import { LINK_MIN_PROBABILITY, QUOTED_PART_LENGTH_RATIO, QUOTED_PART_SHARE, SENTENCE_LINK_MIN_SHARE } from './thresholds';
import type { Block, WordDiff } from './types';

export type AlignmentStatus = 'carried' | 'revised' | 'new';

/** A draft sentence that continues a sentence of a prior block (indexes of the sentences within their blocks). */
export interface SentenceLink {
  draft: number;
  priorStatement: number;
  priorBlock: number;
  prior: number;
  /** Share of word stems the two sentences have in common (Dice, 0..1). */
  score: number;
}

/** Why a prior block is a draft block's precedent. */
export interface MatchEvidence {
  /** The link model's probability that the draft block continues this block. */
  probability: number;
  /** Named things of the draft block that this block names too, as written in the draft. */
  sharedNames: string[];
  /** Which draft sentences continue which of its sentences. */
  sentences: Array<{ draft: number; prior: number; score: number }>;
  /** The role both play (opening, section introduction, ...), when they share one. */
  role: BlockRole | null;
  /**
   * Set when a rule, not the link model, joined this precedent: the prior
   * introduction of a section the draft block now introduces
   * (introCounterparts.ts), or a block merged into it, of which one of its
   * sentences continues a sentence (mergedSentences.ts): only that sentence
   * speaks for the block's commitments.
   */
  joinedBy?: JoinedBy;
}

export interface AlignedMatch extends PrecedentMatch {
  evidence: MatchEvidence;
}

export interface BlockAlignment {
  /** The draft block's index. */
  block: number;
  status: AlignmentStatus;
  /** Its precedents, the one to show first first. */
  matches: AlignedMatch[];
  /** Word diff from the main precedent (its linked blocks of that prior, in order) to the draft block. */
  diff: WordDiff;
  /** The draft's sentences and the prior sentences they continue, over all precedents. */
  sentenceLinks: SentenceLink[];
  /** The label in words: what it continues and on what evidence, or why it is new. */
  reason: string;
}

export interface DroppedBlock {
  prior: number;
  block: number;
  /** What the dropped block was about: its label, or the things it named, or its first words. */
  about: string;
}

export interface DraftAlignment {
  alignments: BlockAlignment[];
  /** Every prior block no draft block continues, by prior, then block. */
  dropped: DroppedBlock[];
  /**
   * The same blocks, each prior's apart (in its block order): what a
   * consumer that needs one prior reads (droppedFromLatest) without the
   * whole list being assembled. Absent from alignments made by hand.
   */
  droppedByPrior?: ReadonlyArray<readonly DroppedBlock[]>;
}

/** A candidate pair with its features: what the link model reads, for training and evaluation. */
export interface LinkCandidate {
  block: number;
  prior: number;
  priorBlock: number;
  features: LinkFeatures;
}

export interface AlignOptions {
  /** Kept between keystrokes by a live session: only edited blocks are searched and diffed again. */
  cache?: AlignmentCache;
  /** The link model (default: the trained weights the engine ships). */
  model?: LinkModel;
}

/** A draft block as read on its own: its profile and its candidates with the features that do not depend on the rest of the draft. */
interface ReadBlock {
  /** Its number among the readings made: what its finished alignment is kept by, with its links. */
  id: number;
  profile: BlockProfile;
  candidates: Array<{ match: PrecedentMatch; entry: number; features: FeatureRow; mayLink: boolean } & OwnScore>;
}

type FinishedBlock = Omit<BlockAlignment, 'block'>;

/**
 * A candidate's own score (the bias and the features that do not depend on
 * the rest of the draft) under the model it was last scored by. One slot,
 * not a map by model: a session aligns with one model, and a map per
 * candidate was 160,000 maps to open 10,000 one-line paragraphs. Another
 * model scores it again, to the same value. `own` starts as NaN, a number
 * with a fraction like the scores: starting as 0, every candidate's object
 * changed its layout when scored, and reading candidates slowed down.
 */
interface OwnScore {
  scoredBy: LinkModel | null;
  own: number;
}

/**
 * Readings by the block's text, then its role and heading. Keyed by the text
 * itself, whose hash the string keeps once computed: a key joined from the
 * three was a new string to build and hash for every block at each keystroke.
 */
type Readings = Map<string, Array<{ role: BlockRole; heading: string | undefined; read: ReadBlock }>>;

function readingOf(readings: Readings | undefined, block: Block, role: BlockRole, heading: string | undefined): ReadBlock | undefined {
  const list = readings?.get(block.text);
  if (list) for (const reading of list) if (reading.role === role && reading.heading === heading) return reading.read;
  return undefined;
}

function keepReading(readings: Readings, block: Block, role: BlockRole, heading: string | undefined, read: ReadBlock): void {
  const list = readings.get(block.text);
  if (!list) readings.set(block.text, [{ role, heading, read }]);
  else if (!list.some((reading) => reading.read === read)) list.push({ role, heading, read });
}

/**
 * What a live session keeps between keystrokes: each block's reading and
 * finished alignment, by its text (and links), so that only edited blocks
 * are searched and diffed again. Entries used by neither of the latest two
 * runs are dropped, so the cache never outgrows twice the draft: the run
 * before the latest is kept too, so that a block put back as it was (an
 * undo, a word typed and taken out again) is not read again.
 */
export class AlignmentCache {
  read: Readings = new Map();
  readBefore: Readings = new Map();
  finished = new Map<string, FinishedBlock>();
  finishedBefore = new Map<string, FinishedBlock>();
  /** The last run's links and dropped blocks by prior, against the index they were taken on. */
  dropped: DroppedState | null = null;
  /** The last run's competition and alignments by position, with the model they were decided by. */
  last: { model: LinkModel; competition: LiveCompetition; alignments: BlockAlignment[]; keys: string[]; shown: BlockAlignment[] } | null = null;
}

/** The other form of a name: as the block itself defines it (a new initiative's acronym), or as the priors do. */
function aliasesOf(block: Block, index: PrecedentIndex): (name: string) => string | undefined {
  const own = acronymAliases(block.text);
  return (name) => own.get(name) ?? index.aliasOf(name);
}

/**
 * Readings are numbered as they are made. A finished block is kept by its
 * reading and links: kept by its text and links, the same paragraph written
 * twice, as the opening and as the closing, took the evidence and reason of
 * whichever was finished first.
 */
let readingsMade = 0;

function readBlock(block: Block, role: BlockRole, topicHeading: string | undefined, index: PrecedentIndex): ReadBlock {
  const profile = profileBlock(block, role, topicHeading);
  const matches = index.candidates(block.text, role);
  // The best score, where it stands, and the best of the others: each candidate's best other is one of the two.
  let draftBest = 0;
  let bestAt = -1;
  matches.forEach((m, i) => {
    if (m.score <= draftBest) return;
    draftBest = m.score;
    bestAt = i;
  });
  const secondBest = matches.reduce((best, m, i) => (i === bestAt ? best : Math.max(best, m.score)), 0);
  const nameWeight = (name: string) => index.nameWeight(name);
  const nameKnown = (name: string) => index.blocksNaming(name) > 0;
  const aliasOf = aliasesOf(block, index);
  const own = draftFeatures(profile, { nameWeight, nameKnown, aliasOf });
  // The candidates' features in one array, a row each (featureRow.ts).
  const values = new Float64Array(matches.length * ROW_LENGTH);
  // One context for the block, set for each candidate in turn (pairFeatures keeps none of it): one a pair, with its closure, was garbage.
  const context: PairContext = { nameWeight, nameKnown, aliasOf, score: 0, draftBest, draftBestOther: 0, blocksWithStem: index.stemCounterOf(0) };
  return {
    id: readingsMade++,
    profile,
    candidates: matches.map((match, i) => {
      context.score = match.score;
      context.draftBestOther = i === bestAt ? secondBest : draftBest;
      context.blocksWithStem = index.stemCounterOf(match.prior);
      const features = pairFeatures(profile, index.profileOf(match), context, own, values, i * ROW_LENGTH);
      // A bare label item is a heading in all but name: it stays a candidate (the others are weighed against it) but is never a content paragraph's precedent.
      return { match, entry: index.entryNumber(match), features, mayLink: mayContinue(block, index.blockOf(match)), scoredBy: null, own: Number.NaN };
    }),
  };
}

/** Every draft block read, with the roles the draft gives its blocks. */
function readDraft(draft: { blocks: readonly Block[] }, index: PrecedentIndex, cache?: AlignmentCache): Array<{ block: Block; read: ReadBlock }> {
  const roles = blockRoles(draft.blocks);
  const headings = soleBlockHeadings(draft.blocks);
  const used: Readings = new Map();
  const blocks = draft.blocks
    .filter((block) => block.kind !== 'heading')
    .map((block) => {
      const role = roles.get(block.index) ?? 'topic';
      const heading = headings.get(block.index);
      const read =
        readingOf(used, block, role, heading) ??
        readingOf(cache?.read, block, role, heading) ??
        readingOf(cache?.readBefore, block, role, heading) ??
        readBlock(block, role, heading, index);
      keepReading(used, block, role, heading, read);
      return { block, read };
    });
  if (cache) [cache.readBefore, cache.read] = [cache.read, used];
  return blocks;
}

/** The candidate pairs of a draft and their features, as the link model reads them. */
export function linkCandidates(draft: { blocks: readonly Block[] }, index: PrecedentIndex): LinkCandidate[] {
  const blocks = readDraft(draft, index);
  const whole = competition(blocks.map((b) => b.read), index);
  return blocks.flatMap(({ block, read }, at) =>
    read.candidates.map(({ match, features }, i) => ({
      block: block.index,
      prior: match.prior,
      priorBlock: match.block,
      features: { ...features.toFeatures(), shareOfPriorBest: whole[at][2 * i], priorMargin: whole[at][2 * i + 1] },
    })),
  );
}

/** Aligns every non-heading block of a draft. */
export function alignDraft(draft: { blocks: readonly Block[] }, index: PrecedentIndex, options: AlignOptions = {}): DraftAlignment {
  const model = options.model ?? LINK_MODEL;
  const blocks = readDraft(draft, index, options.cache);
  const cache = options.cache;
  // Kept by a live session for this index and model: a keystroke decides again only the blocks competing with the edited one.
  // A one-off alignment (no cache) computes the competition afresh and keeps nothing.
  const live = cache ? (cache.last?.competition.index === index && cache.last.model === model ? cache.last : { model, competition: new LiveCompetition(index), alignments: [], keys: [], shown: [] }) : null;
  const reads = blocks.map((b) => b.read);
  const { pairs: whole, decided } = live ? live.competition.update(reads) : { pairs: competition(reads, index), decided: null };
  const usedFinished = new Map<string, FinishedBlock>();
  const probabilityAt = (at: number, i: number): number => {
    const candidate = blocks[at].read.candidates[i];
    if (candidate.scoredBy !== model) {
      candidate.own = model.bias + pairLinkScore(candidate.features, model);
      candidate.scoredBy = model;
    }
    return probabilityOf(candidate.own + model.weights.shareOfPriorBest * whole[at][2 * i] + model.weights.priorMargin * whole[at][2 * i + 1]);
  };
  /** A block's finished alignment with these links, made once per reading and links. */
  const finish = (block: Block, read: ReadBlock, links: readonly Link[]): { alignment: BlockAlignment; key: string } => {
    // Kept by the reading and the links alone: an edit elsewhere moves their probabilities, not the status, diff or reason.
    const key = `${read.id}\u0000${links.map((l) => `${l.match.prior}:${l.match.block}${l.joinedBy ? `+${l.joinedBy}` : ''}`).join(',')}`;
    const finished = usedFinished.get(key) ?? cache?.finished.get(key) ?? cache?.finishedBefore.get(key) ?? finishBlock(block, read, links, index);
    usedFinished.set(key, finished);
    return { alignment: { block: block.index, ...finished, matches: withProbabilities(finished.matches, links, index) }, key };
  };
  const alignments = blocks.map(({ block, read }, at) => {
    const kept = live?.alignments[at];
    if (live && decided && !decided.has(at) && kept?.block === block.index) {
      usedFinished.set(live.keys[at], cache!.finished.get(live.keys[at])!);
      return kept;
    }
    const links: Link[] = [];
    read.candidates.forEach((candidate, i) => {
      const probability = probabilityAt(at, i);
      if ((probability >= LINK_MIN_PROBABILITY || namesTheSameTopic(candidate.features)) && candidate.mayLink) links.push({ match: candidate.match, features: candidate.features, probability });
    });
    const { alignment, key } = finish(block, read, links);
    if (live) {
      live.alignments[at] = alignment;
      live.keys[at] = key;
    }
    return alignment;
  });
  const shown = withJoinedLinks(draft.blocks, blocks, alignments, index, (at, links) => finish(blocks[at].block, blocks[at].read, links).alignment, probabilityAt);
  // The alignments shown differently from the last run, with those they replace: what the dropped list is updated by (null: the whole draft was decided again).
  const replaced = live && decided ? shown.flatMap((alignment, at): Array<[BlockAlignment | undefined, BlockAlignment]> => (alignment === live.shown[at] ? [] : [[live.shown[at], alignment]])) : null;
  if (cache && live) {
    live.alignments.length = live.keys.length = blocks.length;
    live.shown = shown;
    [cache.finishedBefore, cache.finished] = [cache.finished, usedFinished];
    cache.last = live;
  }
  const dropped = droppedBlocks(index, shown, replaced, cache?.dropped ?? null);
  if (cache) cache.dropped = dropped;
  return alignmentOf(shown, dropped.byPrior);
}

/**
 * The alignments with the links two rules join to them, each for prior
 * blocks no draft block continues and the link model let go: the prior
 * section introductions the draft's introductions continue
 * (introCounterparts.ts), then the prior blocks a linked block continues by
 * a sentence (mergedSentences.ts). The same array when there are none
 * (nearly always).
 */
function withJoinedLinks(
  draftBlocks: readonly Block[],
  blocks: ReadonlyArray<{ block: Block; read: ReadBlock }>,
  alignments: BlockAlignment[],
  index: PrecedentIndex,
  finish: (at: number, links: readonly Link[]) => BlockAlignment,
  probabilityAt: (at: number, i: number) => number,
): BlockAlignment[] {
  const joined = new Map<number, Array<{ match: PrecedentMatch; by: JoinedBy }>>();
  // Whether a draft block links a prior block: only a block that proposes it may, so only those are read (against 1,000
  // statements a block links dozens of near-copies, and gathering every link took a tenth of a keystroke).
  const isLinked = (match: { prior: number; block: number }): boolean => {
    const key = keyOf(match);
    const same = (m: { prior: number; block: number }) => m.prior === match.prior && m.block === match.block;
    return blocks.some(({ read }, at) => candidatesByKey(read.candidates).has(key) && (alignments[at].matches.some(same) || (joined.get(at)?.some((j) => same(j.match)) ?? false)));
  };
  const join = (found: ReadonlyArray<{ at: number; match: PrecedentMatch }>, by: JoinedBy) => {
    for (const { at, match } of found) joined.set(at, [...(joined.get(at) ?? []), { match, by }]);
  };
  if (blocks.some(({ read }) => read.profile.role === 'sectionIntro')) {
    const intros = sectionIntroPositions(draftBlocks, blocks);
    join(introCounterparts(blocks.map(({ read }, at) => ({ intro: intros[at], candidates: read.candidates, links: alignments[at].matches })), index, isLinked), 'introduction');
  }
  join(mergedSentences(blocks.map(({ read }, at) => ({ profile: read.profile, candidates: read.candidates, links: alignments[at].matches })), index, isLinked), 'sentence');
  if (joined.size === 0) return alignments;
  const shown = alignments.slice();
  for (const [at, more] of joined) {
    const { candidates } = blocks[at].read;
    const linkOf = (match: { prior: number; block: number }, joinedBy?: JoinedBy): Link => {
      const i = candidates.findIndex((c) => c.match.prior === match.prior && c.match.block === match.block);
      return { match: candidates[i].match, features: candidates[i].features, probability: probabilityAt(at, i), joinedBy };
    };
    shown[at] = finish(at, [...alignments[at].matches.map((m) => linkOf(m)), ...more.map(({ match, by }) => linkOf(match, by))]);
  }
  return shown;
}

/** For each non-heading block, by position, the position of the introduction of its section (-1 for none). */
function sectionIntroPositions(draftBlocks: readonly Block[], blocks: ReadonlyArray<{ block: Block; read: ReadBlock }>): number[] {
  const roles = new Map(blocks.map(({ block, read }) => [block, read.profile.role]));
  const intros = sectionIntroductions(draftBlocks, (block) => roles.get(block));
  const positions = new Map(blocks.map(({ block }, position) => [block.index, position]));
  return blocks.map(({ block }) => positions.get(intros.get(block.index) ?? -1) ?? -1);
}

/**
 * The alignment, its whole dropped list assembled from the priors' lists
 * when first read. Against 1,000 statements the list holds tens of
 * thousands of blocks: copied at every keystroke that moved a link, it was
 * a fifth of the keystrokes' time, for a desk that reads the latest
 * prior's list alone. Each read of a fresh alignment is a new array, so a
 * caller that sorts or edits it touches nothing a session keeps.
 */
function alignmentOf(alignments: BlockAlignment[], droppedByPrior: ReadonlyArray<readonly DroppedBlock[]>): DraftAlignment {
  let dropped: DroppedBlock[] | undefined;
  return {
    alignments,
    get dropped(): DroppedBlock[] {
      return (dropped ??= droppedByPrior.flat());
    },
    set dropped(list: DroppedBlock[]) {
      dropped = list;
    },
    droppedByPrior,
  };
}

/**
 * A draft block that opens with the same topic label as a prior block
 * ("Semiconductors:" and "On semiconductors,") continues it, however little
 * else the two share: the label names the initiative, and the draft is
 * reporting on it again. The link model weighs the label among the other
 * features and lets a strong rival win; a merge ("Semiconductors:" now also
 * holding the economic-security paragraph of the MoC) has exactly such a
 * rival, and its second precedent was reported dropped. Of the candidate
 * pairs with the same label in the labelled, written and generated pairs,
 * every one (43 of 43 in the labelled and written ones, 273 of 273 in all)
 * is a link.
 */
const namesTheSameTopic = (features: PairFeatures): boolean => features.labelMatch === 1;

/** Status, ordered matches with their evidence, diff and reason of a block with the links it ends up with. */
type Link = {
  match: PrecedentMatch;
  features: PairFeatures;
  probability: number;
  /** Joined by a rule after the model: the prior introduction of a section this block now introduces, or a block it continues by a sentence. */
  joinedBy?: JoinedBy;
};

export type JoinedBy = 'introduction' | 'sentence';

function finishBlock(block: Block, read: ReadBlock, links: readonly Link[], index: PrecedentIndex): FinishedBlock {
  if (links.length === 0) return { status: 'new', matches: [], diff: [[1, block.text]], sentenceLinks: [], reason: whyNew(read, index) };
  const aliasOf = aliasesOf(block, index);
  const matches = links
    .map(({ match, probability, joinedBy }) => ({ ...match, evidence: evidenceOf(read.profile, index.profileOf(match), probability, aliasOf, joinedBy) }))
    .sort((a, b) => b.score * index.recency[b.prior] - a.score * index.recency[a.prior] || a.prior - b.prior || a.block - b.block);
  const main = matches[0].prior;
  const mainBlocks = matches.filter((m) => m.prior === main).sort((a, b) => a.block - b.block).map((m) => index.blockOf(m));
  const precedentText = mainBlocks.map((b) => b.text).join(' ');
  const sentenceLinks = matches.flatMap((m) => m.evidence.sentences.map((s) => ({ draft: s.draft, priorStatement: m.prior, priorBlock: m.block, prior: s.prior, score: s.score })));
  const status = isCarried(block, links, index) ? 'carried' : 'revised';
  return {
    status,
    matches,
    diff: diffOf(quotedPart(block, mainBlocks) ?? precedentText, block.text),
    sentenceLinks,
    reason: whyLinked(status, matches, links, read.profile.labelText, index),
  };
}

/**
 * Word diffs by the texts they compare. A finished block is kept between
 * keystrokes only while its links and their probabilities stay the same,
 * and an edit elsewhere moves the probabilities of the blocks competing with
 * it: their diffs, which depend on the texts alone, are not computed again.
 */
const diffs = new BoundedCache<WordDiff>(5_000);
const diffOf = (from: string, to: string): WordDiff => diffs.get(`${from}\u0000${to}`, () => diffWords(from, to));

const roundProbability = (probability: number): number => Math.round(probability * 1000) / 1000;

/**
 * Matches with the probabilities of this run's links, new objects only where
 * one moved. A block continuing a role's paragraph in 40 priors has 40 of
 * each, read again at every keystroke that decides it again: each match's
 * link is found by its prior block's entry, not by a search of the links.
 */
function withProbabilities(matches: readonly AlignedMatch[], links: readonly Link[], index: PrecedentIndex): AlignedMatch[] {
  const byEntry = new Map<number, Link>();
  for (const link of links) byEntry.set(index.entryNumber(link.match), link);
  return matches.map((match) => {
    const probability = roundProbability(byEntry.get(index.entryNumber(match))!.probability);
    return probability === match.evidence.probability ? match : { ...match, evidence: { ...match.evidence, probability } };
  });
}

/** Which draft sentences continue which prior sentences. Shared between calls: callers never modify it. */
const sentencePairs = byProfiles((draft, prior): MatchEvidence['sentences'] => {
  const sentences: MatchEvidence['sentences'] = [];
  draft.sentences.forEach((sentence, d) => {
    const best = closestSentence(sentence, prior);
    if (best.score >= SENTENCE_LINK_MIN_SHARE) sentences.push({ draft: d, prior: best.prior, score: Math.round(best.score * 1000) / 1000 });
  });
  return sentences;
});

/**
 * The prior block's sentence closest to a draft sentence (its stems), kept
 * by the two: a keystroke changes one sentence of a block, whose stems are
 * read once per text (the same set for a sentence unchanged), and the
 * block's evidence is read again against every precedent. Against 1,000
 * statements a reworded paragraph of 15 sentences has 40 of them: the
 * unchanged sentences are not compared again with all of theirs.
 */
const closestSentences = new WeakMap<ReadonlySet<string>, WeakMap<BlockProfile, { prior: number; score: number }>>();

function closestSentence(sentence: ReadonlySet<string>, prior: BlockProfile): { prior: number; score: number } {
  let byPrior = closestSentences.get(sentence);
  if (!byPrior) closestSentences.set(sentence, (byPrior = new WeakMap()));
  let best = byPrior.get(prior);
  if (best) return best;
  best = { prior: -1, score: 0 };
  prior.sentences.forEach((other, p) => {
    const score = diceShare(sentence, other);
    if (score > best!.score) best = { prior: p, score };
  });
  byPrior.set(prior, best);
  return best;
}

function evidenceOf(draft: BlockProfile, prior: BlockProfile, probability: number, aliasOf: (name: string) => string | undefined, joinedBy: JoinedBy | undefined): MatchEvidence {
  return {
    probability: roundProbability(probability),
    sharedNames: draft.named.names.filter((name) => nameFoundIn(name, prior.stems, aliasOf)).map((name) => draft.named.surfaces[name]),
    sentences: sentencePairs(draft, prior),
    role: draft.role !== 'topic' && draft.role === prior.role ? draft.role : null,
    ...(joinedBy ? { joinedBy } : {}),
  };
}

/** Carried or revised by the labels' rule, over the block's precedents grouped by prior statement. */
function isCarried(block: Block, links: readonly Link[], index: PrecedentIndex): boolean {
  const byPrior = new Map<number, Link[]>();
  for (const link of links) byPrior.set(link.match.prior, [...(byPrior.get(link.match.prior) ?? []), link]);
  return isCarriedByRule(
    block.text,
    [...byPrior.values()].map((group) => group.sort((a, b) => a.match.block - b.match.block).map((link) => index.blockOf(link.match).text)),
  );
}

function whyNew(read: ReadBlock, index: PrecedentIndex): string {
  const { named, labelText } = read.profile;
  if (labelText && named.label && index.blocksNaming(named.label.join(' ')) === 0) return `no prior block names ${labelText}`;
  const novel = named.names.filter((name) => index.blocksNaming(name) === 0).map((name) => named.surfaces[name]);
  if (novel.length > 0) return `no prior block names ${novel.slice(0, 3).join(', ')}`;
  // A date line shares a number at most ("5 May 2026, Brussels" for "Line 5 of ..."): no reader's closest block.
  const closest = read.candidates.find((candidate) => candidate.mayLink && index.roleOf(candidate.match) !== 'dateline')?.match;
  if (!closest) return 'no prior block shares its words';
  return `its closest prior block ("${index.openingOf(closest)}") shares only area words`;
}

function whyLinked(status: AlignmentStatus, matches: readonly AlignedMatch[], links: readonly Link[], label: string | null, index: PrecedentIndex): string {
  const main = matches[0];
  const { sharedNames, sentences, role } = main.evidence;
  const sameLabel = (match: AlignedMatch) => links.some((l) => l.match.prior === match.prior && l.match.block === match.block && namesTheSameTopic(l.features));
  const byLabel = matches.slice(1).filter(sameLabel);
  const joinedBy = (match: AlignedMatch) => match.evidence.joinedBy;
  const introduced = matches.slice(1).filter((match) => joinedBy(match) === 'introduction');
  const merged = matches.slice(1).filter((match) => joinedBy(match) === 'sentence');
  const grounds = [
    role ? `the same role (${role === 'sectionIntro' ? 'section introduction' : role})` : '',
    label && sameLabel(main) ? `the same label (${label})` : '',
    joinedBy(main) === 'introduction' ? 'it introduced paragraphs this block now introduces' : '',
    sharedNames.length > 0 ? `names ${sharedNames.slice(0, 3).join(', ')}` : '',
    sentences.length > 0 ? `${sentences.length} sentence${sentences.length > 1 ? 's' : ''} continued` : '',
    ...byLabel.map((match) => `also "${index.openingOf(match)}", by its label${label ? ` (${label})` : ''}`),
    ...introduced.map((match) => `also "${index.openingOf(match)}", which introduced paragraphs it now introduces`),
    ...merged.map((match) => `also "${index.openingOf(match)}", merged into it: a sentence continues it`),
  ].filter(Boolean);
  const verb = status === 'carried' ? 'carries over' : 'revises';
  return `${verb} "${index.openingOf(main)}"${grounds.length > 0 ? `: ${grounds.join('; ')}` : ''}`;
}

/**
 * The run of a precedent's sentences a much shorter draft block was drawn
 * from, or null. A sentence carried out of a long paragraph, diffed against
 * the whole paragraph, showed as a wall of deleted words around a few kept
 * ones; diffed against the sentences it continues, it shows what changed in
 * them. The run is the shortest, within one block, holding the most of the
 * draft block's word stems, and must hold QUOTED_PART_SHARE of them.
 */
function quotedPart(block: Block, precedents: readonly Block[]): string | null {
  const draftStems = wordStems(block.text);
  const precedentWords = precedents.reduce((sum, p) => sum + p.text.split(' ').length, 0);
  if (block.text.split(' ').length * QUOTED_PART_LENGTH_RATIO > precedentWords || draftStems.size === 0) return null;
  let best: { precedent: Block; start: number; end: number; held: number } | null = null;
  for (const precedent of precedents) {
    const sentences = precedent.sentences;
    // Each sentence's stems that the draft block holds, read once: every run of sentences is a union of them.
    const drawn = sentences.map((sentence) => [...wordStems(sentence.text)].filter((stem) => draftStems.has(stem)));
    for (let first = 0; first < sentences.length; first++) {
      const run = new Set<string>();
      for (let last = first; last < sentences.length; last++) {
        for (const stem of drawn[last]) run.add(stem);
        const held = run.size;
        const [start, end] = [sentences[first].textStart, sentences[last].textEnd];
        if (!best || held > best.held || (held === best.held && end - start < best.end - best.start)) best = { precedent, start, end, held };
        if (held === draftStems.size) break;
      }
    }
  }
  return best && best.held / draftStems.size >= QUOTED_PART_SHARE ? best.precedent.text.slice(best.start, best.end) : null;
}
