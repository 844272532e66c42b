/**
 * A corpus statement as the prior of a synthetic pair: its blocks numbered
 * in order, the meeting it records (from its front matter), and which of its
 * blocks a drafter keeps in any case: the framing paragraphs, moved on to
 * the next meeting rather than dropped, the opening paragraphs, and a
 * label-only bullet that only heads its sub-items.
 */
import { statementDate, type MeetingFacts } from './nextMeeting';
import { readStatementText, type StatementBlock, type StatementText } from './statementText';

export interface PriorBlock extends StatementBlock {
  id: number;
  /** Index of its section in `PriorStatement.statement.sections`. */
  section: number;
  /** A paragraph that records the meeting, takes stock since the last one or convenes the next. */
  framing: boolean;
  /** Kept out of drops, splits, merges, rewordings and moves. */
  fixed: boolean;
}

export interface PriorStatement {
  name: string;
  statement: StatementText;
  blocks: PriorBlock[];
  meeting: number;
  facts: MeetingFacts;
  /** The 2025 statement opens its topics with "On **topic**, both sides ..."; the others do not. */
  onTopicStyle: boolean;
}

/** The sentences by which a framing paragraph outside the meeting paragraph is known. */
const FRAMING = /took stock of progress since|years of fruitful|convene the|planned to take place|to be held in/;

/** A bullet that is nothing but its label ("**Artificial Intelligence (AI):**"). */
export const LABEL_ONLY = /^\*\*[^*]+:\*\*$/;

export function readPriorStatement(source: { name: string; markdown: string }): PriorStatement {
  const front = (field: string) => new RegExp(`^${field}: *(.+)$`, 'm').exec(source.markdown)?.[1]?.trim() ?? '';
  const statement = readStatementText(source.markdown);
  const blocks: PriorBlock[] = [];
  statement.sections.forEach((section, s) =>
    section.blocks.forEach((block, position) => {
      const preamble = section.heading === null;
      const framing = (preamble && position === 0) || FRAMING.test(block.markdown);
      const fixed = framing || (preamble && position <= 1) || LABEL_ONLY.test(block.markdown);
      blocks.push({ ...block, id: blocks.length, section: s, framing, fixed });
    }),
  );
  return {
    name: source.name,
    statement,
    blocks,
    meeting: Number(front('meeting')),
    facts: { date: statementDate(front('date')), place: front('place') },
    onTopicStyle: blocks.some((block) => block.markdown.startsWith('On **')),
  };
}
