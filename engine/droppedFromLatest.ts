/**
 * What a draft drops, counted one way wherever it is shown (the desk's
 * summary and dropped list, every report): the blocks of the latest prior
 * statement that no draft block continues. Older priors' blocks are left
 * out, since what a drafter answers for is what the last statement said;
 * so is a Council note's covering sentence ("Delegations will find in the
 * annex ..."), which is the note's, not agreed language (statementBlocks).
 */
import type { DraftAlignment, DroppedBlock } from './alignDraft';
import { statementBlocks } from './statementBlocks';
import type { ParsedDocument } from './types';

/** A prior as the alignment numbered it: its ISO date (none: older than any dated one) and its document. */
export interface DatedPrior {
  date?: string;
  document: ParsedDocument;
}

export interface DroppedFromLatest {
  /** The latest prior's number in the list given; null without priors. */
  latest: number | null;
  /** Its dropped statement blocks, in its order. */
  dropped: DroppedBlock[];
}

/** The prior with the latest date; undated priors count as older, and of equals the last given wins. */
export function latestPriorOf(priors: ReadonlyArray<{ date?: string }>): number | null {
  let latest: number | null = null;
  priors.forEach((prior, p) => {
    if (latest === null || (prior.date ?? '') >= (priors[latest].date ?? '')) latest = p;
  });
  return latest;
}

/**
 * Read from the latest prior's own list when the alignment keeps one
 * (alignDraft's): against a large corpus the whole list is tens of
 * thousands of blocks, and a live desk asks for this at every keystroke.
 */
export function droppedFromLatest(priors: readonly DatedPrior[], alignment: Pick<DraftAlignment, 'dropped' | 'droppedByPrior'>): DroppedFromLatest {
  const latest = latestPriorOf(priors);
  if (latest === null) return { latest, dropped: [] };
  const statement = new Set(statementBlocks(priors[latest].document).map((block) => block.index));
  const ofLatest = alignment.droppedByPrior?.[latest] ?? alignment.dropped;
  const dropped = ofLatest.filter((d) => d.prior === latest && statement.has(d.block)).sort((a, b) => a.block - b.block);
  return { latest, dropped };
}
