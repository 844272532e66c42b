/**
 * An inverted index of TF-IDF weighted terms (stems and stem pairs) over
 * blocks, so that finding the candidate precedents of a block reads only the
 * posting lists of its own terms, never every block of the corpus.
 */
import { firstAtLeastIn } from './firstAtLeast';
import { boundedMemo } from './boundedMemo';
import { indexTerms } from './words';

export interface Hit {
  /** The entry's number, in the order entries were added. */
  entry: number;
  /** Cosine similarity of the TF-IDF vectors, 0..1. */
  score: number;
}

export interface SearchOptions {
  /** How many hits at most (default 10). */
  limit?: number;
  /** Only entries this accepts are returned. */
  accept?: (entry: number) => boolean;
}

/**
 * Posting lists longer than this share of all entries are skipped at query
 * time in large indexes: such terms ("cooperation", "digital") weigh almost
 * nothing after IDF, and reading them was most of a query's cost at 1,000
 * statements.
 */
const COMMON_TERM_SHARE = 0.06;
const COMMON_TERM_MIN_ENTRIES = 5_000;

export class RetrievalIndex {
  private readonly termIds = new Map<string, number>();
  /**
   * While adding: each term of each entry as (term id, entry, raw count),
   * in entry order. One flat buffer rather than a list per term: an index of
   * 1,000 statements has hundreds of thousands of terms, and a draft's
   * sentences are indexed again at every analysis.
   */
  private adding = new Int32Array(3 * 1024);
  private added = 0;
  private entryCount = 0;
  /** After seal: term t's postings (entries in order, with their weights) stand at termStart[t] to termStart[t + 1]. */
  private termStart = new Int32Array(1);
  private postingEntries = new Int32Array(0);
  private postingWeights = new Float32Array(0);
  private idf: Float32Array = new Float32Array(0);
  private scratch: Float32Array = new Float32Array(0);
  /** The entries a search has scored, kept between searches: a list of tens of thousands of numbers per query was most of a keystroke's garbage. */
  private touched: Int32Array = new Int32Array(0);
  private sealed = false;

  /** Adds an entry (a block's text); returns its number. */
  add(text: string): number {
    if (this.sealed) throw new Error('RetrievalIndex: add after seal');
    const entry = this.entryCount++;
    const { terms, counts } = countedTerms(text);
    if (this.added + 3 * terms.length > this.adding.length) {
      const grown = new Int32Array(Math.max(2 * this.adding.length, this.added + 3 * terms.length));
      grown.set(this.adding.subarray(0, this.added));
      this.adding = grown;
    }
    for (let t = 0; t < terms.length; t++) {
      const term = terms[t];
      let id = this.termIds.get(term);
      if (id === undefined) {
        id = this.termIds.size;
        this.termIds.set(term, id);
      }
      this.adding[this.added++] = id;
      this.adding[this.added++] = entry;
      this.adding[this.added++] = counts[t];
    }
    return entry;
  }

  get size(): number {
    return this.entryCount;
  }

  /** Computes IDF and normalised weights; the index is read-only afterwards. */
  seal(): this {
    if (this.sealed) return this;
    const n = this.entryCount;
    const termCount = this.termIds.size;
    const adding = this.adding;
    // Postings grouped by term, each term's in entry order (entries were added in order).
    const start = new Int32Array(termCount + 1);
    for (let i = 0; i < this.added; i += 3) start[adding[i] + 1]++;
    for (let id = 0; id < termCount; id++) start[id + 1] += start[id];
    const entries = new Int32Array(start[termCount]);
    const counts = new Int32Array(start[termCount]);
    const next = start.slice(0, termCount);
    for (let i = 0; i < this.added; i += 3) {
      const at = next[adding[i]]++;
      entries[at] = adding[i + 1];
      counts[at] = adding[i + 2];
    }
    this.idf = new Float32Array(termCount);
    // Each entry's norm summed term by term, in the order of the terms' ids.
    const norms = new Float64Array(n);
    for (let id = 0; id < termCount; id++) {
      const idf = Math.log(1 + n / (start[id + 1] - start[id]));
      this.idf[id] = idf;
      for (let k = start[id]; k < start[id + 1]; k++) {
        const w = (1 + Math.log(counts[k])) * idf;
        norms[entries[k]] += w * w;
      }
    }
    const weights = new Float32Array(start[termCount]);
    for (let id = 0; id < termCount; id++) {
      for (let k = start[id]; k < start[id + 1]; k++) weights[k] = ((1 + Math.log(counts[k])) * this.idf[id]) / Math.sqrt(norms[entries[k]] || 1);
    }
    this.termStart = start;
    this.postingEntries = entries;
    this.postingWeights = weights;
    this.adding = new Int32Array(0);
    this.added = 0;
    this.scratch = new Float32Array(n);
    this.touched = new Int32Array(n);
    this.sealed = true;
    return this;
  }

