/**
 * A block as the alignment reads it, computed once per text: its word stems
 * (whole and sentence by sentence), its named things and label, its role and
 * its near-verbatim profile.
 */
import { namedThings, topicLabel, type NamedThings } from './namedThings';
import { BoundedCache, boundedMemo } from './boundedMemo';
import { equivalentWordsOfStems, type EquivalentWordsOfText } from './equivalentWords';
import { sortedTrigrams, trigramSet, verbatimProfileOfWords, type VerbatimProfile } from './nearVerbatim';
import { plainWords, wordStems } from './words';
import type { BlockRole } from './blockRoles';
import type { Block } from './types';

export interface BlockProfile {
  stems: ReadonlySet<string>;
  /** Stems of each sentence, in order. */
  sentences: ReadonlyArray<ReadonlySet<string>>;
  /** The same stems as sorted numbers, which the sentence features compare by merging (Sets of strings were a third of a candidate's cost). */
  sentenceIds: readonly Int32Array[];
  named: NamedThings;
  /** Its stems with their equivalent words, for reworded continuity. */
  equivalents: EquivalentWordsOfText;
  /** The topic label as written ("Governmental AI"), for explanations. */
  labelText: string | null;
  role: BlockRole;
  verbatim: VerbatimProfile;
  trigrams: ReadonlySet<number>;
  /** The same keys in ascending order, to tell at once whether two blocks share any. */
  sortedTrigrams: Float64Array;
  /** Its words as the near-verbatim measure reads them (lower-cased, abbreviations spelled out). */
  plainWords: readonly string[];
  words: number;
}

/** A number for each stem, the same for every text. The vocabulary of a language is bounded, and so is this. */
const stemIds = new Map<string, number>();
const idsOf = (stems: ReadonlySet<string>): Int32Array => {
  // Filled in a loop: Int32Array.from a set with a mapping function takes the iterator's slow path, a tenth of a profile.
  const ids = new Int32Array(stems.size);
  let at = 0;
  for (const stem of stems) {
    let id = stemIds.get(stem);
    if (id === undefined) stemIds.set(stem, (id = stemIds.size));
    ids[at++] = id;
  }
  return ids.sort();
};

/**
 * A sentence's stems, and as sorted numbers, read once a sentence text: a
 * keystroke changes one sentence of a block, whose profile is read again.
 * The same set for the same sentence lets what is read from a pair of
 * sentences be kept by the two (alignDraft's closest sentences).
 */
const sentenceStems = boundedMemo(wordStems, 20_000);
const sentenceIds = new WeakMap<ReadonlySet<string>, Int32Array>();
const idsOfSentence = (stems: ReadonlySet<string>): Int32Array => {
  let ids = sentenceIds.get(stems);
  if (!ids) sentenceIds.set(stems, (ids = idsOf(stems)));
  return ids;
};

/** Profiles by text, role and heading: a block is read once for every index and keystroke that meets it. */
const profiles = new BoundedCache<BlockProfile>(20_000);

/** `topicHeading`: the heading the block stands alone under, which labels its topic when the block has no label of its own. */
export function profileBlock(block: Block, role: BlockRole, topicHeading?: string): BlockProfile {
  return profiles.get(`${role}\u0000${topicHeading ?? ''}\u0000${block.text}`, () => readProfile(block, role, topicHeading));
}

function readProfile(block: Block, role: BlockRole, topicHeading?: string): BlockProfile {
  const words = plainWords(block.text);
  const verbatim = verbatimProfileOfWords(words);
  const trigrams = trigramSet(verbatim);
  const stems = wordStems(block.text);
  // A block of one sentence (most list items, every line of a list typed as paragraphs) has that sentence's stems.
  const stemsOfSentence = (text: string) => (text === block.text ? stems : sentenceStems(text));
  const sentences = (block.sentences.length > 0 ? block.sentences.map((s) => stemsOfSentence(s.text)) : [stems]).filter((s) => s.size > 0);
  return {
    stems,
    sentences,
    sentenceIds: sentences.map(idsOfSentence),
    named: namedThings(block.text, topicHeading),
    equivalents: equivalentWordsOfStems(stems),
    labelText: topicLabel(block.text, topicHeading),
    role,
    verbatim,
    trigrams,
    sortedTrigrams: sortedTrigrams(trigrams),
    plainWords: words,
    words: words.length,
  };
}
