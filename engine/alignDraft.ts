/**
 * Alignment of a draft with prior statements: for every draft block the prior
 * blocks it continues and whether their wording was carried over, revised or
 * the block is new; every prior block no draft block continues is dropped.
 */
import { RetrievalIndex } from './RetrievalIndex';
import { coveredShare, trigramSet, verbatimProfile, type VerbatimProfile } from './nearVerbatim';
import { diffWords } from './wordDiff';
import { wordStems } from './words';
import {
  CANDIDATES,
  CARRIED_SHARE,
  LINK_MIN_SCORE,
  MERGE_COVERED_SHARE,
  MERGE_MIN_WORDS,
  QUOTED_PART_LENGTH_RATIO,
  QUOTED_PART_SHARE,
  RECENCY_WEIGHT,
  SECONDARY_LINK_RATIO,
} from './thresholds';
import type { Block, WordDiff } from './types';

export type AlignmentStatus = 'carried' | 'revised' | 'new';

/** A prior block a draft block continues. `prior` is the prior's position in the list given. */
export interface PrecedentMatch {
  prior: number;
  block: number;
  score: number;
}

export interface BlockAlignment {
  /** The draft block's index. */
  block: number;
  status: AlignmentStatus;
  /** Its precedents, the one to show first first. */
  matches: PrecedentMatch[];
  /** Word diff from the main precedent (its linked blocks of that prior, in order) to the draft block. */
  diff: WordDiff;
}

export interface DroppedBlock {
  prior: number;
  block: number;
}

export interface DraftAlignment {
  alignments: BlockAlignment[];
  dropped: DroppedBlock[];
}

/** A prior statement as the index needs it: its blocks and, to weigh recency, its date. */
export interface PriorStatement {
  blocks: readonly Block[];
  /** ISO date; priors without one count as older than those with one, in the order given. */
  date?: string;
}

/** A draft block's candidates and the links chosen from its own point of view. */
interface BlockCandidates {
  block: Block;
  profile: VerbatimProfile;
  candidates: PrecedentMatch[];
  links: PrecedentMatch[];
}

/**
 * The prior statements, indexed once. Aligning a draft block reads only the
 * posting lists of its terms, so one edited block re-aligns in milliseconds
 * however large the corpus.
 */
export class PrecedentIndex {
  private readonly index = new RetrievalIndex();
  private readonly entries: Array<{ prior: number; block: number }> = [];
  private readonly trigramCache = new Map<number, Set<number>>();
  private readonly profileCache = new Map<number, VerbatimProfile>();
  private readonly entryOf = new Map<string, number>();
  /** Blocks by prior and block index: a prior may be given as a part of its document (a note's statement). */
  private readonly blocksByIndex: Array<Map<number, Block>>;
  private readonly recency: number[];

  constructor(readonly priors: readonly PriorStatement[]) {
    this.blocksByIndex = priors.map((prior) => new Map(prior.blocks.map((block) => [block.index, block])));
    priors.forEach((prior, p) => {
      for (const block of prior.blocks) {
        if (block.kind === 'heading') continue;
        this.entryOf.set(`${p}:${block.index}`, this.index.add(block.text));
        this.entries.push({ prior: p, block: block.index });
      }
    });
    this.index.seal();
    this.recency = recencyWeights(priors);
  }

  /** The prior blocks most similar to a text, best first, with their scores. */
  search(text: string, limit = CANDIDATES): PrecedentMatch[] {
    return this.index.search(text, { limit }).map((hit) => ({ ...this.entries[hit.entry], score: hit.score }));
  }

  /**
   * How many of a text's words stand near-verbatim in any prior statement
   * (agreed language), and how many words it has.
   */
  agreedWords(text: string): { agreed: number; words: number } {
    this.allTrigrams ??= this.collectAllTrigrams();
    const profile = verbatimProfile(text);
    return { agreed: Math.round(coveredShare(profile, this.allTrigrams) * profile.length), words: profile.length };
  }

  private allTrigrams: Set<number> | undefined;

  private collectAllTrigrams(): Set<number> {
    const all = new Set<number>();
    this.priors.forEach((prior, p) => {
      for (const block of prior.blocks) if (block.kind !== 'heading') for (const key of this.profileOf({ prior: p, block: block.index }).keys) all.add(key);
    });
    return all;
  }

