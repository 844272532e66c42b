/**
 * Drafting checks: the facts of a statement that belong to the meeting it
 * reports (the ordinal, the date and place, the co-chairs' names, the
 * sentence convening the next meeting, "since the third meeting"). Drafting
 * the next statement from the last one, each must be updated: they are
 * flagged until they are.
 */
import type { Block } from './types';

export interface DraftingCheck {
  /** UTF-16 source offsets of the words to update. */
  start: number;
  end: number;
  text: string;
  message: string;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const ORDINAL = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))';

interface CheckRule {
  pattern: RegExp;
  message: string;
  /** Only in sentences that say this (the co-chairs' names are only checked where the co-chairs are named). */
  within?: RegExp;
}

const RULES: CheckRule[] = [
  { pattern: new RegExp(`\\bsince the ${ORDINAL} meeting\\b`, 'giu'), message: 'refers to the previous meeting: update it for this one' },
  { pattern: new RegExp(`\\bconvene the ${ORDINAL} meeting\\b[^.]*`, 'giu'), message: 'convenes the next meeting: update its ordinal, place and year' },
  { pattern: new RegExp(`\\b(?:the|The) ${ORDINAL} meeting\\b`, 'gu'), message: 'the meeting ordinal: update it for this meeting' },
  { pattern: new RegExp(`\\b\\d{1,2} ${MONTH},? \\d{4}\\b`, 'gu'), message: 'a date of the previous meeting: update it' },
  { pattern: /\btook place in [A-Z][\p{L}-]+/gu, message: 'the place of the previous meeting: update it' },
  {
    // A surname in capitals with its given name, after it (Japanese order) or before it.
    pattern: /\b\p{Lu}{2,}(?:-\p{Lu}{2,})? \p{Lu}\p{Ll}+\b|\b\p{Lu}\p{Ll}+ \p{Lu}{2,}(?:-\p{Lu}{2,})?\b(?! \p{Lu}\p{Ll})/gu,
    message: 'a co-chair of the previous meeting: update the name',
    within: /co-chaired/u,
  },
];

/** The drafting checks of a document's paragraphs, in order. */
export function findDraftingChecks(blocks: readonly Block[]): DraftingCheck[] {
  const checks: DraftingCheck[] = [];
  const taken: Array<[number, number]> = [];
  for (const block of blocks) {
    if (block.kind === 'heading') continue;
    for (const sentence of block.sentences) {
      for (const rule of RULES) {
        if (rule.within && !rule.within.test(sentence.text)) continue;
        rule.pattern.lastIndex = 0;
        for (const match of sentence.text.matchAll(rule.pattern)) {
          const start = sourceOffset(block, sentence, match.index);
          const end = sourceOffset(block, sentence, match.index + match[0].length - 1) + 1;
          // The convening sentence covers its own date and place: one check, not three.
          if (taken.some(([a, b]) => start < b && end > a)) continue;
          taken.push([start, end]);
          checks.push({ start, end, text: match[0], message: `Drafting check: ${rule.message}.` });
        }
      }
    }
  }
  return checks.sort((a, b) => a.start - b.start);
}

/**
 * Source offset of a character of a sentence. Sentences carry only their own
 * span, so inside it the offset is interpolated, exact wherever the sentence
 * is written without Markdown marks (as dates, ordinals and names are).
 */
function sourceOffset(block: Block, sentence: Block['sentences'][number], at: number): number {
  const span = sentence.end - sentence.start;
  const length = sentence.textEnd - sentence.textStart;
  if (span === length) return sentence.start + at;
  return Math.min(sentence.end - 1, sentence.start + Math.round((at * span) / Math.max(1, length)));
}
