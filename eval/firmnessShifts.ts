/**
 * Drafts with firmness shifts whose fates are known by construction, so that
 * commitment fates are measured over a few hundred cases rather than the 61
 * the labelled years hold (issue 10: "sections reordered, new initiatives,
 * firmness shifts").
 *
 * Each draft is a corpus statement in which every commitment the engine
 * finds gets one edit, chosen at random among those its wording allows, in
 * the words drafters use and with the fate the labels' README gives it:
 * - kept as it was, or moved within its tier ("will deepen" -> "intend to
 *   deepen"): restated;
 * - firm made tentative ("will deepen" -> "would consider whether to deepen",
 *   "are committed to exploring" -> "would consider exploring", "will" ->
 *   "could"): weakened;
 * - tentative made firm ("could", "would" -> "will"; "envisage to explore"
 *   -> "are determined to explore"): strengthened;
 * - an announced action reported done ("will launch" -> "launched"):
 *   progressed;
 * - the sentence taken out: dropped.
 * A third of the commitments are kept, a sixth taken out, the rest shifted
 * where their wording allows.
 * Every other draft is also written in another style (no topic labels,
 * numbered paragraphs), so that the sentences must be found without them.
 *
 * What the engine found in the prior is the list of commitments: finding
 * them is measured on the labelled years; this measures their fates.
 */
import { readFileSync } from 'node:fs';
import { findCommitments, parseDocument, statementBlocks, type Commitment, type Fate } from '../engine/index';
import { Dice } from './Dice';
import { anotherStyleText } from './anotherStyle';
import { corpusDir, type GoldCommitment } from './labelledPairs';

export interface FateCase {
  /** The prior's commitment sentence. */
  sentence: string;
  fate: Fate;
  /** The edit, as "from -> to", for the list of mistakes. */
  edit: string;
}

export interface FateShiftDraft {
  name: string;
  priorText: string;
  draftText: string;
  cases: FateCase[];
}

const PRIORS = ['statement-2024', 'statement-2025', 'council-note-8288-1-26-rev1'];

/** The parties as a plural subject right before the marker: only there can "intend to" or "could" stand in for "will". */
const PLURAL_PARTY = /\b(?:both sides|the two sides|they|the parties)\s+(?:also\s+|further\s+)?$/iu;

/** Actions announced with "will" and their report once done. */
const DONE: Record<string, string> = {
  launch: 'launched',
  sign: 'signed',
  hold: 'held',
  conclude: 'concluded',
  establish: 'established',
  adopt: 'adopted',
  organise: 'organised',
  organize: 'organized',
  publish: 'published',
  start: 'started',
  complete: 'completed',
  finalise: 'finalised',
  finalize: 'finalized',
  convene: 'convened',
};

interface Edit {
  fate: Fate;
  /** The sentence as the draft says it, or null to take it out. */
  apply: (sentence: string, at: number, marker: string) => string | null;
}

const replaceAt = (sentence: string, at: number, from: string, to: string): string => sentence.slice(0, at) + to + sentence.slice(at + from.length);

