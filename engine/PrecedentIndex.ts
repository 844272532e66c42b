/**
 * The prior statements, indexed once: their blocks' terms for retrieval,
 * each block's profile (stems, sentences, named things, role), and how many
 * prior blocks hold each name. Aligning a draft block reads only the posting
 * lists of its terms, so one edited block re-aligns in milliseconds however
 * large the corpus.
 */
import { RetrievalIndex } from './RetrievalIndex';
import { blockRoles, sectionIntroductions, sectionNumbers, soleBlockHeadings, type BlockRole } from './blockRoles';
import { profileBlock, type BlockProfile } from './blockProfile';
import { acronymAliases } from './acronymAliases';
import { namedThings, topicLabel } from './namedThings';
import { coveredShare, verbatimProfile } from './nearVerbatim';
import { CANDIDATES, CANDIDATE_SHARE_OF_BEST, RECENCY_WEIGHT, ROLE_CANDIDATES } from './thresholds';
import type { Block } from './types';

/** A prior block a draft block continues, or may. `prior` is the prior's position in the list given. */
export interface PrecedentMatch {
  prior: number;
  block: number;
  /** Cosine of the two blocks' TF-IDF vectors (0..1). */
  score: number;
}

/** A prior statement as the index needs it: its blocks and, to weigh recency, its date. */
export interface PriorStatement {
  blocks: readonly Block[];
  /** ISO date; priors without one count as older than those with one, in the order given. */
  date?: string;
}

export class PrecedentIndex {
  private readonly index = new RetrievalIndex();
  private readonly entries: Array<{ prior: number; block: number }> = [];
  /** By prior, each block's entry number by its index (-1 for none): a lookup builds no key string. */
  private readonly entryOf: Int32Array[];
  /** The number of each prior's first entry (and, last, the number of entries): a prior's blocks are numbered in a run. */
  private readonly firstEntry: number[] = [];
  private readonly roles: Array<Map<number, BlockRole>>;
  private readonly topicHeadings: Array<Map<number, string>>;
  private readonly profiles = new Map<number, BlockProfile>();
  private readonly nameCounts = new Map<string, number>();
  /** Blocks by prior and block index: a prior may be given as a part of its document (a note's statement). */
  private readonly blocksByIndex: Array<Map<number, Block>>;
  /** How many blocks of a prior hold a term, by the term and the prior's number. */
  private readonly stemCounts: (stem: string, prior: number) => number;
  /** RECENCY_WEIGHT to the power of the number of priors newer than each prior. */
  readonly recency: number[];

  constructor(readonly priors: readonly PriorStatement[]) {
    this.blocksByIndex = priors.map((prior) => new Map(prior.blocks.map((block) => [block.index, block])));
    this.roles = priors.map((prior) => blockRoles(prior.blocks));
    this.topicHeadings = priors.map((prior) => soleBlockHeadings(prior.blocks));
    this.entryOf = priors.map((prior) => new Int32Array(prior.blocks.reduce((most, block) => Math.max(most, block.index + 1), 0)).fill(-1));
    priors.forEach((prior, p) => {
      this.firstEntry[p] = this.entries.length;
      for (const block of prior.blocks) {
        if (block.kind === 'heading') continue;
        this.entryOf[p][block.index] = this.index.add(block.text);
        this.entries.push({ prior: p, block: block.index });
      }
    });
    this.firstEntry[priors.length] = this.entries.length;
    this.index.seal();
    // Stems alone: the pairs of stems the index also holds are never asked.
    this.stemCounts = this.index.termCountsByRun(this.firstEntry, (term) => !term.includes(' '));
    this.recency = recencyWeights(priors);
  }

  /** How many prior blocks there are. */
  get size(): number {
    return this.entries.length;
  }

  /** The prior blocks most similar to a text, best first, with their scores. */
  search(text: string, limit = CANDIDATES): PrecedentMatch[] {
    return this.index.search(text, { limit }).map((hit) => {
      const { prior, block } = this.entries[hit.entry];
      return { prior, block, score: hit.score };
    });
  }

  /**
   * The candidates of a draft block: the most similar prior blocks, and
   * further down the list those that play the same role (an opening
   * reworded from end to end still continues last year's opening).
   */
  candidates(text: string, role: BlockRole): PrecedentMatch[] {
    const found = this.search(text, role === 'topic' ? CANDIDATES : ROLE_CANDIDATES);
    const floor = (found[0]?.score ?? 0) * CANDIDATE_SHARE_OF_BEST;
    return found.filter((match, rank) => (rank < CANDIDATES && match.score >= floor) || (role !== 'topic' && this.roleOf(match) === role));
  }

  roleOf(match: { prior: number; block: number }): BlockRole {
    return this.roles[match.prior].get(match.block) ?? 'topic';
  }

