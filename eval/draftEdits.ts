/**
 * The edits of a synthetic draft that work on its sections rather than on
 * one block's words: far moves, new topics inserted in the form of the
 * section they join, a label-only bullet deleted with its last sub-item,
 * section numbers following the new order. Each draft block remembers the
 * prior blocks it continues (`origin`), which is the truth.
 */
import type { Dice } from './Dice';
import { LABEL_ONLY, type PriorStatement } from './priorStatement';
import { blockKey, type StatementBlock } from './statementText';

export interface DraftBlock extends StatementBlock {
  /** Ids of the prior blocks it continues; empty for a new topic. */
  origin: number[];
  /** What was done to it, for the label line's note. */
  note: string;
}

export interface DraftSection {
  heading: string | null;
  blocks: DraftBlock[];
}

export type OperationKind = 'updateMeeting' | 'drop' | 'insert' | 'split' | 'merge' | 'moveSection' | 'moveBlock' | 'reword';

export interface SyntheticOperation {
  kind: OperationKind;
  /** The KEYs of the prior blocks it touched (for a section move, those the section holds); for an insert, the new block's KEY. */
  keys: string[];
}

export interface NewTopic {
  label: string;
  text: string;
}

/** The labelled bullets of eval/newTopicParagraphs.md. */
export function readNewTopics(markdown: string): NewTopic[] {
  return [...markdown.matchAll(/^- \*\*(.+?):\*\* (.+)$/gm)].map((match) => ({ label: match[1], text: match[2].trim() }));
}

export const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, k) => from + k);

const priorKeys = (prior: PriorStatement, ids: readonly number[]) => ids.map((id) => blockKey(prior.blocks[id].markdown));

/** Where a block may go in a section: after its first block (an intro), before any framing paragraph. */
function insertionPoints(section: DraftSection, prior: PriorStatement): number[] {
  const framingAt = section.blocks.findIndex((block) => block.origin.some((id) => prior.blocks[id].framing));
  return range(1, framingAt < 0 ? section.blocks.length : framingAt);
}

const holdsFraming = (section: DraftSection, prior: PriorStatement) => section.blocks.some((block) => block.origin.some((id) => prior.blocks[id].framing));

/**
 * By chance a whole section moved to the far end of the statement (never
 * one that holds a framing paragraph), and up to two blocks moved to a
 * section at least two sections away (never a section's intro, unless it is
 * the section's only block). The truth does not change: a moved block
 * continues what it continued.
 */
export function moveFar(sections: DraftSection[], prior: PriorStatement, dice: Dice, log: (operation: SyntheticOperation) => void): void {
  const movable = range(0, sections.length - 1).filter((s) => sections[s].heading !== null && sections[s].blocks.length > 0 && !holdsFraming(sections[s], prior));
  if (movable.length >= 3 && dice.chance(0.5)) {
    const from = dice.pick(movable);
    const first = movable[0];
    const last = movable[movable.length - 1];
    const to = from - first < last - from ? last : first;
    if (Math.abs(to - from) >= 2) {
      const [section] = sections.splice(from, 1);
      sections.splice(to, 0, section);
      for (const block of section.blocks) block.note += '; its section moved';
      log({ kind: 'moveSection', keys: priorKeys(prior, section.blocks.flatMap((block) => block.origin)) });
    }
  }
  for (let n = dice.int(0, 2); n > 0; n--) {
    const candidates = sections.flatMap((section, s) =>
      section.heading === null
        ? []
        : section.blocks
            .map((block, position) => ({ block, position, s }))
            .filter(({ block, position }) => block.origin.length > 0 && !block.origin.some((id) => prior.blocks[id].fixed) && (position > 0 || section.blocks.length === 1)),
    );
    if (candidates.length === 0) return;
    const { block, position, s } = dice.pick(candidates);
    const targets = range(0, sections.length - 1).filter((t) => sections[t].heading !== null && Math.abs(t - s) >= 2 && sections[t].blocks.length > 0);
    if (targets.length === 0) continue;
    const target = sections[dice.pick(targets)];
    // Placed before a sub-item, a bullet would adopt the sub-items of another.
    const points = insertionPoints(target, prior).filter((p) => !(target.blocks[p]?.kind === 'item' && target.blocks[p].level === 2));
    if (points.length === 0) continue;
    sections[s].blocks.splice(position, 1);
    const moved: DraftBlock = { ...block, level: block.level === 2 ? 1 : block.level, note: `${block.note}; moved from "${sections[s].heading}"` };
    target.blocks.splice(dice.pick(points), 0, moved);
    log({ kind: 'moveBlock', keys: priorKeys(prior, block.origin) });
  }
}

