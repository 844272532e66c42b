/**
 * The part a block plays in a statement, apart from its topic: the date
 * line, the meeting paragraph (which meeting, where, who chaired), the
 * opening paragraphs that frame the whole, a section's introduction, and the
 * closing paragraph (where and when the next meeting is). Such paragraphs
 * are reworded freely from year to year, yet each continues its
 * counterpart: a drafter wants last year's opening in front of them when
 * writing this year's.
 */
import { boundedMemo } from './boundedMemo';
import { NUMBERED_MEETING_NAME } from './ordinals';
import type { Block } from './types';

export type BlockRole = 'dateline' | 'meeting' | 'opening' | 'sectionIntro' | 'closing' | 'topic';

const DATELINE = /^\d{1,2}\s+\p{Lu}\p{Ll}+\s+\d{4},\s+\p{Lu}[\p{L} -]*$/u;
const MEETING = /\bmeeting\b[^.]*\btook place\b/iu;
/** In a note's shorthand the meeting is its body's acronym and number: "DPC5 held in Tokyo on 28/05/2027" (capitals: no "i" flag). */
const NUMBERED_MEETING_HELD = new RegExp(String.raw`^\s*${NUMBERED_MEETING_NAME}\s+(?:was\s+)?(?:held|took place|convened)\b`, 'u');
/**
 * Whether a sentence tells of the meeting, read once per sentence: the
 * pattern (its word boundaries read case-insensitively over Unicode) took
 * 0.5 ms over the 200 blocks of a 10,000-word draft, at every keystroke.
 */
const tellsOfMeeting = boundedMemo((sentence: string) => MEETING.test(sentence) || NUMBERED_MEETING_HELD.test(sentence), 50_000);
/** "The following topics were discussed:" and the like introduce a list; they frame nothing. */
const LIST_LEAD = /:\s*$/u;

/** A paragraph that only introduces a list ("The following topics were discussed:"), unlike a list item that is a bare topic label. */
export const isListLead = (block: Block): boolean => block.kind === 'paragraph' && LIST_LEAD.test(block.text);
const LABELLED = /^(?:On\s[^,]{2,80},|[\p{Lu}\p{N}][^:.;!?]{0,70}:(?:\s|$))/u;

/** The role of each non-heading block, by block index. */
export function blockRoles(blocks: readonly Block[]): Map<number, BlockRole> {
  const roles = new Map<number, BlockRole>();
  const body = blocks.filter((block) => block.kind !== 'heading');
  // The first heading after some text opens the first section; everything before it frames the statement.
  const firstBody = blocks.findIndex((block) => block.kind !== 'heading');
  const firstSection = firstBody < 0 ? -1 : blocks.findIndex((block, i) => i > firstBody && block.kind === 'heading');
  const firstSectionAt = firstSection < 0 ? Infinity : blocks[firstSection].index;
  const last = body.at(-1);
  for (const block of body) {
    let role: BlockRole = 'topic';
    if (DATELINE.test(block.text)) role = 'dateline';
    else if (tellsOfMeeting(block.sentences[0]?.text ?? block.text)) role = 'meeting';
    else if (block === last && block.kind === 'paragraph') role = 'closing';
    else if (block.index < firstSectionAt && block.kind === 'paragraph' && !isListLead(block)) role = 'opening';
    roles.set(block.index, role);
  }
  // A section's introduction: the paragraph that opens a section of several blocks, with no topic label of its own.
  blocks.forEach((heading, i) => {
    if (heading.kind !== 'heading') return;
    const section: Block[] = [];
    for (let j = i + 1; j < blocks.length && blocks[j].kind !== 'heading'; j++) section.push(blocks[j]);
    const first = section[0];
    if (section.length >= 2 && first.kind === 'paragraph' && roles.get(first.index) === 'topic' && !LABELLED.test(first.text)) roles.set(first.index, 'sectionIntro');
  });
  return roles;
}

/**
 * The heading of each block that stands alone under its heading: statements
 * that give each topic a numbered heading of its own ("7. 5G, Beyond 5G/6G")
 * label the topic's one paragraph by it. A heading over several blocks names
 * a section, not any one topic.
 */
export function soleBlockHeadings(blocks: readonly Block[]): Map<number, string> {
  const headings = new Map<number, string>();
  blocks.forEach((heading, i) => {
    if (heading.kind !== 'heading') return;
    const next = blocks[i + 1];
    const after = blocks[i + 2];
    if (next && next.kind !== 'heading' && (!after || after.kind === 'heading')) headings.set(next.index, heading.text);
  });
  return headings;
}

/** Each block of a section that has an introduction, by block index: the introduction's block index. */
export function sectionIntroductions(blocks: readonly Block[], roleOf: (block: Block) => BlockRole | undefined): Map<number, number> {
  const intros = new Map<number, number>();
  let intro = -1;
  for (const block of blocks) {
    if (block.kind === 'heading') intro = -1;
    else if (roleOf(block) === 'sectionIntro') intro = block.index;
    if (intro >= 0 && block.kind !== 'heading') intros.set(block.index, intro);
  }
  return intros;
}

/** Each block's section, by block index: how many headings stand before it. */
export function sectionNumbers(blocks: readonly Block[]): Map<number, number> {
  const sections = new Map<number, number>();
  let section = 0;
  for (const block of blocks) {
    if (block.kind === 'heading') section++;
    else sections.set(block.index, section);
  }
  return sections;
}