  /**
   * How many entries hold every one of these terms (a name's stems), counted
   * up to `limit`. Posting lists are in entry order, so the shortest list is
   * walked and the others are searched.
   */
  countEntriesWithAll(terms: readonly string[], limit = Infinity): number {
    if (!this.sealed) this.seal();
    // Term ids, rarest first; their postings are read in place (a subarray per term was most of this count's garbage).
    const ids: number[] = [];
    for (const term of terms) {
      const id = this.termIds.get(term);
      if (id === undefined) return 0;
      ids.push(id);
    }
    if (ids.length === 0) return 0;
    const postings = this.postingEntries;
    const starts = this.termStart;
    ids.sort((a, b) => starts[a + 1] - starts[a] - (starts[b + 1] - starts[b]));
    let count = 0;
    for (let k = starts[ids[0]]; k < starts[ids[0] + 1]; k++) {
      const entry = postings[k];
      let inAll = true;
      for (let i = 1; i < ids.length && inAll; i++) {
        const at = firstAtLeastIn(postings, starts[ids[i]], starts[ids[i] + 1], entry);
        inAll = at < starts[ids[i] + 1] && postings[at] === entry;
      }
      if (inAll && ++count >= limit) break;
    }
    return count;
  }

  /**
   * How many entries of each run hold each term, for runs of entries added
   * one after another (a document's blocks): `starts` gives each run's
   * first entry, then the number after the last run's last entry. Tabled
   * once from the postings, each run's terms in order, and read by term:
   * the links of a draft block ask it for every stem it shares with each
   * candidate, thousands of times a keystroke, and two binary searches in a
   * common stem's postings across the whole corpus were the largest part of
   * reading a block's candidates. Only the terms `tabled` accepts are
   * tabled (a term left out counts 0), to keep the table small.
   */
  termCountsByRun(starts: readonly number[], tabled: (term: string) => boolean = () => true): (term: string, run: number) => number {
    if (!this.sealed) this.seal();
    const kept: number[] = [];
    for (const [term, id] of this.termIds) if (tabled(term)) kept.push(id);
    kept.sort((a, b) => a - b);
    const runs = starts.length - 1;
    const runOf = new Int32Array(this.entryCount).fill(-1);
    for (let run = 0; run < runs; run++) runOf.fill(run, starts[run], starts[run + 1]);
    const [termStart, entries] = [this.termStart, this.postingEntries];
    // The postings of a term are in entry order, so a run's entries holding it stand together: a term is new to a run when the last run seen changes.
    const forEachRunOfTerm = (id: number, visit: (run: number, count: number) => void) => {
      let run = -1;
      let count = 0;
      for (let k = termStart[id]; k < termStart[id + 1]; k++) {
        const at = runOf[entries[k]];
        if (at === run) count++;
        else {
          if (run >= 0) visit(run, count);
          [run, count] = [at, 1];
        }
      }
      if (run >= 0) visit(run, count);
    };
    const tableStart = new Int32Array(runs + 1);
    for (const id of kept) forEachRunOfTerm(id, (run) => tableStart[run + 1]++);
    for (let run = 0; run < runs; run++) tableStart[run + 1] += tableStart[run];
    const terms = new Int32Array(tableStart[runs]);
    const counts = new Int32Array(tableStart[runs]);
    const next = tableStart.slice(0, runs);
    for (const id of kept) {
      forEachRunOfTerm(id, (run, count) => {
        terms[next[run]] = id;
        counts[next[run]++] = count;
      });
    }
    return (term, run) => {
      const id = this.termIds.get(term);
      if (id === undefined || run < 0 || run >= runs) return 0;
      const at = firstAtLeastIn(terms, tableStart[run], tableStart[run + 1], id);
      return at < tableStart[run + 1] && terms[at] === id ? counts[at] : 0;
    };
  }

