/**
 * What the panel says of the latest statement's commitments: their count by
 * fate beside the block counts (each a button that lists them and goes to the
 * first), and on a card the change of firmness or of marker that its block
 * made ("weakened: will enhance → would consider").
 */
import type { Fate } from '../../engine/index';
import type { AnalysisSummary, CardView } from '../worker/protocol';
import { textButton } from '../ui/textButton';

export const FATES: readonly Fate[] = ['restated', 'progressed', 'strengthened', 'weakened', 'dropped'];

/** Fates that change what a commitment holds the parties to: marked in the gutter, visited by F7. */
export const SHIFTING_FATES: ReadonlySet<Fate> = new Set(['strengthened', 'weakened', 'dropped']);

/** One button per fate, "3 weakened", and one for markers changed within a tier when there are any. */
export function fateCountButtons(summary: AnalysisSummary, choose: (fate: Fate | 'marker') => void): HTMLElement[] {
  const buttons = FATES.map((fate) => {
    const button = countButton(`${summary.fates[fate]} ${fate}`, `badge fate-count fate-count-${fate}`, () => choose(fate));
    button.dataset.testid = 'fate-count';
    button.dataset.fate = fate;
    button.title = `Commitments of the latest statement ${fate} in the draft: list them`;
    return button;
  });
  if (summary.markerChanges > 0) {
    const markers = countButton(`${summary.markerChanges} marker${summary.markerChanges === 1 ? '' : 's'} changed`, 'badge fate-count fate-count-marker', () => choose('marker'));
    markers.dataset.testid = 'marker-change-count';
    markers.title = 'Commitments restated in another marker of the same firmness ("will" → "intend to"): list them';
    buttons.push(markers);
  }
  return buttons;
}

const countButton = (text: string, className: string, click: () => void): HTMLButtonElement => textButton(text, click, { className });

/** A commitment's shift in a reader's words: "weakened: will enhance → would consider", "marker changed: will enhance → intend to enhance". */
export function describeShift(shift: { fate: Fate; marker: string; draftMarker?: string; markerChanged?: boolean }): string {
  const to = shift.draftMarker ? ` → ${shift.draftMarker}` : '';
  if (shift.markerChanged) return `marker changed: ${shift.marker}${to}`;
  return `${shift.fate}: ${shift.marker}${shift.fate === 'dropped' ? '' : to}`;
}

/**
 * The line a card's header gives to its block's commitments of the latest
 * statement that changed firmness or marker, or null: the most telling first
 * (weakened, then strengthened, then a marker change), each said once. An
 * older statement's are in the card's notes: a change the latest statement
 * already made is no news to the drafter.
 */
export function cardShift(card: CardView, latestPrior: number | null): HTMLElement | null {
  const rank = (f: CardView['fates'][number]) => (f.fate === 'weakened' ? 0 : f.fate === 'strengthened' ? 1 : 2);
  const shifts = card.fates.filter((f) => f.prior === latestPrior && (f.fate === 'weakened' || f.fate === 'strengthened' || f.markerChanged)).sort((a, b) => rank(a) - rank(b));
  if (shifts.length === 0) return null;
  const said = [...new Set(shifts.map(describeShift))];
  const line = document.createElement('span');
  line.className = `card-shift card-shift-${shifts[0].markerChanged ? 'marker' : shifts[0].fate}`;
  line.dataset.testid = 'card-shift';
  line.textContent = said.join('; ');
  return line;
}