/** The edits a commitment's wording allows (keeping it and taking it out always do). */
function editsFor(commitment: Commitment, source: string, at: number): Edit[] {
  const { marker } = commitment;
  const before = source.slice(0, at);
  const plural = PLURAL_PARTY.test(before);
  const edits: Edit[] = [
    { fate: 'restated', apply: (s) => s },
    { fate: 'dropped', apply: () => null },
  ];
  const will = /^(will|shall)\s+(?!be\b)/iu.exec(marker);
  if (will) {
    edits.push({ fate: 'weakened', apply: (s, i) => replaceAt(s, i, will[0], 'would consider whether to ') });
    if (plural) {
      edits.push({ fate: 'weakened', apply: (s, i) => replaceAt(s, i, will[0], 'could ') });
      edits.push({ fate: 'restated', apply: (s, i) => replaceAt(s, i, will[0], 'intend to ') });
    }
    const verb = /^(?:will|shall)\s+(\p{L}+)/iu.exec(marker)?.[1].toLowerCase();
    if (verb && DONE[verb]) edits.push({ fate: 'progressed', apply: (s, i) => replaceAt(s, i, `${will[0]}${marker.slice(will[0].length, will[0].length + verb.length)}`, DONE[verb]) });
  }
  // "decided to", "intend to", "aim to", "stand ready to" ... with the parties as subject.
  const governed = /^(?:decided|decide|agreed|intend|plan|aim|commit|seek|strive|stand\s+ready|are\s+ready|are\s+determined)\s+(?:\p{L}+\s+)?to\s+(?=\p{L})/iu.exec(marker);
  if (governed && plural) {
    edits.push({ fate: 'weakened', apply: (s, i) => replaceAt(s, i, governed[0], 'would consider whether to ') });
    edits.push({ fate: 'restated', apply: (s, i) => replaceAt(s, i, governed[0], /^intend/iu.test(governed[0]) ? 'are determined to ' : 'intend to ') });
    const verb = /^\p{L}+/u.exec(marker.slice(governed[0].length))?.[0].toLowerCase();
    if (verb && DONE[verb]) edits.push({ fate: 'progressed', apply: (s, i) => replaceAt(s, i, `${governed[0]}${verb}`, DONE[verb]) });
  }
  const committed = /^(?:(?:are|is|remain|remains)\s+(?:\p{L}+\s+)?)?committed\s+to\s+(?=\p{L}+ing\b)/iu.exec(marker);
  if (committed && (plural || /^(?:are|is|remain)/iu.test(committed[0]))) edits.push({ fate: 'weakened', apply: (s, i) => replaceAt(s, i, committed[0], 'would consider ') });
  const maybe = /^(could|would)\s+(?!consider\b|be\b)/iu.exec(marker);
  if (maybe && commitment.firmness === 'tentative') edits.push({ fate: 'strengthened', apply: (s, i) => replaceAt(s, i, maybe[1], 'will') });
  const envisage = /^envisage\s+to\s+/iu.exec(marker);
  if (envisage && plural) edits.push({ fate: 'strengthened', apply: (s, i) => replaceAt(s, i, envisage[0], 'are determined to ') });
  const consider = /^would\s+consider\s+(?=\p{L}+ing\b)/iu.exec(marker);
  if (consider && plural) edits.push({ fate: 'strengthened', apply: (s, i) => replaceAt(s, i, consider[0], 'are committed to ') });
  const explore = /^(explore|consider)\s+/iu.exec(marker);
  if (explore && plural) edits.push({ fate: 'strengthened', apply: (s, i) => replaceAt(s, i, explore[0], `are committed to ${explore[1].toLowerCase() === 'explore' ? 'exploring' : 'considering'} `) });
  return edits;
}

/** The drafts: `rounds` drafts of each prior, one edit (keeping it is one) for every commitment. */
export function firmnessShiftDrafts(rounds = 4, seed = 2027): FateShiftDraft[] {
  const dice = new Dice(seed);
  const drafts: FateShiftDraft[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const id of PRIORS) {
      const priorText = readFileSync(new URL(`${id}.md`, corpusDir), 'utf8');
      const prior = parseDocument(priorText);
      const commitments = findCommitments(statementBlocks(prior));
      const cases: FateCase[] = [];
      const edits: Array<{ start: number; end: number; text: string }> = [];
      // One edit per sentence: a sentence holding two commitments is edited for its first.
      const edited = new Set<number>();
      for (const commitment of commitments) {
        if (edited.has(commitment.start)) continue;
        // Edited in the Markdown source, so that a bold topic label in the sentence stays bold.
        const source = priorText.slice(commitment.start, commitment.end);
        const at = source.indexOf(commitment.marker);
        if (at < 0) continue;
        edited.add(commitment.start);
        const options = editsFor(commitment, source, at);
        // A third kept, a sixth taken out, the rest shifted as the wording allows.
        const [keep, drop, ...shifts] = options;
        const roll = dice.int(0, 5);
        const edit = roll < 2 || (roll > 2 && shifts.length === 0) ? keep : roll === 2 ? drop : dice.pick(shifts);
        const text = edit.apply(source, at, commitment.marker);
        edits.push({ start: commitment.start, end: commitment.end, text: text ?? '' });
        cases.push({ sentence: commitment.sentence, fate: edit.fate, edit: `${commitment.marker} -> ${text === null ? '(taken out)' : text.slice(at, at + commitment.marker.length + 12)}` });
      }
      let draftText = priorText;
      for (const edit of edits.sort((a, b) => b.start - a.start)) draftText = draftText.slice(0, edit.start) + edit.text + draftText.slice(edit.end);
      const restyled = (round + drafts.length) % 2 === 1;
      drafts.push({
        name: `${id}, firmness shifts ${round + 1}${restyled ? ', in another style' : ''}`,
        priorText,
        draftText: restyled ? anotherStyleText(draftText) : draftText,
        cases,
      });
    }
  }
  return drafts;
}

/** A draft's cases as labels of commitments, in the shape eval/scorePair.ts scores. */
export function fateLabels(draft: FateShiftDraft): { name: string; commitments: GoldCommitment[] } {
  return { name: draft.name, commitments: draft.cases.map((c) => ({ sentence: c.sentence, marker: c.edit, fate: c.fate })) };
}