/**
 * A label-only bullet ("Artificial Intelligence (AI):") heads its sub-items;
 * when none of them is left under it, the drafter deletes it too, and the
 * truth calls it dropped.
 */
export function dropLonelyLabels(sections: DraftSection[], prior: PriorStatement, log: (operation: SyntheticOperation) => void): void {
  for (const section of sections) {
    section.blocks = section.blocks.filter((block, position) => {
      if (!LABEL_ONLY.test(block.markdown)) return true;
      const next = section.blocks[position + 1];
      if (next?.kind === 'item' && next.level === 2) return true;
      log({ kind: 'drop', keys: priorKeys(prior, block.origin) });
      return false;
    });
    // A sub-item needs an item above it to stay a sub-item.
    section.blocks.forEach((block, position) => {
      const previous = section.blocks[position - 1];
      if (block.level === 2 && previous?.kind !== 'item') block.level = 1;
    });
  }
}

/** "Smart Grids" as a topic inside a sentence: "smart grids"; acronyms keep their capitals. */
const topicInSentence = (label: string) => label.replace(/\b[A-Z][a-z]*(?:-[A-Za-z][a-z]*)*\b/g, (word) => (/^[A-Z]$/.test(word) ? word : word.toLowerCase()));

/** A new topic in the form of the section it joins: labelled bullet, "On **topic**, ..." paragraph, or plain paragraph. */
function newTopicBlock(topic: NewTopic, section: DraftSection, point: number, prior: PriorStatement): DraftBlock {
  const note = `new topic: ${topic.label}`;
  if (section.blocks.some((block) => block.kind === 'item')) {
    const previous = section.blocks[point - 1];
    const next = section.blocks[point];
    // Among sub-items (under "Artificial Intelligence (AI):") the new bullet is a sub-item too: the hardest case.
    const level = (previous?.kind === 'item' && previous.level === 2) || (next?.kind === 'item' && next.level === 2) ? 2 : 1;
    return { markdown: `**${topic.label}:** ${topic.text}`, kind: 'item', level, origin: [], note };
  }
  if (prior.onTopicStyle) {
    const text = /^[A-Z][a-z]+\b/.test(topic.text) ? topic.text[0].toLowerCase() + topic.text.slice(1) : topic.text;
    return { markdown: `On **${topicInSentence(topic.label)}**, ${text}`, kind: 'paragraph', level: 0, origin: [], note };
  }
  return { markdown: topic.text, kind: 'paragraph', level: 0, origin: [], note };
}

/** New topics inside continued sections (where some prior block lives on), after the intro and before any framing paragraph. */
export function insertNewTopics(sections: DraftSection[], prior: PriorStatement, topics: readonly NewTopic[], dice: Dice, log: (operation: SyntheticOperation) => void): void {
  for (const topic of topics) {
    const open = sections.filter((section) => section.heading !== null && section.blocks.some((block) => block.origin.length > 0) && insertionPoints(section, prior).length > 0);
    if (open.length === 0) return;
    const section = dice.pick(open);
    const point = dice.pick(insertionPoints(section, prior));
    const block = newTopicBlock(topic, section, point, prior);
    section.blocks.splice(point, 0, block);
    log({ kind: 'insert', keys: [blockKey(block.markdown)] });
  }
}

/** Section numbers ("1.", "IV.") follow the draft's order. */
export function renumber(sections: DraftSection[]): void {
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
  let n = 0;
  for (const section of sections) {
    if (section.heading === null) continue;
    n++;
    section.heading = section.heading.replace(/^\d+\. /, `${n}. `).replace(/^[IVX]+\. /, `${roman[n - 1]}. `);
  }
}
