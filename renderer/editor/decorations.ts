/**
 * What the analysis shows in the editor: each block's status in the gutter
 * (a letter, so colour is never the only signal), the overview ruler and the
 * minimap; commitments underlined by firmness; drafting checks and weakened
 * commitments as markers.
 */
import { DecorationList, type WantedDecoration } from './DecorationList';
import { blocksBetween, spanCovers, type BlockSpan } from './gutterWindow';
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

/**
 * Blocks from which an analysis's decorations are set from a task of their
 * own, apart from its arrival (its cards decoded, the panel's summary):
 * together, opening 10,000 one-line paragraphs held the page 90-130 ms in
 * that one task.
 */
const APART_FROM = 1_000;

/** Lines either side of those on screen whose blocks have their gutter mark, in screens: a screen's scroll sets none (see gutterWindow). */
const GUTTER_MARGIN_SCREENS = 1;
/** Blocks marked in the gutter while the editor shows no line (not laid out yet). */
const GUTTER_UNSEEN = 100;

export class AnalysisDecorations {
  private readonly blocks: DecorationList;
  /** The status marks in the gutter, of the blocks near the screen only (see gutterWindow). */
  private readonly gutter: DecorationList;
  /** The blocks `gutter` marks, of the analysis shown. */
  private gutterSpan: BlockSpan = [0, 0];
  /** The analysis shown, while its offsets hold (the text has not been edited since), for the gutter to follow scrolling. */
  private shown: AnalysisResult | null = null;
  /** Block decoration options by look, as Monaco keeps them (see blockOptions). */
  private readonly optionsByLook = new Map<string, monaco.editor.IModelDecorationOptions>();
  /** Counts the analyses given to show, so that a long one set apart gives way to a newer one. */
  private shows = 0;
  /** A long document's runs of blocks of one status, in the overview ruler (see RULER_RUNS_FROM). */
  private readonly rulerRuns: DecorationList;
  private readonly commitments: DecorationList;
  private readonly fates: DecorationList;
  private shownMarkers = '';
  /** Keep the gutter's width (see reserveLanes). */
  private lanes: string[] = [];

  constructor(private readonly editor: monaco.editor.IStandaloneCodeEditor) {
    this.blocks = new DecorationList(() => editor.getModel());
    this.gutter = new DecorationList(() => editor.getModel());
    this.rulerRuns = new DecorationList(() => editor.getModel());
    this.commitments = new DecorationList(() => editor.getModel());
    this.fates = new DecorationList(() => editor.getModel());
    // A new text (setValue) takes every decoration away: the lanes are reserved again before Monaco's next frame.
    editor.onDidChangeModelContent((event) => {
      for (const list of [this.blocks, this.gutter, this.rulerRuns, this.commitments, this.fates]) list.edited(event.changes, event.isFlush);
      // Until the next analysis, blocks scrolled to keep the marks they have (its offsets would put new ones in the wrong places).
      this.shown = null;
      const model = editor.getModel();
      if (event.isFlush && model) this.reserveLanes(model);
    });
    editor.onDidScrollChange((event) => event.scrollTopChanged && this.followScreen());
    editor.onDidLayoutChange(() => this.followScreen());
  }

  show(result: AnalysisResult): void {
    const model = this.editor.getModel();
    if (!model) return;
    const shows = ++this.shows;
    if (result.cards.length < APART_FROM) {
      this.showNow(model, result);
      return;
    }
    // Unless a newer analysis came, or the text changed (its offsets no longer hold: the next analysis will come).
    const version = model.getVersionId();
    setTimeout(() => shows === this.shows && this.editor.getModel() === model && model.getVersionId() === version && this.showNow(model, result), 0);
  }

