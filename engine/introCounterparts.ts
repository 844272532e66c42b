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
import type { PrecedentIndex, PrecedentMatch } from './PrecedentIndex';

/** A draft block as this rule reads it: its role, the section introduction it stands under, its candidates and its links. */
export interface IntroReading {
  role: BlockRole;
  /** Position of the introduction of its section (its own position for an introduction), or -1. */
  intro: number;
  candidates: ReadonlyArray<{ match: PrecedentMatch }>;
  links: ReadonlyArray<{ prior: number; block: number }>;
}

const FRAMING: ReadonlySet<BlockRole> = new Set(['opening', 'sectionIntro']);

/** By draft position, the prior introductions it continues by this rule (most positions have none). */
export function introCounterparts(blocks: readonly IntroReading[], index: PrecedentIndex): Map<number, PrecedentMatch[]> {
  const found = new Map<number, PrecedentMatch[]>();
  const intros = blocks.flatMap((block, at) => (block.role === 'sectionIntro' && block.intro === at ? [at] : []));
  if (intros.length === 0) return found;
  // Prior blocks some draft block links (an introduction among them is not dropped), gathered when first asked.
  let linked: Set<string> | undefined;
  const isLinked = (key: string): boolean => {
    if (!linked) {
      linked = new Set();
      for (const block of blocks) for (const link of block.links) linked.add(`${link.prior}:${link.block}`);
    }
    return linked.has(key);
  };
  // Each unlinked prior introduction, with the draft introduction that best continues it.
  const best = new Map<string, { at: number; match: PrecedentMatch }>();
  for (const at of intros) {
    const intro = blocks[at];
    if (intro.links.some((link) => !FRAMING.has(index.roleOf(link)))) continue;
    // The prior section its paragraphs continue most (by its introduction): a section that gained one paragraph of another keeps its own frame.
    const counts = new Map<string, number>();
    blocks.forEach((block, other) => {
      if (other === at || block.intro !== at) return;
      for (const link of block.links) {
        const priorIntro = index.sectionIntroOf(link);
        if (priorIntro >= 0) counts.set(`${link.prior}:${priorIntro}`, (counts.get(`${link.prior}:${priorIntro}`) ?? 0) + 1);
      }
    });
    const most = Math.max(0, ...counts.values());
    const followed = new Set([...counts].filter(([, count]) => count === most).map(([key]) => key));
    for (const { match } of intro.candidates) {
      const key = `${match.prior}:${match.block}`;
      if (!followed.has(key) || index.roleOf(match) !== 'sectionIntro' || isLinked(key)) continue;
      const held = best.get(key);
      if (!held || match.score > held.match.score) best.set(key, { at, match });
    }
  }
  for (const { at, match } of best.values()) found.set(at, [...(found.get(at) ?? []), match]);
  return found;
}
