/**
 * What the rest of the draft adds to each candidate pair: how it stands
 * against the prior block's other claimants, as (share of the best, margin
 * over the best other claimant) for each candidate of each draft block.
 *
 * A live session keeps it between keystrokes (LiveCompetition): a keystroke
 * changes one block's candidates, and only the prior blocks those claim (or
 * claimed) are contested again, and of the draft blocks that claim those
 * only the ones whose standing moved are decided again. A draft of 10,000
 * words has hundreds of blocks; a keystroke moves a handful.
 */
import type { PrecedentIndex } from './PrecedentIndex';

/** The candidates of a draft block as the competition reads them: each prior block (by its index entry) and the pair's score. */
export interface Claims {
  candidates: ReadonlyArray<{ match: { score: number }; entry: number }>;
}

interface Standings {
  /** By prior block: the best and second-best claimant's score, and the position of the best claimant. */
  best: Float64Array;
  second: Float64Array;
  bestAt: Int32Array;
}

function standingsOf(size: number): Standings {
  return { best: new Float64Array(size), second: new Float64Array(size), bestAt: new Int32Array(size) };
}

/** A claimant at position `at` enters the standings of a prior block; claimants enter in draft order, so the first of equals stays best. */
function claim({ best, second, bestAt }: Standings, entry: number, score: number, at: number): void {
  if (score > best[entry]) {
    second[entry] = best[entry];
    best[entry] = score;
    bestAt[entry] = at;
  } else if (score > second[entry]) second[entry] = score;
}

/** Each candidate's (share of the prior block's best, margin over the best other claimant), in pairs. */
function pairsOf(claims: Claims, at: number, { best, second, bestAt }: Standings): Float64Array {
  const pairs = new Float64Array(claims.candidates.length * 2);
  claims.candidates.forEach(({ match, entry }, i) => {
    pairs[2 * i] = match.score / (best[entry] || 1);
    pairs[2 * i + 1] = match.score - (bestAt[entry] === at ? second[entry] : best[entry]);
  });
  return pairs;
}

function samePairs(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Per index, standings cleared after each use: no allocation per keystroke for a one-off alignment. */
const scratches = new WeakMap<PrecedentIndex, Standings>();

/** The competition of a whole draft, computed afresh. */
export function competition(blocks: readonly Claims[], index: PrecedentIndex): Float64Array[] {
  let standings = scratches.get(index);
  if (!standings) scratches.set(index, (standings = standingsOf(index.size)));
  const touched: number[] = [];
  blocks.forEach((claims, at) => {
    for (const { match, entry } of claims.candidates) {
      if (standings.best[entry] === 0 && standings.second[entry] === 0) touched.push(entry);
      claim(standings, entry, match.score, at);
    }
  });
  const out = blocks.map((claims, at) => pairsOf(claims, at, standings));
  for (const entry of touched) standings.best[entry] = standings.second[entry] = 0;
  return out;
}

/**
 * The competition kept between runs. `update` takes this run's blocks (the
 * same objects for unchanged blocks) and says which positions were decided
 * again; null when all were (the first run, or blocks came or went).
 */
export class LiveCompetition {
  private readonly standings: Standings;
  /** By prior block: the positions of the draft blocks claiming it, in draft order. */
  private claimants = new Map<number, number[]>();
  private blocks: readonly Claims[] = [];
  private pairs: Float64Array[] = [];

  constructor(readonly index: PrecedentIndex) {
    this.standings = standingsOf(index.size);
  }

  update(blocks: readonly Claims[]): { pairs: readonly Float64Array[]; decided: ReadonlySet<number> | null } {
    const changed: number[] = [];
    if (blocks.length === this.blocks.length) blocks.forEach((claims, at) => claims !== this.blocks[at] && changed.push(at));
    // A paragraph split or joined shifts every later position: decided afresh.
    if (blocks.length !== this.blocks.length || changed.length * 4 > blocks.length) {
      this.restart(blocks);
      return { pairs: this.pairs, decided: null };
    }
    const contested = new Set<number>();
    for (const at of changed) {
      for (const { entry } of this.blocks[at].candidates) {
        contested.add(entry);
        this.leave(entry, at);
      }
      for (const { entry } of blocks[at].candidates) {
        contested.add(entry);
        this.enter(entry, at);
      }
    }
    this.blocks = blocks;
    const claimants = new Set<number>();
    for (const entry of contested) {
      this.standings.best[entry] = this.standings.second[entry] = 0;
      for (const at of this.claimants.get(entry) ?? []) {
        claim(this.standings, entry, blocks[at].candidates.find((c) => c.entry === entry)!.match.score, at);
        claimants.add(at);
      }
    }
    // Another claimant is decided again only where its pairs moved: most keep theirs, the edited block taking
    // no prior block from them (on a 10,000-word draft, 100 of the 114 blocks claiming what a keystroke contested).
    const decided = new Set(changed);
    for (const at of changed) this.pairs[at] = pairsOf(blocks[at], at, this.standings);
    for (const at of claimants) {
      if (decided.has(at)) continue;
      const pairs = pairsOf(blocks[at], at, this.standings);
      if (samePairs(pairs, this.pairs[at])) continue;
      this.pairs[at] = pairs;
      decided.add(at);
    }
    return { pairs: this.pairs, decided };
  }

  private restart(blocks: readonly Claims[]): void {
    for (const entry of this.claimants.keys()) this.standings.best[entry] = this.standings.second[entry] = 0;
    this.claimants = new Map();
    blocks.forEach((claims, at) => {
      for (const { match, entry } of claims.candidates) {
        this.enter(entry, at);
        claim(this.standings, entry, match.score, at);
      }
    });
    this.blocks = blocks;
    this.pairs = blocks.map((claims, at) => pairsOf(claims, at, this.standings));
  }

  /** Adds a claimant, keeping the list in draft order. */
  private enter(entry: number, at: number): void {
    const list = this.claimants.get(entry);
    if (!list) {
      this.claimants.set(entry, [at]);
      return;
    }
    let i = list.length;
    while (i > 0 && list[i - 1] > at) i--;
    if (list[i - 1] !== at) list.splice(i, 0, at);
  }

  private leave(entry: number, at: number): void {
    const list = this.claimants.get(entry);
    if (!list) return;
    const i = list.indexOf(at);
    if (i >= 0) list.splice(i, 1);
    if (list.length === 0) this.claimants.delete(entry);
  }
}
