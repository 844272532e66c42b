/**
 * Equivalent words: "strengthened" continues "reinforced", "speed up"
 * continues "accelerate". Plain word overlap cannot see a reworded sentence
 * continue its precedent; this gives such words a share of credit, below an
 * exact word, from a small table built out of WordNet at build time
 * (scripts/buildEquivalentWords.ts, `npm run words`). Two stems are
 * equivalent when they share a concept (a WordNet synset both reach through
 * one of their most frequent senses).
 */
import { boundedMemo } from './boundedMemo';
import table from './equivalentWords.json';
import { wordStems } from './words';

/**
 * The mark before a stem that joined a concept from below, as
 * scripts/buildEquivalentWords.ts writes it: "reinforce" is a manner of
 * "strengthen", equivalent to the concept's own words but not to the other
 * words below it.
 */
const NARROWER = '<';

/** A stem's place in a concept: its id, and whether it joined from below. */
interface Membership {
  readonly id: number;
  readonly narrower: boolean;
}

/** The concepts of each stem, read once from the table. */
const MEMBERSHIPS: ReadonlyMap<string, readonly Membership[]> = (() => {
  const memberships = new Map<string, Membership[]>();
  table.concepts.forEach((stems, id) => {
    for (const entry of stems) {
      const narrower = entry.startsWith(NARROWER);
      const stem = narrower ? entry.slice(NARROWER.length) : entry;
      const list = memberships.get(stem);
      if (list) list.push({ id, narrower });
      else memberships.set(stem, [{ id, narrower }]);
    }
  });
  return memberships;
})();

const NONE: readonly Membership[] = [];

/** The concepts a stem (as `stemOf` gives it) belongs to; none for a word the table does not hold. */
export function equivalentConcepts(stem: string): readonly number[] {
  return (MEMBERSHIPS.get(stem) ?? NONE).map((membership) => membership.id);
}

/**
 * Whether two different stems share a concept, one of them as its own word.
 * A stem is not its own equivalent: that is an exact match.
 */
export function areEquivalentStems(a: string, b: string): boolean {
  if (a === b) return false;
  const theirs = MEMBERSHIPS.get(b) ?? NONE;
  return (MEMBERSHIPS.get(a) ?? NONE).some((mine) => theirs.some((other) => other.id === mine.id && !(other.narrower && mine.narrower)));
}

/** A text's stems with the concepts they reach, read once per text. */
export interface EquivalentWordsOfText {
  readonly stems: ReadonlySet<string>;
  /** Each concept the text reaches, with the text's stems that are its own words. */
  readonly concepts: ReadonlyMap<number, readonly string[]>;
  /** Each concept the text reaches, with the text's stems that joined it from below. */
  readonly narrowerConcepts: ReadonlyMap<number, readonly string[]>;
}

function readEquivalentWordsOf(text: string): EquivalentWordsOfText {
  return equivalentWordsOfStems(wordStems(text));
}

/** The stems of a set with their concepts, for callers that already hold a text's stems. */
export function equivalentWordsOfStems(stems: ReadonlySet<string>): EquivalentWordsOfText {
  const concepts = new Map<number, string[]>();
  const narrowerConcepts = new Map<number, string[]>();
  for (const stem of stems) {
    for (const { id, narrower } of MEMBERSHIPS.get(stem) ?? NONE) {
      const map = narrower ? narrowerConcepts : concepts;
      const holders = map.get(id);
      if (holders) holders.push(stem);
      else map.set(id, [stem]);
    }
  }
  return { stems, concepts, narrowerConcepts };
}

/**
 * A text's stems and concepts. Memoised: a live draft asks for the same
 * blocks' words at every keystroke, and the bound keeps a session flat.
 */
export const equivalentWordsOf: (text: string) => EquivalentWordsOfText = boundedMemo(readEquivalentWordsOf, 20_000);

/**
 * The credit an equivalent (non-identical) word gets against an exact one:
 * a reworded word is weaker evidence of continuity than the word itself.
 * Chosen on 2024 → 2025, ranking the labelled links above the other
 * candidates with IDF-weighted stems: AUC 0.9869 for exact words alone,
 * 0.9893 to 0.9895 from 0.2 to 0.3, 0.9881 at 0.5; 0.25 is the middle of
 * that plateau. Held out on 2025 → 2026 it costs a little (0.8955 against
 * 0.9006): the labelled pairs reword little, so equivalents are evidence
 * for paraphrased drafts more than a ranking signal (see the test).
 */
export const EQUIVALENT_WORD_WEIGHT = 0.25;

