/**
 * A long document's blocks as the overview ruler shows them: runs of
 * consecutive blocks of one status (see RULER_RUNS_FROM in decorations.ts).
 */
import type { CardView } from '../worker/protocol';

export interface StatusRun {
  status: CardView['status'];
  /** From the first block's start to the last block's end (draft offsets). */
  start: number;
  end: number;
}

/** Consecutive cards of one status, as runs, in draft order. */
export function statusRuns(cards: readonly CardView[]): StatusRun[] {
  const runs: StatusRun[] = [];
  for (const card of cards) {
    const last = runs[runs.length - 1];
    if (last?.status === card.status) last.end = card.end;
    else runs.push({ status: card.status, start: card.start, end: card.end });
  }
  return runs;
}
