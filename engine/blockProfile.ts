/**
 * A block as the alignment reads it, computed once per text: its word stems
 * (whole and sentence by sentence), its named things and label, its role and
 * its near-verbatim profile.
 */
import { namedThings, topicLabel, type NamedThings } from './namedThings';
import { verbatimProfile, trigramSet, type VerbatimProfile } from './nearVerbatim';
import { wordStems } from './words';
import type { BlockRole } from './blockRoles';
import type { Block } from './types';

export interface BlockProfile {
  stems: ReadonlySet<string>;
  /** Stems of each sentence, in order. */
  sentences: ReadonlyArray<ReadonlySet<string>>;
  named: NamedThings;
  /** The topic label as written ("Governmental AI"), for explanations. */
  labelText: string | null;
  role: BlockRole;
  verbatim: VerbatimProfile;
  trigrams: ReadonlySet<number>;
  words: number;
}

/** `topicHeading`: the heading the block stands alone under, which labels its topic when the block has no label of its own. */
export function profileBlock(block: Block, role: BlockRole, topicHeading?: string): BlockProfile {
  const verbatim = verbatimProfile(block.text);
  const sentences = block.sentences.length > 0 ? block.sentences.map((s) => wordStems(s.text)) : [wordStems(block.text)];
  return {
    stems: wordStems(block.text),
    sentences: sentences.filter((s) => s.size > 0),
    named: namedThings(block.text, topicHeading),
    labelText: topicLabel(block.text, topicHeading),
    role,
    verbatim,
    trigrams: trigramSet(verbatim),
    words: verbatim.length,
  };
}