export interface SoftWordOverlapOptions {
  /** Credit of an equivalent word, between 0 (exact words only) and 1 (as good as exact). Default EQUIVALENT_WORD_WEIGHT. */
  readonly equivalentWeight?: number;
  /**
   * How much each stem counts, for example its IDF over the blocks being
   * aligned, so that equivalents of the area's common words ("cooperation",
   * "collaboration") weigh as little as those words do. Default: 1 each.
   */
  readonly stemWeight?: (stem: string) => number;
}

export interface SoftWordOverlap {
  /**
   * Dice coefficient with partial credit: each stem of either side counts
   * its weight when the other side has it, `equivalentWeight` times its
   * weight when the other side has only an equivalent of it, over both
   * sides' weights together. With an equivalent weight of 0 and stems of
   * weight 1 it is `diceShare` of the two stem sets.
   */
  readonly score: number;
  /** Stems both sides have. */
  readonly exact: number;
  /** The equivalent pairs found (a stem of the first side, one of the second), the evidence a reader checks. */
  readonly equivalents: readonly (readonly [string, string])[];
}

/** Word overlap of two texts (or their precomputed words) where equivalent words count below exact ones. */
export function softWordOverlap(
  a: string | EquivalentWordsOfText,
  b: string | EquivalentWordsOfText,
  options: SoftWordOverlapOptions = {},
): SoftWordOverlap {
  const credit = options.equivalentWeight ?? EQUIVALENT_WORD_WEIGHT;
  const weigh = options.stemWeight ?? unitWeight;
  const left = typeof a === 'string' ? equivalentWordsOf(a) : a;
  const right = typeof b === 'string' ? equivalentWordsOf(b) : b;
  let exact = 0;
  let total = 0;
  let matched = 0;
  // Made on the first equivalent found: most candidate pairs have none, and an empty list a pair was garbage to collect.
  let equivalents: Array<readonly [string, string]> | undefined;
  for (const stem of left.stems) {
    const weight = weigh(stem);
    total += weight;
    if (right.stems.has(stem)) {
      exact++;
      matched += 2 * weight;
      continue;
    }
    const partner = equivalentIn(stem, right);
    if (partner === undefined) continue;
    matched += credit * weight;
    (equivalents ??= []).push([stem, partner]);
  }
  if (options.stemWeight === undefined && left.concepts.size + left.narrowerConcepts.size < right.stems.size) {
    // Every stem weighs 1, so each of the right side's equivalents adds the same credit, in whatever order they are found.
    total += right.stems.size;
    for (let i = equivalentsOfLeftIn(left, right); i > 0; i--) matched += credit;
  } else {
    for (const stem of right.stems) {
      const weight = weigh(stem);
      total += weight;
      if (!left.stems.has(stem) && equivalentIn(stem, left) !== undefined) matched += credit * weight;
    }
  }
  return { score: total === 0 ? 0 : matched / total, exact, equivalents: equivalents ?? NO_EQUIVALENTS };
}

/**
 * How many stems of `right`, not in `left`, have an equivalent in `left`
 * (as `equivalentIn` reads it), found from `left`'s concepts: a short draft
 * block against a long prior one reaches few concepts, and looking up each
 * of the prior's stems was most of a candidate's cost.
 */
function equivalentsOfLeftIn(left: EquivalentWordsOfText, right: EquivalentWordsOfText): number {
  // Made on the first stem found, as the list of equivalents above.
  let found: Set<string> | undefined;
  // A concept the left side reaches with its own words takes the right side's own and narrower words; one it reaches only from below, its own words.
  for (const id of left.concepts.keys()) {
    found = addMissing(found, right.concepts.get(id), left.stems);
    found = addMissing(found, right.narrowerConcepts.get(id), left.stems);
  }
  for (const id of left.narrowerConcepts.keys()) found = addMissing(found, right.concepts.get(id), left.stems);
  return found?.size ?? 0;
}

/** `found` with the stems not `present` added (a new set for the first). */
function addMissing(found: Set<string> | undefined, stems: readonly string[] | undefined, present: ReadonlySet<string>): Set<string> | undefined {
  if (stems) for (const stem of stems) if (!present.has(stem)) (found ??= new Set()).add(stem);
  return found;
}

const NO_EQUIVALENTS: ReadonlyArray<readonly [string, string]> = Object.freeze([]);

const unitWeight = (): number => 1;

/**
 * A stem of `other` (not `stem` itself, which the caller has ruled out)
 * equivalent to `stem`: sharing a concept, one of the two as its own word.
 */
function equivalentIn(stem: string, other: EquivalentWordsOfText): string | undefined {
  for (const { id, narrower } of MEMBERSHIPS.get(stem) ?? NONE) {
    const holders = other.concepts.get(id) ?? (narrower ? undefined : other.narrowerConcepts.get(id));
    if (holders) return holders[0];
  }
  return undefined;
}
