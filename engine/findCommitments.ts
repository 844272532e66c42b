/**
 * Commitments: sentences in which the parties commit to future action or to
 * continued effort, with the phrase that makes them one and its firmness.
 * What counts follows ../shared/gold/README.md: tentative and normative
 * commitments count, reports of continued effort count; bare possibility
 * ("could be launched"), a design described in a relative clause ("which
 * will facilitate"), statements of interest and reports of achievement do not.
 */
import type { Block } from './types';
import { boundedMemo } from './boundedMemo';

export type Firmness = 'firm' | 'tentative';

export interface Commitment {
  /** The block's index. */
  block: number;
  sentence: string;
  /** UTF-16 source offsets of the sentence. */
  start: number;
  end: number;
  /** The marker phrase, in the sentence's own words. */
  marker: string;
  firmness: Firmness;
  /** The marker reports effort already continued ("have continued"), rather than announcing it. */
  report: boolean;
}

/** A commitment found in a sentence, before it is placed in a document. */
export interface MarkerMatch {
  marker: string;
  firmness: Firmness;
  report: boolean;
  /** Offset of the marker in the sentence. */
  index: number;
}

const TENTATIVE_WORDS = /^(explor|consider|envisag|encourag|could|would|may|might)/i;

const WORD = String.raw`[\p{L}\p{N}’'-]+`;
const ADVERBS = String.raw`(?:(?:also|further|jointly|together|continuously|actively|closely|inter alia|not only|therefore|now|still|both|all)\s+)*`;
const PARTY = String.raw`(?:both sides|the two sides|they|we|the parties|the (?:european union|eu)(?: and japan)?|japan(?: and the (?:european union|eu))?)`;

interface MarkerRule {
  pattern: RegExp;
  /** Where firmness is not read from the marker's own words. */
  firmness?: Firmness;
  report?: boolean;
}

/**
 * Order matters only for overlapping markers at the same place: the earliest
 * marker in a sentence governs it ("envisage to explore" is tentative,
 * "committed to exploring" firm).
 */
const RULES: MarkerRule[] = [
  // A modal with the parties, or a body they set up, as subject; not after a relative pronoun.
  { pattern: new RegExp(String.raw`(?<!\b(?:which|that|who)\s+(?:${WORD}\s+)?)\b(?:will|shall|should|would)\s+${ADVERBS}(?:continue\s+(?:to\s+)?)?${WORD}`, 'giu') },
  // Possibility counts only when the parties are its subject ("both sides could exchange"); "can" is ability, not intent.
  { pattern: new RegExp(String.raw`(?<=\b${PARTY}\s+(?:${WORD}\s+)?)(?:could|may)\s+${ADVERBS}(?!be\s)${WORD}`, 'giu'), firmness: 'tentative' },
  { pattern: new RegExp(String.raw`\b(?:are|is|remain|remained|were)\s+${ADVERBS}committed\s+to\s+${WORD}`, 'giu') },
  // A commitment the parties restate, not one a sentence describes ("relies on a commitment to").
  { pattern: new RegExp(String.raw`\b(?:re)?(?:affirm|confirm|emphasis|emphasiz|iterat|express|underlin|stress)\w*\s+(?:their|the|its|our)\s+(?:${WORD}\s+)?commitment\s+to\s+${WORD}`, 'giu'), firmness: 'firm' },
  { pattern: new RegExp(String.raw`\bcommitted\s+to\s+${WORD}`, 'giu'), firmness: 'firm' },
  { pattern: new RegExp(String.raw`\b(?:decided|decide|agreed|agree|resolved)\s+${ADVERBS}['‘"“]?to\s+${WORD}`, 'giu'), firmness: 'firm' },
  { pattern: new RegExp(String.raw`\b(?:intention|intend|intends|plan|plans|planned|aim|aims|endeavour|endeavours|strive|seek|seeking|undertake|aspire|aspires)\s+${ADVERBS}(?:to|at)\s+${WORD}`, 'giu'), firmness: 'firm' },
  { pattern: new RegExp(String.raw`\blook(?:s|ing)?\s+forward\s+to\s+${WORD}`, 'giu'), firmness: 'firm' },
  { pattern: new RegExp(String.raw`\b(?:working|work|works)\s+${ADVERBS}towards?\s+${WORD}`, 'giu'), firmness: 'firm' },
  { pattern: new RegExp(String.raw`\b(?:are|is)\s+${ADVERBS}(?:preparing|expected\s+to)\s+${WORD}`, 'giu'), firmness: 'firm' },
  { pattern: new RegExp(String.raw`\b(?:concur|concurs|concurred)\s+(?:on|to|in)\s+${WORD}`, 'giu'), firmness: 'firm' },
  { pattern: new RegExp(String.raw`\bthe\s+need\s+to\s+${ADVERBS}${WORD}`, 'giu'), firmness: 'firm' },
  { pattern: new RegExp(String.raw`\b(?:is|are)\s+to\s+be\s+${WORD}`, 'giu') },
  { pattern: new RegExp(String.raw`\b(?:envisage|envisages|envisaged)\s+(?:to\s+)?${WORD}`, 'giu'), firmness: 'tentative' },
  { pattern: new RegExp(String.raw`(?<=\b${PARTY}\s+${ADVERBS})(?:explore|consider|encourage)\s+${WORD}`, 'giu'), firmness: 'tentative' },
  { pattern: new RegExp(String.raw`(?<=\b${PARTY}\s+${ADVERBS})(?:continue|continues)\s+(?:to\s+)?${WORD}`, 'giu'), firmness: 'firm' },
  // Reports of continued effort: commitments, but what they report has advanced.
  { pattern: new RegExp(String.raw`(?<=\b${PARTY}\s+${ADVERBS}(?:have\s+|has\s+)?)continued\s+${WORD}`, 'giu'), firmness: 'firm', report: true },
];