  /** The block index of the introduction of the section holding a prior block, or -1 when its section has none. */
  sectionIntroOf(match: { prior: number; block: number }): number {
    const roles = this.roles[match.prior];
    this.intros[match.prior] ??= sectionIntroductions(this.priors[match.prior].blocks, (block) => roles.get(block.index));
    return this.intros[match.prior].get(match.block) ?? -1;
  }

  private readonly intros: Array<Map<number, number>> = [];

  /** The section of its statement a prior block stands in (the number of headings before it). */
  sectionOf(match: { prior: number; block: number }): number {
    this.sections[match.prior] ??= sectionNumbers(this.priors[match.prior].blocks);
    return this.sections[match.prior].get(match.block) ?? -1;
  }

  private readonly sections: Array<Map<number, number>> = [];

  blockOf(match: { prior: number; block: number }): Block {
    return this.blocksByIndex[match.prior].get(match.block)!;
  }

  /** The prior block's number in the index (0 to size - 1). */
  entryNumber(match: { prior: number; block: number }): number {
    return this.entryOf[match.prior]?.[match.block] ?? -1;
  }

  profileOf(match: { prior: number; block: number }): BlockProfile {
    const key = this.entryNumber(match);
    let profile = this.profiles.get(key);
    if (!profile) {
      profile = profileBlock(this.blockOf(match), this.roleOf(match), this.topicHeadings[match.prior].get(match.block));
      this.profiles.set(key, profile);
    }
    return profile;
  }

  /** What a prior block is about, in a few words: its label, or the things it names, or its first words. */
  aboutOf(match: { prior: number; block: number }): string {
    const key = `${match.prior}:${match.block}`;
    let about = this.abouts.get(key);
    if (about === undefined) {
      const text = this.blockOf(match).text;
      const heading = this.topicHeadings[match.prior].get(match.block);
      const named = namedThings(text, heading);
      const names = named.names.slice(0, 3).map((name) => named.surfaces[name]);
      about = topicLabel(text, heading) ?? (names.length > 0 ? names.join(', ') : firstWords(text));
      this.abouts.set(key, about);
    }
    return about;
  }

  private readonly abouts = new Map<string, string>();

  /** A prior block's first words (firstWords), read once: the reasons of 10,000 new one-line blocks quoted the same closest block 10,000 times. */
  openingOf(match: { prior: number; block: number }): string {
    const entry = this.entryNumber(match);
    return (this.openings[entry] ??= firstWords(this.blockOf(match).text));
  }

  private readonly openings: string[] = [];

  /** The other form of a name that the priors define as an acronym or spell out, if any. */
  aliasOf(name: string): string | undefined {
    if (!this.aliases) {
      const aliases = new Map<string, string>();
      for (const entry of this.entries) for (const [key, other] of acronymAliases(this.blockOf(entry).text)) if (!aliases.has(key)) aliases.set(key, other);
      this.aliases = aliases;
    }
    return this.aliases.get(name);
  }

  private aliases: Map<string, string> | undefined;

  /** How many blocks of one prior statement hold a word stem: what is distinctive of a block within its own statement. */
  blocksOfPriorWithStem(prior: number, stem: string): number {
    return this.stemCounts(stem, prior);
  }

  /** blocksOfPriorWithStem for one prior, a function made once per prior: it is read for every candidate pair. */
  stemCounterOf(prior: number): (stem: string) => number {
    return (this.stemCounters[prior] ??= (stem) => this.stemCounts(stem, prior));
  }

  private readonly stemCounters: Array<(stem: string) => number> = [];

  /** How many prior blocks hold every stem of a name (its key, stems joined by spaces). */
  blocksNaming(name: string): number {
    let count = this.nameCounts.get(name);
    if (count === undefined) {
      count = this.index.countEntriesWithAll(name.split(' '));
      this.nameCounts.set(name, count);
    }
    return count;
  }

  /** How rare a name is among the prior blocks: IDF, the highest for a name no prior block holds. */
  nameWeight(name: string): number {
    return Math.log(1 + this.entries.length / Math.max(1, this.blocksNaming(name)));
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
    for (const entry of this.entries) for (const key of verbatimProfile(this.blockOf(entry).text).keys) all.add(key);
    return all;
  }
}

/** The first words of a text, with an ellipsis when there are more. */
export function firstWords(text: string, count = 8): string {
  const words = text.split(' ');
  return words.length <= count ? text : `${words.slice(0, count).join(' ')} …`;
}

function recencyWeights(priors: readonly PriorStatement[]): number[] {
  const order = priors.map((prior, p) => ({ p, date: prior.date ?? '' }));
  order.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.p - b.p));
  const weights = new Array<number>(priors.length);
  order.forEach(({ p }, rank) => {
    weights[p] = RECENCY_WEIGHT ** (order.length - 1 - rank);
  });
  return weights;
}
