/**
 * Drafting checks: the facts of a statement that belong to the meeting it
 * reports (the ordinal, the date and place, the co-chairs' names, the
 * sentence convening the next meeting, "since the third meeting"). Drafting
 * the next statement from the last one, each must be updated: they are
 * flagged until they are.
 */
import type { Block } from './types';
import { boundedMemo } from './boundedMemo';

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
      for (const match of matchesIn(sentence.text)) {
        const start = sourceOffset(block, sentence, match.at);
        const end = sourceOffset(block, sentence, match.at + match.text.length - 1) + 1;
        // The convening sentence covers its own date and place: one check, not three.
        if (taken.some(([a, b]) => start < b && end > a)) continue;
        taken.push([start, end]);
        checks.push({ start, end, text: match.text, message: `Drafting check: ${match.message}.` });
      }
    }
  }
  return checks.sort((a, b) => a.start - b.start);
}

interface RuleMatch {
  /** UTF-16 offset in the sentence's text. */
  at: number;
  text: string;
  message: string;
}

/**
 * Every rule's matches in a sentence, in rule order. Running the rules over
 * every sentence took 2.3 ms of each keystroke on a 10,000-word draft, where
 * one sentence changes at a time: hence the memo.
 */
const matchesIn = boundedMemo((text: string): RuleMatch[] => {
  const matches: RuleMatch[] = [];
  for (const rule of RULES) {
    if (rule.within && !rule.within.test(text)) continue;
    for (const match of text.matchAll(rule.pattern)) matches.push({ at: match.index, text: match[0], message: rule.message });
  }
  return matches;
}, 50_000);

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
