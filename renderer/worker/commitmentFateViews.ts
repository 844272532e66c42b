/**
 * The latest statement's commitments and their fates, placed in the draft
 * for the desk to count, list and mark. A fate is kept by the text of the
 * draft paragraph and sentence that show it, so that the first step of the
 * next keystroke's analysis places it again wherever that text now stands
 * (its fate itself waits for the second step).
 */
import type { CommitmentFate, DraftAlignment, Fate, ParsedDocument } from '../../engine/index';
import type { AnalysisSummary, CommitmentFateView } from './protocol';

/** A fate with the draft text that shows it, rather than offsets that the next keystroke moves. */
export interface KeptFate {
  view: Omit<CommitmentFateView, 'start' | 'end'>;
  /** The draft paragraph: the one continuing the commitment, or the paragraph it was dropped from. */
  blockText: string | null;
  /** The draft sentence continuing it, or null. */
  sentence: string | null;
}

const FATES: readonly Fate[] = ['restated', 'progressed', 'strengthened', 'weakened', 'dropped'];

/** The fates of `latest`'s commitments, each with the draft text that shows it. */
export function keepFates(fates: readonly CommitmentFate[], latest: number | null, draft: ParsedDocument, alignment: DraftAlignment): KeptFate[] {
  if (latest === null) return [];
  // A paragraph of the latest statement that the draft keeps, by the draft block that keeps it (its main precedent first).
  const keptIn = new Map<number, number>();
  for (const aligned of alignment.alignments) {
    for (const match of aligned.matches) if (match.prior === latest && !keptIn.has(match.block)) keptIn.set(match.block, aligned.block);
  }
  return fates
    .filter((fate) => fate.prior === latest)
    .map((fate) => {
      const view = {
        prior: fate.prior,
        block: fate.block,
        fate: fate.fate,
        marker: fate.marker,
        firmness: fate.firmness,
        sentence: fate.sentence,
        ...(fate.draftMarker ? { draftMarker: fate.draftMarker } : {}),
        ...(fate.markerChanged ? { markerChanged: true } : {}),
      };
      const draftBlock = fate.draftBlock ?? keptIn.get(fate.block) ?? null;
      return { view, blockText: draftBlock === null ? null : draft.blocks[draftBlock].text, sentence: fate.draftSentence };
    });
}

/** The kept fates placed in `draft`: on their sentence, their paragraph, or nowhere when the text is gone. */
export function placeFates(kept: readonly KeptFate[], draft: ParsedDocument): CommitmentFateView[] {
  if (kept.length === 0) return [];
  const blockOf = new Map<string, ParsedDocument['blocks'][number]>();
  for (const block of draft.blocks) if (!blockOf.has(block.text)) blockOf.set(block.text, block);
  return kept.map(({ view, blockText, sentence }) => {
    const block = blockText === null ? undefined : blockOf.get(blockText);
    const at = sentence === null ? undefined : block?.sentences.find((s) => s.text === sentence);
    const span = at ?? (block && sentence === null ? block : null);
    return { ...view, start: span ? span.start : null, end: span ? span.end : null };
  });
}

/** The summary's count of commitments by fate, and of those restated in another marker. */
export function countFates(views: readonly CommitmentFateView[]): Pick<AnalysisSummary, 'fates' | 'markerChanges'> {
  const fates = Object.fromEntries(FATES.map((fate) => [fate, 0])) as Record<Fate, number>;
  for (const view of views) fates[view.fate]++;
  return { fates, markerChanges: views.filter((view) => view.markerChanged).length };
}
