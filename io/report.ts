/**
 * What every export of an analysis renders: a report in document order, one
 * entry per block with its label, a note saying where it comes from, and its
 * text as a word diff. Two analyses make one: a revision compare (changed,
 * moved, inserted, deleted, unchanged) and a draft aligned with its
 * precedents (carried, revised, new, dropped). The Word, HTML and PDF
 * renderers read only this model, so they show both alike.
 */
import { droppedFromLatest, type Block, type BlockKind, type DraftAlignment, type ParsedDocument, type RevisionCompare, type RevisionOperation, type WordDiff } from '../engine/index';

/** A run of an entry's text: kept, added by the later version, or taken out of the earlier one. */
export interface DiffPiece {
  change: 'equal' | 'inserted' | 'deleted';
  text: string;
}

/** The operations of a revision compare, the statuses of a draft's blocks, and a draft heading shown for orientation. */
export type EntryKind = 'equal' | 'changed' | 'moved' | 'inserted' | 'deleted' | 'carried' | 'revised' | 'new' | 'dropped' | 'section';

export interface ReportEntry {
  kind: EntryKind;
  /** The kind in the reader's words ("Unchanged", "Revised"); empty for a section heading. */
  label: string;
  /** Where the block comes from: "moved from ¶3 to ¶9", "statement-2025 ¶12 · score 0.83". */
  note: string;
  /** How the block is laid out, so that Word keeps headings and bullets. */
  block: { kind: BlockKind; level: number };
  pieces: DiffPiece[];
  /**
   * Whether the block's paragraph is in both versions, only in the later
   * (inserted, moved here, new) or only in the earlier (deleted, dropped):
   * Word tracks the paragraph itself accordingly.
   */
  presence: 'kept' | 'added' | 'removed';
  /**
   * A moved block's copy at its old place, deleted there: Word needs it so
   * that "Reject all" gives the old version back. The HTML and PDF reports
   * leave it out; their moved entry says where the block came from.
   */
  trackedOnly?: true;
}

export interface Report {
  title: string;
  /** When the report was made: the date of every tracked change, printed on the report. */
  date: Date;
  /** A marking such as "RESTRICTED" or "LIMITE", put on every page; none when null. */
  classification: string | null;
  /** The count of each kind of entry, in the order to show them. */
  summary: Array<{ kind: EntryKind; label: string; count: number }>;
  /** The Council-note cover fields that changed between two revisions; empty otherwise. */
  cover: Array<{ field: string; before: string | null; after: string | null }>;
  /** In the reading order of the later version. */
  entries: ReportEntry[];
}

const LABELS: Record<EntryKind, string> = {
  equal: 'Unchanged',
  changed: 'Changed',
  moved: 'Moved',
  inserted: 'Inserted',
  deleted: 'Deleted',
  carried: 'Carried',
  revised: 'Revised',
  new: 'New',
  dropped: 'Dropped',
  section: '',
};

const piecesOf = (diff: WordDiff): DiffPiece[] =>
  diff.filter(([, text]) => text.length > 0).map(([op, text]) => ({ change: op === 0 ? 'equal' : op === 1 ? 'inserted' : 'deleted', text }));

const layoutOf = (block: Block) => ({ kind: block.kind, level: block.level });

const summaryOf = (kinds: EntryKind[], entries: ReportEntry[]) =>
  kinds.map((kind) => ({ kind, label: LABELS[kind], count: entries.filter((entry) => entry.kind === kind && !entry.trackedOnly).length }));

/** What a report of a revision compare is made from. */
export interface ComparisonExport {
  oldBlocks: Block[];
  newBlocks: Block[];
  compare: RevisionCompare;
  /** The report's title (the document's title in Word's properties). */
  title: string;
  /** A marking such as "RESTRICTED", put on every page; none when null or absent. */
  classification?: string | null;
  /** When the report was made: the date of every tracked change. */
  date: Date;
}

/** Paragraph numbers for the reader count from 1. */
const paragraph = (index: number) => `¶${index + 1}`;

/**
 * The report of a revision compare: one entry per operation, in the new
 * version's reading order with deletions where the old block stood. A moved
 * block also leaves a deleted copy (tracked changes only) at its old place:
 * just before the first block kept in place (or deleted) that came after it
 * in the old version.
 */
export function comparisonReport(input: ComparisonExport): Report {
  const { oldBlocks, newBlocks, compare } = input;
  const movedAway = compare.operations
    .filter((op) => op.type === 'moved')
    .flatMap((op) => op.old)
    .sort((a, b) => a - b);
  let nextMoved = 0;
  const entries: ReportEntry[] = [];
  const putBackMovedBefore = (limit: number) => {
    for (; nextMoved < movedAway.length && movedAway[nextMoved] < limit; nextMoved++) {
      const block = oldBlocks[movedAway[nextMoved]];
      entries.push({
        kind: 'moved',
        label: LABELS.moved,
        note: `moved away from ${paragraph(block.index)}`,
        block: layoutOf(block),
        pieces: [{ change: 'deleted', text: block.text }],
        presence: 'removed',
        trackedOnly: true,
      });
    }
  };
  for (const op of compare.operations) {
    if (op.type !== 'moved' && op.old.length > 0) putBackMovedBefore(Math.min(...op.old));
    entries.push(operationEntry(op, oldBlocks, newBlocks));
  }
  putBackMovedBefore(Infinity);
  const cover = Object.entries(compare.header)
    .filter(([, [before, after]]) => before !== after)
    .map(([field, [before, after]]) => ({ field, before, after }));
  return {
    title: input.title,
    date: input.date,
    classification: input.classification ?? null,
    summary: summaryOf(['changed', 'moved', 'inserted', 'deleted', 'equal'], entries),
    cover,
    entries,
  };
}

