/**
 * The latest statement's commitments that the draft weakened, strengthened
 * or dropped, where they show in the editor: a gutter mark with a letter (W,
 * S, D) and a colour of their own in the overview ruler, on the sentence
 * that continues the commitment (or the paragraph that lost it); and the
 * places F7 visits, with new and revised blocks.
 */
import type { WantedDecoration } from './DecorationList';
import { monaco } from './monaco';
import { SHIFTING_FATES, describeShift } from '../panel/commitmentShifts';
import type { AnalysisResult, CommitmentFateView } from '../worker/protocol';

/** Ruler colours, apart from the statuses' green, amber and blue. */
const FATE_COLOUR = { weakened: '#cf222e', strengthened: '#8250df', dropped: '#6e7781' } as const;

const FATE_LABEL = { weakened: 'Weakened commitment', strengthened: 'Strengthened commitment', dropped: 'Commitment dropped from this paragraph' } as const;

type Shift = CommitmentFateView & { fate: keyof typeof FATE_COLOUR; start: number; end: number };

/** The commitments to mark: of a shifting fate, and placed in the draft. */
export function shifts(result: AnalysisResult): Shift[] {
  return result.commitmentFates.filter((view): view is Shift => SHIFTING_FATES.has(view.fate) && view.start !== null && view.end !== null);
}

/** Where F7 stops, in draft order: the start of every new or revised block and of every marked commitment. */
export function changeStops(result: AnalysisResult): number[] {
  const stops = new Set<number>();
  for (const card of result.cards) if (card.status !== 'carried') stops.add(card.start);
  for (const shift of shifts(result)) stops.add(shift.start);
  return [...stops].sort((a, b) => a - b);
}

/** The decorations of the marked commitments; `range` turns draft offsets into the editor's range. */
export function fateDecorations(result: AnalysisResult, range: (start: number, end: number) => monaco.Range): WantedDecoration[] {
  const year = result.latestPrior === null ? '' : ` (${result.priors[result.latestPrior].date.slice(0, 4)})`;
  return shifts(result).map((shift) => ({
    look: `${shift.fate} ${shift.marker} ${shift.draftMarker ?? ''}`,
    start: shift.start,
    // The mark stands on the first line: the whole paragraph is the card's, the sentence may wrap.
    end: shift.start,
    make: () => ({
      range: range(shift.start, shift.start),
      options: {
        glyphMarginClassName: `glyph glyph-fate glyph-fate-${shift.fate}`,
        glyphMargin: { position: monaco.editor.GlyphMarginLane.Right },
        glyphMarginHoverMessage: { value: `**${FATE_LABEL[shift.fate]}**${year}: ${describeShift(shift)}\n\n> ${shift.sentence}` },
        overviewRuler: { color: FATE_COLOUR[shift.fate], position: monaco.editor.OverviewRulerLane.Right },
        minimap: { color: FATE_COLOUR[shift.fate], position: monaco.editor.MinimapPosition.Inline },
      },
    }),
  }));
}
