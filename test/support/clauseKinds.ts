import { readDraftClauses } from '../../engine/readClauses';

/** Each clause of a sentence as the fates read it: its kind and the phrase that decided it. */
export const clauseKinds = (sentence: string) => readDraftClauses(sentence).map((c) => [c.kind, c.phrase]);

/** The same with the firmness of the clause's marker. */
export const clauseKindsAndFirmness = (sentence: string) => readDraftClauses(sentence).map((c) => [c.kind, c.phrase, c.marker?.firmness]);