  /** The entries most similar to `text`, best first. */
  search(text: string, options: SearchOptions = {}): Hit[] {
    if (!this.sealed) this.seal();
    const limit = options.limit ?? 10;
    // The query's terms found in the index and their weights, side by side: a pair array per term was most of a search's garbage.
    const queryIds: number[] = [];
    const queryWeights: number[] = [];
    let queryNorm = 0;
    // A term no entry has counts in the query's norm as the rarest term would
    // (df = 1): what a text says beyond its shared words must lower its score,
    // or a long block sharing one word with a short one would score high.
    const unseenIdf = Math.log(1 + this.entryCount);
    const { terms, counts } = countedTerms(text);
    for (let t = 0; t < terms.length; t++) {
      const id = this.termIds.get(terms[t]);
      const w = (1 + Math.log(counts[t])) * (id === undefined ? unseenIdf : this.idf[id]);
      queryNorm += w * w;
      if (id !== undefined) {
        queryIds.push(id);
        queryWeights.push(w);
      }
    }
    if (queryIds.length === 0) return [];
    queryNorm = Math.sqrt(queryNorm);
    const maxPostings = this.entryCount >= COMMON_TERM_MIN_ENTRIES ? this.entryCount * COMMON_TERM_SHARE : Infinity;
    const scores = this.scratch;
    const touched = this.touched;
    let touchedCount = 0;
    const entries = this.postingEntries;
    const weights = this.postingWeights;
    for (let q = 0; q < queryIds.length; q++) {
      const id = queryIds[q];
      const w = queryWeights[q];
      const from = this.termStart[id];
      const to = this.termStart[id + 1];
      if (to - from > maxPostings) continue;
      for (let k = from; k < to; k++) {
        const entry = entries[k];
        if (scores[entry] === 0) touched[touchedCount++] = entry;
        scores[entry] += w * weights[k];
      }
    }
    const hits: Hit[] = [];
    if (limit >= touchedCount) {
      for (let t = 0; t < touchedCount; t++) {
        const entry = touched[t];
        const score = Math.min(1, scores[entry] / queryNorm);
        scores[entry] = 0;
        if (!options.accept || options.accept(entry)) hits.push({ entry, score });
      }
      return hits.sort((a, b) => (outranks(a.score, a.entry, b) ? -1 : 1));
    }
    // Top `limit` by insertion into a short sorted list: sorting every touched
    // entry (tens of thousands at 1,000 statements) cost more than the search.
    // The list is kept in two arrays, the hits made at the end: a hit made at
    // each insertion was most of a search's garbage (some 50 a search).
    if (this.topEntries.length < limit) {
      this.topEntries = new Int32Array(limit);
      this.topScores = new Float64Array(limit);
    }
    const topEntries = this.topEntries;
    const topScores = this.topScores;
    let kept = 0;
    for (let t = 0; t < touchedCount; t++) {
      const entry = touched[t];
      const score = Math.min(1, scores[entry] / queryNorm);
      scores[entry] = 0;
      if (kept === limit && !outranksAt(score, entry, topScores[limit - 1], topEntries[limit - 1])) continue;
      if (options.accept && !options.accept(entry)) continue;
      let at = kept === limit ? limit - 1 : kept++;
      while (at > 0 && outranksAt(score, entry, topScores[at - 1], topEntries[at - 1])) {
        topEntries[at] = topEntries[at - 1];
        topScores[at] = topScores[at - 1];
        at--;
      }
      topEntries[at] = entry;
      topScores[at] = score;
    }
    for (let at = 0; at < kept; at++) hits.push({ entry: topEntries[at], score: topScores[at] });
    return hits;
  }

  /** The search's top list (see search), grown to the largest limit asked. */
  private topEntries = new Int32Array(0);
  private topScores = new Float64Array(0);
}

/** Higher score first; on equal scores the earlier entry, so results are deterministic. */
function outranks(score: number, entry: number, other: Hit): boolean {
  return outranksAt(score, entry, other.score, other.entry);
}

function outranksAt(score: number, entry: number, otherScore: number, otherEntry: number): boolean {
  return score > otherScore || (score === otherScore && entry < otherEntry);
}

/**
 * A text's distinct terms with their counts, in the order they first occur
 * (the order scores are summed in). The same texts are indexed and searched
 * again and again (a draft's sentences and blocks at every analysis, against
 * each new index): counted once per text.
 */
const countedTerms = boundedMemo((text: string): { terms: readonly string[]; counts: readonly number[] } => {
  const counted = countTerms(indexTerms(text));
  return { terms: [...counted.keys()], counts: [...counted.values()] };
}, 20_000);

function countTerms(terms: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}