  /** Aligns one draft block on its own (the whole-draft pass may add links to it). */
  alignBlock(block: Block): BlockAlignment {
    return this.finish(this.candidatesOf(block));
  }

  /** Candidates of a block and the links it makes on its own. */
  candidatesOf(block: Block): BlockCandidates {
    const candidates = this.search(block.text).filter((match) => match.score >= LINK_MIN_SCORE / 2);
    const links: PrecedentMatch[] = [];
    const profile = verbatimProfile(block.text);
    const draftTrigrams = trigramSet(profile);
    const bestOfPrior = new Map<number, number>();
    for (const candidate of candidates) {
      const best = bestOfPrior.get(candidate.prior);
      if (best === undefined) {
        if (candidate.score < LINK_MIN_SCORE) continue;
        bestOfPrior.set(candidate.prior, candidate.score);
        links.push(candidate);
      } else if (
        candidate.score >= best * SECONDARY_LINK_RATIO ||
        (this.profileOf(candidate).length >= MERGE_MIN_WORDS && coveredShare(this.profileOf(candidate), draftTrigrams) >= MERGE_COVERED_SHARE)
      ) {
        links.push(candidate);
      }
    }
    return { block, profile, candidates, links };
  }

  /** Status, ordered matches and diff of a block with the links it ends up with. */
  finish({ block, profile, links }: { block: Block; profile: VerbatimProfile; links: readonly PrecedentMatch[] }): BlockAlignment {
    if (links.length === 0) return { block: block.index, status: 'new', matches: [], diff: [[1, block.text]] };
    const matches = [...links].sort(
      (a, b) => b.score * this.recency[b.prior] - a.score * this.recency[a.prior] || a.prior - b.prior || a.block - b.block,
    );
    const main = matches[0].prior;
    const mainBlocks = matches.filter((m) => m.prior === main).sort((a, b) => a.block - b.block);
    const precedentText = mainBlocks.map((m) => this.blockOf(m).text).join(' ');
    return {
      block: block.index,
      status: this.isCarried(profile, matches) ? 'carried' : 'revised',
      matches,
      diff: diffWords(quotedPart(block, mainBlocks.map((m) => this.blockOf(m))) ?? precedentText, block.text),
    };
  }

  /** Near-verbatim test, prior by prior: the linked blocks of one prior together, or any one of them alone. */
  private isCarried(profile: VerbatimProfile, matches: readonly PrecedentMatch[]): boolean {
    const trigrams = trigramSet(profile);
    const byPrior = new Map<number, PrecedentMatch[]>();
    for (const match of matches) byPrior.set(match.prior, [...(byPrior.get(match.prior) ?? []), match]);
    for (const group of byPrior.values()) {
      const union = new Set<number>();
      for (const match of group) {
        for (const gram of this.trigramsOf(match)) union.add(gram);
        if (coveredShare(this.profileOf(match), trigrams) >= CARRIED_SHARE) return true;
      }
      if (coveredShare(profile, union) >= CARRIED_SHARE) return true;
    }
    return false;
  }

  private blockOf(match: { prior: number; block: number }): Block {
    return this.blocksByIndex[match.prior].get(match.block)!;
  }

  private keyOf(match: { prior: number; block: number }): number {
    return this.entryOf.get(`${match.prior}:${match.block}`) ?? -1;
  }

  private profileOf(match: { prior: number; block: number }): VerbatimProfile {
    const key = this.keyOf(match);
    let profile = this.profileCache.get(key);
    if (!profile) {
      profile = verbatimProfile(this.blockOf(match).text);
      this.profileCache.set(key, profile);
    }
    return profile;
  }

  private trigramsOf(match: { prior: number; block: number }): Set<number> {
    const key = this.keyOf(match);
    let grams = this.trigramCache.get(key);
    if (!grams) {
      grams = trigramSet(this.profileOf(match));
      this.trigramCache.set(key, grams);
    }
    return grams;
  }
}

