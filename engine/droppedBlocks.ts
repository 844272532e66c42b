/**
 * Which prior blocks a draft leaves unlinked (dropped), each prior's apart,
 * kept by a live session between keystrokes. Against 1,000 statements
 * nearly every prior block is dropped, a draft links hundreds, and a
 * keystroke moves a few links: the session counts the links each prior
 * block has, takes out the edited blocks' old links and puts in their new
 * ones, and lists again only the priors whose blocks changed side. The
 * other priors' lists are shared with the last run.
 */
import type { DroppedBlock } from './alignDraft';
import { firstAtLeast } from './firstAtLeast';
import type { PrecedentIndex } from './PrecedentIndex';

/** A prior block as one number (a prior's blocks number far fewer than 2^20): no string is built per block and keystroke. */
export const keyOf = (match: { prior: number; block: number }): number => match.prior * 0x100000 + match.block;

const priorOfKey = (key: number): number => Math.floor(key / 0x100000);

/** A draft block's links, as far as drops go. */
interface Linking {
  matches: ReadonlyArray<{ prior: number; block: number }>;
}

/** What a session keeps of a run: how many draft blocks link each prior block, and each prior's dropped blocks in block order. */
export interface DroppedState {
  index: PrecedentIndex;
  links: Map<number, number>;
  byPrior: ReadonlyArray<readonly DroppedBlock[]>;
}

/**
 * The dropped blocks of this run. `replaced` holds the alignments decided
 * again, each with the one it replaced at its place (the others are the
 * last run's own); null when the whole draft was decided again. The last
 * run's state is taken over: its link counts are updated in place.
 */
export function droppedBlocks(
  index: PrecedentIndex,
  alignments: readonly Linking[],
  replaced: ReadonlyArray<readonly [Linking | undefined, Linking]> | null,
  last: DroppedState | null,
): DroppedState {
  const drop = (key: number): DroppedBlock => {
    const at = { prior: priorOfKey(key), block: key % 0x100000 };
    return { ...at, about: index.aboutOf(at) };
  };
  if (!last || last.index !== index) {
    const links = countLinks(alignments);
    const byPrior = index.priors.map((prior, p) => {
      const list: DroppedBlock[] = [];
      for (const block of prior.blocks) {
        const key = keyOf({ prior: p, block: block.index });
        if (block.kind !== 'heading' && !links.has(key)) list.push(drop(key));
      }
      return list.sort((a, b) => a.block - b.block);
    });
    return { index, links, byPrior };
  }
  // The prior blocks whose links this run touched, with whether they were linked before it.
  const wasLinked = new Map<number, boolean>();
  let links: Map<number, number>;
  if (replaced) {
    links = last.links;
    const move = (key: number, by: number) => {
      const count = links.get(key) ?? 0;
      if (!wasLinked.has(key)) wasLinked.set(key, count > 0);
      if (count + by === 0) links.delete(key);
      else links.set(key, count + by);
    };
    for (const [before, after] of replaced) {
      if (before) for (const match of before.matches) move(keyOf(match), -1);
      for (const match of after.matches) move(keyOf(match), 1);
    }
  } else {
    links = countLinks(alignments);
    for (const key of links.keys()) if (!last.links.has(key)) wasLinked.set(key, false);
    for (const key of last.links.keys()) if (!links.has(key)) wasLinked.set(key, true);
  }
  const changes = new Map<number, Array<{ key: number; linked: boolean }>>();
  for (const [key, was] of wasLinked) {
    const linked = links.has(key);
    if (linked === was) continue;
    const prior = priorOfKey(key);
    const list = changes.get(prior);
    if (list) list.push({ key, linked });
    else changes.set(prior, [{ key, linked }]);
  }
  if (changes.size === 0) return { index, links, byPrior: last.byPrior };
  const byPrior = last.byPrior.slice();
  for (const [prior, ofPrior] of changes) byPrior[prior] = withChanges(byPrior[prior], ofPrior, drop);
  return { index, links, byPrior };
}

function countLinks(alignments: readonly Linking[]): Map<number, number> {
  const links = new Map<number, number>();
  for (const alignment of alignments) for (const match of alignment.matches) links.set(keyOf(match), (links.get(keyOf(match)) ?? 0) + 1);
  return links;
}

/** A prior's dropped list with some blocks newly linked taken out and some no longer linked put in, in block order; the old list stays as it was. */
function withChanges(list: readonly DroppedBlock[], changes: Array<{ key: number; linked: boolean }>, drop: (key: number) => DroppedBlock): DroppedBlock[] {
  changes.sort((a, b) => a.key - b.key);
  const out: DroppedBlock[] = [];
  let read = 0;
  for (const change of changes) {
    const at = firstAtLeast((i) => keyOf(list[i]), read, list.length, change.key);
    while (read < at) out.push(list[read++]);
    const present = at < list.length && keyOf(list[at]) === change.key;
    if (change.linked && present) read++;
    else if (!change.linked && !present) out.push(drop(change.key));
  }
  while (read < list.length) out.push(list[read++]);
  return out;
}
