/**
 * A prior section's introduction is not dropped while its section lives on
 * under a new introduction. When a statement is restructured, a section's
 * paragraphs move under another heading and its introduction is merged into
 * the new section's, reworded from end to end: the link model, reading the
 * two introductions' words, sees too little to link them, and the old
 * introduction was reported dropped (2025's "Both sides together play a
 * leadership role in innovation ..." in 2026's "As global leaders in frontier
 * technology, ...", which introduces the AI paragraphs that 2025's section
 * held). So a prior introduction no draft block continues is continued by the
 * draft section introduction that
 * - proposes it as a candidate (the index proposes same-role blocks far down its list),
 * - continues no paragraph of a topic itself (an introduction rewritten into a topic's paragraph is that paragraph's),
 * - introduces paragraphs that continue more paragraphs of its section than of any other;
 * the best scoring one when several do. A rule without a number: on the
 * labelled and generated pairs it joins exactly this one pair, and no prior
 * introduction that the labels drop.
 */
import type { BlockRole } from './blockRoles';
import { candidatesByKey } from './candidatesByKey';
import { keyOf } from './droppedBlocks';
import type { PrecedentIndex, PrecedentMatch } from './PrecedentIndex';

/** A draft block as this rule reads it: the section introduction it stands under, its candidates and its links. */
export interface IntroReading {
  /** Position of the introduction of its section (its own position for an introduction), or -1. */
  intro: number;
  candidates: ReadonlyArray<{ match: PrecedentMatch }>;
  links: ReadonlyArray<{ prior: number; block: number }>;
}

const FRAMING: ReadonlySet<BlockRole> = new Set(['opening', 'sectionIntro']);

/** The prior introductions this rule joins, each with the draft position that continues it (usually none). */
export function introCounterparts(blocks: readonly IntroReading[], index: PrecedentIndex, isLinked: (match: { prior: number; block: number }) => boolean): Array<{ at: number; match: PrecedentMatch }> {
  // Each introduction's paragraphs, in one pass: a draft of 10,000 words has dozens of sections, read at every keystroke.
  const sections = new Map<number, IntroReading[]>();
  blocks.forEach((block, at) => {
    if (block.intro < 0) return;
    if (!sections.has(block.intro)) sections.set(block.intro, []);
    if (block.intro !== at) sections.get(block.intro)!.push(block);
  });
  // Each unlinked prior introduction (by its key), with the draft introduction that best continues it.
  const best = new Map<number, { at: number; match: PrecedentMatch }>();
  for (const [at, paragraphs] of sections) {
    const intro = blocks[at];
    for (const key of mostContinuedSections(intro, paragraphs, index)) {
      const match = candidatesByKey(intro.candidates).get(key);
      if (!match || index.roleOf(match) !== 'sectionIntro' || isLinked(match)) continue;
      if (intro.links.some((link) => !FRAMING.has(index.roleOf(link)))) break;
      const held = best.get(key);
      if (!held || match.score > held.match.score) best.set(key, { at, match });
    }
  }
  return [...best.values()];
}

/**
 * The prior sections (by the key of their introduction) that a section's
 * paragraphs continue most: a section that gained one paragraph of another
 * keeps its own frame. Kept by the introduction's reading while its
 * paragraphs' links stay the same arrays: against 1,000 statements a
 * paragraph links dozens of near-copies, and counting them for every section
 * at every keystroke was a seventh of a keystroke's garbage.
 */
const mostContinued = new WeakMap<object, { links: ReadonlyArray<IntroReading['links']>; keys: number[] }>();

function mostContinuedSections(intro: IntroReading, paragraphs: readonly IntroReading[], index: PrecedentIndex): number[] {
  const known = mostContinued.get(intro.candidates);
  if (known && known.links.length === paragraphs.length && paragraphs.every((paragraph, i) => paragraph.links === known.links[i])) return known.keys;
  const counts = new Map<number, number>();
  for (const paragraph of paragraphs) for (const key of priorSectionsOf(paragraph.links, index)) counts.set(key, (counts.get(key) ?? 0) + 1);
  let most = 0;
  for (const count of counts.values()) most = Math.max(most, count);
  const keys: number[] = [];
  if (most > 0) for (const [key, count] of counts) if (count === most) keys.push(key);
  mostContinued.set(intro.candidates, { links: paragraphs.map((paragraph) => paragraph.links), keys });
  return keys;
}

/**
 * The prior section introductions (by key) of a block's links, by its links
 * (the same array while a live session keeps the block's alignment): read
 * for every paragraph under an introduction at every keystroke.
 */
const priorSections = new WeakMap<object, number[]>();

function priorSectionsOf(links: IntroReading['links'], index: PrecedentIndex): number[] {
  let keys = priorSections.get(links);
  if (!keys) {
    keys = [];
    for (const link of links) {
      const priorIntro = index.sectionIntroOf(link);
      if (priorIntro >= 0) keys.push(keyOf({ prior: link.prior, block: priorIntro }));
    }
    priorSections.set(links, keys);
  }
  return keys;
}

