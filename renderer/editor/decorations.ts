/**
 * What the analysis shows in the editor: each block's status in the gutter
 * (a letter, so colour is never the only signal), the overview ruler and the
 * minimap; commitments underlined by firmness; drafting checks and weakened
 * commitments as markers.
 */
import { DecorationList } from './DecorationList';
import { statusRuns } from './statusRuns';
import { fateDecorations } from './fateMarks';
import { monaco } from './monaco';
import type { AnalysisResult, CardView } from '../worker/protocol';

const STATUS_LABEL = { carried: 'Carried over', revised: 'Revised', new: 'New' } as const;

/** Colours of the overview ruler and minimap, light and dark alike (the gutter carries a letter too). */
const STATUS_COLOUR = { carried: '#2e8540', revised: '#c27c0e', new: '#1f6feb' } as const;

/**
 * Commitments underlined in one block, at most: a statement's paragraph has a
 * dozen. Monaco reads every decoration of a line to draw each of its wrapped
 * rows, and a pasted 1 MB paragraph's 30,000 underlines made every frame of
 * it slow (the card lists the first 20 and counts the rest).
 */
const UNDERLINES_PER_BLOCK = 200;

/**
 * Blocks from which the overview ruler shows runs of blocks of one status,
 * not each block. Monaco reads every overview ruler decoration again in the
 * frame after any decoration changes (those of the other lanes are read for
 * the lines on screen only): a long document's 10,000 block decorations, set
 * a slice at a time, had each slice's frame read all those set so far, some
 * 30-60 ms a frame. The ruler is a few pixels a block at that length, so a
 * run looks as its blocks did.
 */
const RULER_RUNS_FROM = 1_000;

export class AnalysisDecorations {
  private readonly blocks: DecorationList;
  /** A long document's runs of blocks of one status, in the overview ruler (see RULER_RUNS_FROM). */
  private readonly rulerRuns: DecorationList;
  private readonly commitments: DecorationList;
  private readonly fates: DecorationList;
  private shownMarkers = '';
  /** Keep the gutter's width (see reserveLanes). */
  private lanes: string[] = [];

  constructor(private readonly editor: monaco.editor.IStandaloneCodeEditor) {
    this.blocks = new DecorationList(() => editor.getModel());
    this.rulerRuns = new DecorationList(() => editor.getModel());
    this.commitments = new DecorationList(() => editor.getModel());
    this.fates = new DecorationList(() => editor.getModel());
    // A new text (setValue) takes every decoration away: the lanes are reserved again before Monaco's next frame.
    editor.onDidChangeModelContent((event) => {
      for (const list of [this.blocks, this.rulerRuns, this.commitments, this.fates]) list.edited(event.changes, event.isFlush);
      const model = editor.getModel();
      if (event.isFlush && model) this.reserveLanes(model);
    });
  }

  show(result: AnalysisResult): void {
    const model = this.editor.getModel();
    if (!model) return;
    const range = (start: number, end: number) => {
      const from = model.getPositionAt(start);
      const to = model.getPositionAt(end);
      return new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column);
    };
    this.reserveLanes(model);
    // Made as the list reads them: a long document's 10,000 are compared and set a slice at a time (DecorationList).
    const cards = result.cards;
    const runs = cards.length >= RULER_RUNS_FROM;
    this.blocks.update({
      length: cards.length,
      at: (i) => {
        const card = cards[i];
        const precedent = card.precedents[0];
        const prior = precedent ? result.priors[precedent.prior] : null;
        return {
          look: `${card.status} ${precedent?.prior ?? ''} ${precedent?.score.toFixed(2) ?? ''}${runs ? ' in runs' : ''}`,
          start: card.start,
          end: card.end,
          make: () => ({
            range: range(card.start, card.end),
            options: {
              isWholeLine: true,
              className: `block-${card.status}`,
              glyphMarginClassName: `glyph glyph-${card.status}`,
              glyphMarginHoverMessage: {
                value: `**${STATUS_LABEL[card.status]}**${prior ? ` from ${prior.title} (${prior.date.slice(0, 4)}), score ${precedent.score.toFixed(2)}` : ''}`,
              },
              ...(runs ? {} : { overviewRuler: rulerMark(card.status) }),
              minimap: { color: STATUS_COLOUR[card.status], position: monaco.editor.MinimapPosition.Gutter },
            },
          }),
        };
      },
    });
    this.rulerRuns.update(
      (runs ? statusRuns(cards) : []).map((run) => ({
        look: run.status,
        start: run.start,
        end: run.end,
        make: () => ({ range: range(run.start, run.end), options: { isWholeLine: true, overviewRuler: rulerMark(run.status) } }),
      })),
    );
    this.commitments.update(
      result.cards.flatMap((card) =>
        card.commitments.slice(0, UNDERLINES_PER_BLOCK).map((commitment) => ({
          look: `${commitment.firmness} ${commitment.marker}`,
          start: commitment.start,
          end: commitment.end,
          make: () => ({
            range: range(commitment.start, commitment.end),
            options: {
              inlineClassName: `commitment commitment-${commitment.firmness}`,
              hoverMessage: { value: `**Commitment** (${commitment.firmness}): “${commitment.marker}”` },
            },
          }),
        })),
      ),
    );
    this.fates.update(fateDecorations(result, range));
    // Markers are decorations too, moved with the text as it is edited: set again only when they say something new.
    const markerKey = JSON.stringify([result.checks.map((c) => [c.text, c.message]), result.flags.map((f) => [f.message, f.end - f.start])]);
    if (markerKey === this.shownMarkers) return;
    this.shownMarkers = markerKey;
    monaco.editor.setModelMarkers(model, 'precedent', [
      ...result.checks.map((check) => ({ ...markerRange(range(check.start, check.end)), message: check.message, severity: monaco.MarkerSeverity.Info, source: 'Drafting check' })),
      ...result.flags.map((flag) => ({
        ...markerRange(range(flag.start, flag.end)),
        message: flag.message,
        severity: flag.severity === 'warning' ? monaco.MarkerSeverity.Warning : monaco.MarkerSeverity.Info,
        source: 'Commitments',
      })),
    ]);
  }

  /**
   * The gutter keeps two lanes, the statuses' and the fate marks', at all
   * times. Grown when a first mark appeared (and shrunk when the last went,
   * or a new text took every decoration away), it narrowed the text and
   * Monaco wrapped every line again: 100-130 ms for a paragraph of 1 MB, in
   * the frame that showed its analysis. Monaco counts the lanes the busiest
   * line uses, so two empty marks on the first line, one in each lane, hold
   * the width.
   */
  private reserveLanes(model: monaco.editor.ITextModel): void {
    if (this.lanes.length > 0 && model.getDecorationRange(this.lanes[0])) return;
    const { Center, Right } = monaco.editor.GlyphMarginLane;
    this.lanes = model.deltaDecorations(
      this.lanes,
      [Center, Right].map((position) => ({
        range: new monaco.Range(1, 1, 1, 1),
        options: { glyphMarginClassName: 'glyph-lane', glyphMargin: { position }, stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges },
      })),
    );
  }
}

function rulerMark(status: CardView['status']): monaco.editor.IModelDecorationOverviewRulerOptions {
  return { color: STATUS_COLOUR[status], position: monaco.editor.OverviewRulerLane.Left };
}

function markerRange(range: monaco.Range) {
  return { startLineNumber: range.startLineNumber, startColumn: range.startColumn, endLineNumber: range.endLineNumber, endColumn: range.endColumn };
}
