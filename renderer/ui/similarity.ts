/** What the score beside a precedent or a lineage entry is, in words, for tooltips: the number alone explained nothing. */
export const SIMILARITY_MEANING = 'Similarity of wording: the share of (weighted) words the two paragraphs have in common, from 0 (none) to 1 (the same words)';

/** The same for a lineage entry, scored against the phrase traced. */
export const PHRASE_SIMILARITY_MEANING = 'Similarity of wording with the phrase traced: the share of (weighted) words they have in common, from 0 (none) to 1 (the same words)';