/** Every operation of the compare pairs at most one old block with one new block. */
function operationEntry(op: RevisionOperation, oldBlocks: Block[], newBlocks: Block[]): ReportEntry {
  const [oldIndex] = op.old;
  const [newIndex] = op.new;
  const common = { kind: op.type, label: LABELS[op.type], pieces: piecesOf(op.diff) };
  switch (op.type) {
    case 'equal':
    case 'changed': {
      const note = oldIndex === newIndex ? paragraph(newIndex) : `${paragraph(newIndex)}, was ${paragraph(oldIndex)}`;
      return { ...common, note, block: layoutOf(newBlocks[newIndex]), presence: 'kept' };
    }
    case 'moved':
      return { ...common, note: `moved from ${paragraph(oldIndex)} to ${paragraph(newIndex)}`, block: layoutOf(newBlocks[newIndex]), presence: 'added' };
    case 'inserted':
      return { ...common, note: `now ${paragraph(newIndex)}`, block: layoutOf(newBlocks[newIndex]), presence: 'added' };
    case 'deleted':
      return { ...common, note: `was ${paragraph(oldIndex)}`, block: layoutOf(oldBlocks[oldIndex]), presence: 'removed' };
  }
}

/** A prior statement of a draft report, named as the reader knows it. */
export interface DraftReportPrior {
  /** A short name, such as the file or corpus id ("statement-2025"). */
  title: string;
  /** ISO date: the latest prior is the one whose dropped blocks the report lists. */
  date?: string;
  document: ParsedDocument;
}

/** What a report of a draft against its precedents is made from. */
export interface DraftExport {
  draft: { title: string; document: ParsedDocument };
  /** In the order given to the alignment (its `prior` numbers index this list). */
  priors: DraftReportPrior[];
  alignment: DraftAlignment;
  /** Default: "DRAFT against PRIOR, PRIOR". */
  title?: string;
  /**
   * Default: the draft's own marking (a Council note's cover), else the
   * latest prior's: the report quotes that prior (its dropped paragraphs,
   * its wording in every diff), so it is marked as that prior is.
   */
  classification?: string | null;
  /** When the report was made: the date of every tracked change. */
  date: Date;
}

/**
 * The report of a draft against its precedents: every draft block in order
 * (headings as sections), carried or revised with the word diff from its
 * main precedent, or new; and what the draft dropped, as the desk counts it
 * (droppedFromLatest: the latest prior's statement blocks that no draft block
 * continues), each just before the first draft block continuing a later
 * block of that prior.
 */
export function draftReport(input: DraftExport): Report {
  const { draft, priors, alignment } = input;
  // Counted as the desk counts them: the same blocks, from the same function.
  const fromLatest = droppedFromLatest(priors, alignment);
  const latest = fromLatest.latest ?? -1;
  const dropped = fromLatest.dropped.map((d) => d.block);
  const byBlock = new Map(alignment.alignments.map((a) => [a.block, a]));
  const entries: ReportEntry[] = [];
  let nextDropped = 0;
  const putDroppedBefore = (limit: number) => {
    for (; nextDropped < dropped.length && dropped[nextDropped] < limit; nextDropped++) {
      const block = priors[latest].document.blocks[dropped[nextDropped]];
      entries.push({
        kind: 'dropped',
        label: LABELS.dropped,
        note: `not carried over from ${nameOf(priors[latest])} ${paragraph(block.index)}`,
        block: layoutOf(block),
        pieces: [{ change: 'deleted', text: block.text }],
        presence: 'removed',
      });
    }
  };
  for (const block of draft.document.blocks) {
    const aligned = byBlock.get(block.index);
    if (!aligned) {
      entries.push({ kind: 'section', label: LABELS.section, note: '', block: layoutOf(block), pieces: piecesOf([[0, block.text]]), presence: 'kept' });
      continue;
    }
    const inLatest = aligned.matches.filter((m) => m.prior === latest).map((m) => m.block);
    if (inLatest.length > 0) putDroppedBefore(Math.min(...inLatest));
    if (aligned.status === 'new') {
      entries.push({ kind: 'new', label: LABELS.new, note: 'no precedent', block: layoutOf(block), pieces: piecesOf([[1, block.text]]), presence: 'added' });
      continue;
    }
    const [main, ...others] = aligned.matches;
    const more = others.length > 0 ? ` (+${others.length} more)` : '';
    entries.push({
      kind: aligned.status,
      label: LABELS[aligned.status],
      note: `${nameOf(priors[main.prior])} ${paragraph(main.block)} · score ${main.score.toFixed(2)}${more}`,
      block: layoutOf(block),
      pieces: piecesOf(aligned.diff),
      presence: 'kept',
    });
  }
  putDroppedBefore(Infinity);
  return {
    title: input.title ?? `${draft.title} against ${priors.map(nameOf).join(', ')}`,
    date: input.date,
    classification: input.classification !== undefined ? input.classification : (markingOf(draft.document) ?? (latest >= 0 ? markingOf(priors[latest].document) : null)),
    summary: summaryOf(['carried', 'revised', 'new', 'dropped'], entries),
    cover: [],
    entries,
  };
}

const markingOf = (document: ParsedDocument): string | null => document.cover?.classification ?? null;

/** The prior's title, with its year when the title does not already say it. */
function nameOf(prior: DraftReportPrior): string {
  const year = prior.date?.slice(0, 4);
  return year && !prior.title.includes(year) ? `${prior.title} (${year})` : prior.title;
}
