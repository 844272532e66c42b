/**
 * A list of decorations kept in step with the analysis, changing only those
 * that changed. Monaco moves decorations with the text as it is edited, so at
 * a keystroke most stand where the analysis puts them and look the same:
 * setting all of them again (one statement's hundred and fifty) made Monaco
 * redraw every one, in the frame that shows the keystroke's analysis.
 */
import type { monaco } from './monaco';

/** A decoration as the analysis wants it: what it looks like, where it stands, and how to make it. */
export interface WantedDecoration {
  look: string;
  start: number;
  end: number;
  make(): monaco.editor.IModelDeltaDecoration;
}

/** Decorations set in one go; past this many (a long document opened), they are set a batch at a time between tasks. */
const AT_ONCE = 1_000;
/** One call: 10,000 decorations set at once held the page for 400 ms, 500 underlines in a 1 MB paragraph some 60 ms. */
const BATCH = 200;
/**
 * Batches set in one task until this long has passed. Each task that changed
 * decorations had Monaco read every decoration again in its next frame (the
 * gutter's lanes, the overview ruler, the minimap): 10,000 block decorations
 * set 200 a task made some 50 such frames while the panel built its cards.
 */
const TASK_MS = 12;

/** A text edit as Monaco reports it: the offset and length of the range replaced, and the text put there. */
export interface TextEdit {
  rangeOffset: number;
  rangeLength: number;
  text: string;
}

/** Edits kept at most between two updates; past it, or for an edit of several ranges at once, where each decoration stands is asked of Monaco. */
const MAX_EDITS = 64;

export class DecorationList {
  private ids: string[] = [];
  private looks: string[] = [];
  /** Where each decoration stood when last set or checked (Monaco has moved it with the edits since). */
  private starts: number[] = [];
  private ends: number[] = [];
  /**
   * The edits since then, in order, or null when unknown. Monaco moves a
   * decoration that an edit does not touch by the edit's length alone, so
   * where it stands now follows from where it stood: asking Monaco for the
   * range of each (its offsets, through the lines) was a millisecond of the
   * page's work at every keystroke on a 10,000-word draft.
   */
  private edits: TextEdit[] | null = [];
  /** Counts the updates, so that the batches left of a long one give way to a newer update. */
  private generation = 0;
  /** Batches of a long update are still to be set: the list holds its first decorations only. */
  private partial = false;

  constructor(private readonly model: () => monaco.editor.ITextModel | null) {}

  /** An edit of the text (several ranges at once, or a new text, leave where decorations stand to Monaco). */
  edited(changes: readonly TextEdit[], flush: boolean): void {
    // Decorations still being set in batches were set after some of the edits logged: their places are asked for.
    if (flush || changes.length !== 1 || this.partial || this.edits === null || this.edits.length >= MAX_EDITS) this.edits = null;
    else this.edits.push(changes[0]);
  }

  update(wanted: readonly WantedDecoration[]): void {
    const model = this.model();
    if (!model) return;
    const edits = this.edits;
    this.edits = [];
    this.generation++;
    // A long update still being set is carried on from where it stands (a newer analysis of a long
    // document opened, its fates, often shows the same): only its decorations set so far are compared.
    const kept = this.partial ? this.ids.length : wanted.length === this.ids.length ? wanted.length : -1;
    if (kept < 0 || kept > wanted.length) {
      this.replaceAll(model, wanted);
      return;
    }
    const changed: number[] = [];
    for (let i = 0; i < kept; i++) {
      const decoration = wanted[i];
      if (decoration.look !== this.looks[i] || !this.standsAt(model, i, decoration.start, decoration.end, edits)) changed.push(i);
      this.starts[i] = decoration.start;
      this.ends[i] = decoration.end;
    }
    if (changed.length > AT_ONCE) this.replaceAll(model, wanted);
    else {
      if (changed.length > 0) this.replace(model, changed, wanted);
      this.addFrom(model, wanted, kept);
    }
  }

  /** Whether decoration `i` now stands at [start, end): followed through the edits where none touched it, else asked of Monaco. */
  private standsAt(model: monaco.editor.ITextModel, i: number, start: number, end: number, edits: readonly TextEdit[] | null): boolean {
    let [from, to] = [this.starts[i], this.ends[i]];
    for (const edit of edits ?? [null]) {
      if (!edit) break;
      const after = edit.rangeOffset + edit.rangeLength;
      // An edit at either end may or may not move it (Monaco's stickiness): asked.
      if (after >= from && edit.rangeOffset <= to) {
        from = -1;
        break;
      }
      if (after < from) {
        const shift = edit.text.length - edit.rangeLength;
        from += shift;
        to += shift;
      }
    }
    if (edits !== null && from >= 0) return from === start && to === end;
    const range = model.getDecorationRange(this.ids[i]);
    return range !== null && model.getOffsetAt(range.getStartPosition()) === start && model.getOffsetAt(range.getEndPosition()) === end;
  }

  /** Replaces every decoration: at once, or the first AT_ONCE and then batches between tasks. */
  private replaceAll(model: monaco.editor.ITextModel, wanted: readonly WantedDecoration[]): void {
    const first = wanted.length <= AT_ONCE ? wanted.length : BATCH;
    this.ids = model.deltaDecorations(this.ids, wanted.slice(0, first).map((decoration) => decoration.make()));
    this.looks = wanted.slice(0, first).map((decoration) => decoration.look);
    this.starts = wanted.slice(0, first).map((decoration) => decoration.start);
    this.ends = wanted.slice(0, first).map((decoration) => decoration.end);
    this.addFrom(model, wanted, first);
  }

  /** Adds `wanted` from `from` on, batch after batch, TASK_MS of them a task, until a newer update comes. */
  private addFrom(model: monaco.editor.ITextModel, wanted: readonly WantedDecoration[], from: number): void {
    const generation = this.generation;
    this.partial = from < wanted.length;
    const add = (at: number) => {
      if (generation !== this.generation || model.isDisposed() || this.model() !== model) return;
      const deadline = performance.now() + TASK_MS;
      while (at < wanted.length && performance.now() < deadline) {
        const batch = wanted.slice(at, Math.min(wanted.length, at + BATCH));
        this.ids.push(...model.deltaDecorations([], batch.map((decoration) => decoration.make())));
        this.looks.push(...batch.map((decoration) => decoration.look));
        this.starts.push(...batch.map((decoration) => decoration.start));
        this.ends.push(...batch.map((decoration) => decoration.end));
        at += batch.length;
      }
      this.partial = at < wanted.length;
      if (this.partial) setTimeout(() => add(at), 0);
    };
    if (this.partial) setTimeout(() => add(from), 0);
  }

  /** Replaces the decorations at `indices`, as many as there are. */
  private replace(model: monaco.editor.ITextModel, indices: readonly number[], wanted: readonly WantedDecoration[]): void {
    const added = model.deltaDecorations(
      indices.map((i) => this.ids[i]),
      indices.map((i) => wanted[i].make()),
    );
    indices.forEach((at, i) => {
      this.ids[at] = added[i];
      this.looks[at] = wanted[at].look;
    });
  }
}