/**
 * A modal followed by these verbs describes how something works ("the project
 * would use wallet infrastructures"), not what the parties intend.
 */
const DESCRIPTIVE_AFTER_MODAL = /^(?:will|would|shall)\s+(?:use|be|have|include|involve|allow|enable|require|mean|make it)\b/iu;

/** Council notes open with "Delegations will find in the annex ...": a cover formula, not a commitment. */
const COVER_FORMULA = /^Delegations will find\b/u;

/**
 * Verbs that report what was done. A sentence that reports before it commits
 * ("both sides welcomed expert cooperation ..., which should be
 * strengthened") is first of all a report.
 */
const ACHIEVEMENT = /\b(?:welcomed|launched|began|started|held|took place|signed|concluded|completed|adopted|established|reinforced|enhanced|advanced|exchanged|achieved|progressed|piloted|initiated|deepened|published|organi[sz]ed|implemented|finali[sz]ed|carried out|entered into force)\b/iu;

/** Whether a sentence reports something done or continued before (or without) committing to anything. */
export function reportsProgress(sentence: string): boolean {
  const marker = findMarker(sentence);
  if (marker?.report) return true;
  const achievement = ACHIEVEMENT.exec(sentence);
  return achievement !== null && (marker === null || achievement.index < marker.index);
}

/**
 * The governing commitment marker of a sentence, or null when it commits to
 * nothing. Reading one runs every rule's regular expression over the
 * sentence, which was most of a keystroke's analysis on a long draft, hence
 * the memo.
 */
export const findMarker: (sentence: string) => MarkerMatch | null = boundedMemo(readMarker, 50_000);

function readMarker(sentence: string): MarkerMatch | null {
  if (COVER_FORMULA.test(sentence)) return null;
  let best: MarkerMatch | null = null;
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    const match = rule.pattern.exec(sentence);
    if (!match || (best && best.index <= match.index)) continue;
    const marker = match[0];
    if (DESCRIPTIVE_AFTER_MODAL.test(marker)) continue;
    best = {
      marker,
      index: match.index,
      firmness: rule.firmness ?? firmnessOf(marker),
      report: rule.report ?? false,
    };
  }
  return best;
}

/** Firmness read from the marker's first word that carries one ("would continue" is tentative). */
function firmnessOf(marker: string): Firmness {
  for (const word of marker.split(/\s+/u)) {
    if (TENTATIVE_WORDS.test(word)) return 'tentative';
    if (/^(will|shall|should|committed|decided|continu|is|are)/iu.test(word) && !/^(is|are)$/iu.test(word)) return 'firm';
  }
  return 'firm';
}

/** The commitments of a document's blocks, in order. Headings commit to nothing. */
export function findCommitments(blocks: readonly Block[]): Commitment[] {
  const commitments: Commitment[] = [];
  for (const block of blocks) {
    if (block.kind === 'heading') continue;
    for (const sentence of block.sentences) {
      const marker = findMarker(sentence.text);
      if (!marker) continue;
      commitments.push({
        block: block.index,
        sentence: sentence.text,
        start: sentence.start,
        end: sentence.end,
        marker: marker.marker,
        firmness: marker.firmness,
        report: marker.report,
      });
    }
  }
  return commitments;
}