/** RECENCY_WEIGHT to the power of the number of priors newer than each prior. */
function recencyWeights(priors: readonly PriorStatement[]): number[] {
  const order = priors.map((prior, p) => ({ p, date: prior.date ?? '' }));
  order.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.p - b.p));
  const weights = new Array<number>(priors.length);
  order.forEach(({ p }, rank) => {
    weights[p] = RECENCY_WEIGHT ** (order.length - 1 - rank);
  });
  return weights;
}

/**
 * What a live session keeps between keystrokes: each block's candidates and
 * finished alignment, by its text (and links), so that only edited blocks
 * are searched and diffed again. Entries not used by the latest run are
 * dropped, so the cache never outgrows the draft.
 */
export class AlignmentCache {
  candidates = new Map<string, Omit<BlockCandidates, 'block'>>();
  finished = new Map<string, Omit<BlockAlignment, 'block'>>();
}

/**
 * Aligns every non-heading block of a draft. A prior block that is no draft
 * block's first choice is still continued, not dropped, when some draft
 * block scores above the link line with it: it is linked to the draft block
 * it is most like (how a block split or merged away shows up).
 */
export function alignDraft(draft: { blocks: readonly Block[] }, index: PrecedentIndex, cache?: AlignmentCache): DraftAlignment {
  const usedCandidates = new Map<string, Omit<BlockCandidates, 'block'>>();
  const perBlock = draft.blocks
    .filter((block) => block.kind !== 'heading')
    .map((block): BlockCandidates => {
      const known = usedCandidates.get(block.text) ?? cache?.candidates.get(block.text);
      const found = known ? { ...known, block } : index.candidatesOf(block);
      usedCandidates.set(block.text, found);
      return found;
    });
  const linked = new Set<string>();
  for (const { links } of perBlock) for (const link of links) linked.add(`${link.prior}:${link.block}`);

  const bestDraftFor = new Map<string, { at: number; match: PrecedentMatch }>();
  perBlock.forEach(({ candidates }, at) => {
    for (const candidate of candidates) {
      const key = `${candidate.prior}:${candidate.block}`;
      if (linked.has(key) || candidate.score < LINK_MIN_SCORE) continue;
      const best = bestDraftFor.get(key);
      if (!best || candidate.score > best.match.score) bestDraftFor.set(key, { at, match: candidate });
    }
  });
  const extra = perBlock.map(() => [] as PrecedentMatch[]);
  for (const [key, { at, match }] of bestDraftFor) {
    extra[at].push(match);
    linked.add(key);
  }

  const usedFinished = new Map<string, Omit<BlockAlignment, 'block'>>();
  const alignments = perBlock.map((entry, at) => {
    const links = [...entry.links, ...extra[at]];
    const key = `${entry.block.text}\u0000${links.map((l) => `${l.prior}:${l.block}`).join(',')}`;
    const known = usedFinished.get(key) ?? cache?.finished.get(key);
    const finished = known ? { ...known, block: entry.block.index } : index.finish({ ...entry, links });
    usedFinished.set(key, finished);
    return finished;
  });
  if (cache) {
    cache.candidates = usedCandidates;
    cache.finished = usedFinished;
  }
  const dropped: DroppedBlock[] = [];
  index.priors.forEach((prior, p) => {
    for (const block of prior.blocks) {
      if (block.kind !== 'heading' && !linked.has(`${p}:${block.index}`)) dropped.push({ prior: p, block: block.index });
    }
  });
  return { alignments, dropped };
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
  let best: { text: string; held: number } | null = null;
  for (const precedent of precedents) {
    const sentences = precedent.sentences;
    for (let first = 0; first < sentences.length; first++) {
      const run = new Set<string>();
      for (let last = first; last < sentences.length; last++) {
        for (const stem of wordStems(sentences[last].text)) run.add(stem);
        let held = 0;
        for (const stem of draftStems) if (run.has(stem)) held++;
        const text = precedent.text.slice(sentences[first].textStart, sentences[last].textEnd);
        if (!best || held > best.held || (held === best.held && text.length < best.text.length)) best = { text, held };
        if (held === draftStems.size) break;
      }
    }
  }
  return best && best.held / draftStems.size >= QUOTED_PART_SHARE ? best.text : null;
}
