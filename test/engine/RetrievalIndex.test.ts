import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RetrievalIndex } from '../../engine/RetrievalIndex';
import { indexTerms } from '../../engine/words';
import { readCorpusDocument } from '../support/gold';

const blocks = ['partnership-2022', 'statement-2024', 'statement-2025', 'council-note-8288-1-26-rev1'].flatMap((id) =>
  readCorpusDocument(id).blocks.filter((block) => block.kind !== 'heading').map((block) => block.text),
);

/** The statements' blocks, numbered copy after copy, until the index is large enough to skip its most common terms. */
function largeCorpus(entries: number): string[] {
  return Array.from({ length: entries }, (_, i) => `${blocks[i % blocks.length]} (copy ${Math.floor(i / blocks.length)})`);
}

function indexOf(texts: readonly string[]): RetrievalIndex {
  const index = new RetrievalIndex();
  for (const text of texts) index.add(text);
  return index.seal();
}

/**
 * An index keeps its scratch lists between searches (no garbage per
 * keystroke): a search must leave nothing behind for the next, whatever it
 * asked and however many entries it scored.
 */
describe('searches one after another', () => {
  const queries = [...blocks.slice(0, 40), 'Both sides will cooperate on submarine cables.', 'cooperation', 'Penguins enjoy quiet winters.', blocks.join(' ')];

  for (const [label, texts] of [
    ['the four statements', blocks],
    ['6,000 blocks, where the most common terms are skipped', largeCorpus(6_000)],
  ] as const) {
    it(`give what each gives asked in the other order, or first, on ${label}`, () => {
      // Every limit path: a few hits, all of them, more than there are.
      const asks = queries.flatMap((query) => [1, 12, 40, texts.length + 10].map((limit) => ({ query, limit })));
      const [forward, backward] = [indexOf(texts), indexOf(texts)];
      const answers = asks.map(({ query, limit }) => forward.search(query, { limit }));
      const reversed = [...asks].reverse().map(({ query, limit }) => backward.search(query, { limit })).reverse();
      asks.forEach((ask, i) => expect(reversed[i], `${ask.query.slice(0, 40)} with limit ${ask.limit}`).toEqual(answers[i]));
      expect(indexOf(texts).search(asks[asks.length - 1].query, { limit: asks[asks.length - 1].limit })).toEqual(answers[answers.length - 1]);
      expect(answers.some((hits) => hits.length > 40)).toBe(true);
    });
  }

  it('keep the best of the entries scored: the first hits of a search for all, in the same order, ties to the earlier entry', () => {
    const texts = largeCorpus(2_000);
    const index = indexOf(texts);
    for (const query of queries) {
      const all = index.search(query, { limit: texts.length + 10 });
      for (const limit of [1, 12, 40]) expect(index.search(query, { limit }), `${query.slice(0, 40)} with limit ${limit}`).toEqual(all.slice(0, limit));
      // Entries accepted or not: the best of those accepted.
      const even = (entry: number) => entry % 2 === 0;
      expect(index.search(query, { limit: 12, accept: even })).toEqual(all.filter((hit) => even(hit.entry)).slice(0, 12));
    }
  });

  it('score a block against its own copy highest, best first, with scores between 0 and 1', () => {
    const index = indexOf(blocks);
    for (const [entry, text] of blocks.entries()) {
      const hits = index.search(text, { limit: 5 });
      expect(hits[0].score).toBeCloseTo(1, 5);
      expect(blocks[hits[0].entry]).toBe(text);
      expect(entry >= hits[0].entry).toBe(true);
      for (let i = 1; i < hits.length; i++) expect(hits[i].score).toBeLessThanOrEqual(hits[i - 1].score);
    }
  });
});

describe('how many entries of each run hold a term', () => {
  const words = ['cooperation', 'digital', 'quantum', 'cables', 'submarine', 'research', 'both', 'sides', 'welcomed', 'security'];

  it('is what a count of each run entry by entry gives, for any texts cut into any runs', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...words), { maxLength: 8 }).map((picked) => picked.join(' ')), { minLength: 1, maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (texts, cuts) => {
          const index = indexOf(texts);
          const starts = [...new Set([0, ...cuts.map((cut) => cut % (texts.length + 1)), texts.length])].sort((a, b) => a - b);
          const count = index.termCountsByRun(starts);
          const stemsOnly = index.termCountsByRun(starts, (term) => !term.includes(' '));
          const terms = new Set([...texts.flatMap((text) => indexTerms(text)), 'penguin']);
          for (let run = 0; run + 1 < starts.length; run++) {
            for (const term of terms) {
              const held = texts.slice(starts[run], starts[run + 1]).filter((text) => indexTerms(text).includes(term)).length;
              expect(count(term, run), `${term} in run ${run}`).toBe(held);
              expect(stemsOnly(term, run), `${term} in run ${run}, stems tabled`).toBe(term.includes(' ') ? 0 : held);
            }
          }
        },
      ),
    );
  });
});

/** Cosine of TF-IDF vectors as the index defines them, computed term by term from a text's index terms. */
function referenceScores(texts: readonly string[], query: string): Map<number, number> {
  const counted = (text: string) => indexTerms(text).reduce((counts, term) => counts.set(term, (counts.get(term) ?? 0) + 1), new Map<string, number>());
  const entries = texts.map(counted);
  const df = new Map<string, number>();
  for (const counts of entries) for (const term of counts.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const idf = (term: string) => Math.log(1 + texts.length / (df.get(term) ?? 1));
  const weights = (counts: Map<string, number>) => new Map([...counts].map(([term, count]) => [term, (1 + Math.log(count)) * idf(term)]));
  const norm = (vector: Map<string, number>) => Math.sqrt([...vector.values()].reduce((sum, w) => sum + w * w, 0));
  const asked = weights(counted(query));
  const scores = new Map<number, number>();
  entries.forEach((counts, entry) => {
    const vector = weights(counts);
    let dot = 0;
    for (const [term, w] of asked) if (vector.has(term)) dot += w * vector.get(term)!;
    if (dot > 0) scores.set(entry, Math.min(1, dot / norm(vector) / norm(asked)));
  });
  return scores;
}

describe('a search’s scores', () => {
  it('are the cosine of the TF-IDF vectors, for every entry sharing a term', () => {
    const texts = blocks.slice(0, 60);
    const index = indexOf(texts);
    for (const query of [blocks[3], blocks[70], 'Both sides will cooperate on submarine cables and data flows.']) {
      const expected = referenceScores(texts, query);
      const hits = index.search(query, { limit: texts.length });
      expect(hits.map((hit) => hit.entry).sort((a, b) => a - b)).toEqual([...expected.keys()].sort((a, b) => a - b));
      for (const hit of hits) expect(hit.score).toBeCloseTo(expected.get(hit.entry)!, 5);
    }
  });
});

describe('the entries holding every term of a name', () => {
  it('are counted as a scan of every entry counts them, up to the limit, and none when a term is in no entry', () => {
    const texts = blocks.slice(0, 80);
    const index = indexOf(texts);
    const termsOf = texts.map((text) => new Set(indexTerms(text)));
    const vocabulary = [...new Set(termsOf.flatMap((terms) => [...terms]))].sort();
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...vocabulary, 'penguin'), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 90 }), (terms, limit) => {
        const holding = termsOf.filter((held) => terms.every((term) => held.has(term))).length;
        expect(index.countEntriesWithAll(terms)).toBe(holding);
        expect(index.countEntriesWithAll(terms, limit)).toBe(Math.min(holding, limit));
      }),
      { numRuns: 300 },
    );
  });
});