  private showNow(model: monaco.editor.ITextModel, result: AnalysisResult): void {
    const range = (start: number, end: number) => rangeOf(model, start, end);
    this.reserveLanes(model);
    // Made as the list reads them: a long document's 10,000 are compared and set a slice at a time (DecorationList).
    const cards = result.cards;
    const runs = cards.length >= RULER_RUNS_FROM;
    this.blocks.update({
      length: cards.length,
      at: (i) => {
        const card = cards[i];
        return {
          look: `${card.status}${runs ? ' in runs' : ''}`,
          start: card.start,
          end: card.end,
          make: () => ({ range: range(card.start, card.end), options: this.blockOptions(model, card.status, runs) }),
        };
      },
    });
    this.shown = result;
    this.markGutter(model, result);
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
   * The options of a block's decoration, one object for all blocks of a
   * status, as Monaco keeps them (it takes its own options as they are).
   * Given a plain object for each, Monaco made its options, and their
   * minimap's, for each of a long document's 10,000 block decorations: a
   * third of the work of setting them, and garbage that a collection of
   * 100-150 ms cleared later, in one of the tasks of opening the document.
   */
  private blockOptions(model: monaco.editor.ITextModel, status: CardView['status'], runs: boolean): monaco.editor.IModelDecorationOptions {
    const key = `${status}${runs ? ' in runs' : ''}`;
    let options = this.optionsByLook.get(key);
    if (!options) {
      const plain = {
        isWholeLine: true,
        className: `block-${status}`,
        ...(runs ? {} : { overviewRuler: rulerMark(status) }),
        minimap: { color: STATUS_COLOUR[status], position: monaco.editor.MinimapPosition.Gutter },
      };
      const [id] = model.deltaDecorations([], [{ range: new monaco.Range(1, 1, 1, 1), options: plain }]);
      options = model.getDecorationOptions(id) ?? plain;
      model.deltaDecorations([id], []);
      this.optionsByLook.set(key, options);
    }
    return options;
  }

  /** The gutter follows the screen: when blocks on screen have no mark yet, those near it are marked. */
  private followScreen(): void {
    const model = this.editor.getModel();
    if (!this.shown || !model || spanCovers(this.gutterSpan, this.blocksNearScreen(model, this.shown.cards, 0))) return;
    this.markGutter(model, this.shown);
  }

  /** Marks in the gutter the blocks on screen and GUTTER_MARGIN_SCREENS either side, and no others. */
  private markGutter(model: monaco.editor.ITextModel, result: AnalysisResult): void {
    this.gutterSpan = this.blocksNearScreen(model, result.cards, GUTTER_MARGIN_SCREENS);
    const [from, to] = this.gutterSpan;
    this.gutter.update(result.cards.slice(from, to).map((card) => statusMark(model, result, card)));
  }

  /** The blocks of the lines on screen and `margin` screens either side. */
  private blocksNearScreen(model: monaco.editor.ITextModel, cards: readonly CardView[], margin: number): BlockSpan {
    const visible = this.editor.getVisibleRanges();
    if (visible.length === 0) return [0, Math.min(cards.length, GUTTER_UNSEEN)];
    const [first, last] = [visible[0].startLineNumber, visible[visible.length - 1].endLineNumber];
    const extra = Math.ceil((last - first + 1) * margin);
    const [from, to] = [Math.max(1, first - extra), Math.min(model.getLineCount(), last + extra)];
    return blocksBetween(cards, model.getOffsetAt({ lineNumber: from, column: 1 }), model.getOffsetAt({ lineNumber: to, column: model.getLineMaxColumn(to) }));
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

/** A block's status mark in the gutter: a letter, and the precedent on hover. */
function statusMark(model: monaco.editor.ITextModel, result: AnalysisResult, card: CardView): WantedDecoration {
  const precedent = card.precedents[0];
  const prior = precedent ? result.priors[precedent.prior] : null;
  return {
    look: `${card.status} ${precedent?.prior ?? ''} ${precedent?.score.toFixed(2) ?? ''}`,
    start: card.start,
    end: card.end,
    make: () => ({
      range: rangeOf(model, card.start, card.end),
      options: {
        isWholeLine: true,
        glyphMarginClassName: `glyph glyph-${card.status}`,
        glyphMarginHoverMessage: {
          value: `**${STATUS_LABEL[card.status]}**${prior ? ` from ${prior.title} (${prior.date.slice(0, 4)}), score ${precedent.score.toFixed(2)}` : ''}`,
        },
      },
    }),
  };
}

/** The editor's range of draft offsets [start, end). */
function rangeOf(model: monaco.editor.ITextModel, start: number, end: number): monaco.Range {
  const from = model.getPositionAt(start);
  const to = model.getPositionAt(end);
  return new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column);
}

function rulerMark(status: CardView['status']): monaco.editor.IModelDecorationOverviewRulerOptions {
  return { color: STATUS_COLOUR[status], position: monaco.editor.OverviewRulerLane.Left };
}

function markerRange(range: monaco.Range) {
  return { startLineNumber: range.startLineNumber, startColumn: range.startColumn, endLineNumber: range.endLineNumber, endColumn: range.endColumn };
}
