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

/**
 * The decorations wanted, in order: an array, or a list that makes each one
 * when it is read (a long document's 10,000 block decorations, each with its
 * look and its range, are made a slice at a time rather than all at once).
 */
export interface WantedList {
  readonly length: number;
  at(index: number): WantedDecoration | undefined;
}

/** Decorations set in one go; past this many (a long document opened), they are compared and set a batch at a time between tasks. */
const AT_ONCE = 1_000;
/** One call: 10,000 decorations set at once held the page for 400 ms, 500 underlines in a 1 MB paragraph some 60 ms. */
const BATCH = 200;
/**
 * Batches compared and set in one task until this long has passed. Each
 * task that changed decorations had Monaco read every decoration again in
 * its next frame (the gutter's lanes, the overview ruler, the minimap):
 * 10,000 block decorations set 200 a task made some 50 such frames while the
 * panel built its cards. Comparing a complete result's 10,000 decorations
 * with those set (making each, its look and its place) took 30 ms in one
 * task, the longest of opening such a document: it is sliced too.
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
  /** The first decorations whose places `starts` and `ends` hold; a long update given way to left the others where an older one put them, and they are asked for. */
  private known = 0;
  /** Counts the updates, so that the slices left of a long one give way to a newer update. */
  private generation = 0;
  /** Slices of a long update are still to come: the list holds decorations of an older update past the point it reached. */
  private partial = false;

  constructor(
    private readonly model: () => monaco.editor.ITextModel | null,
    private readonly later: (task: () => void) => void = (task) => setTimeout(task, 0),
  ) {}

  /** An edit of the text (several ranges at once, or a new text, leave where decorations stand to Monaco). */
  edited(changes: readonly TextEdit[], flush: boolean): void {
    // Decorations still being set in slices were set after some of the edits logged: their places are asked for.
    if (flush || changes.length !== 1 || this.partial || this.edits === null || this.edits.length >= MAX_EDITS) this.edits = null;
    else this.edits.push(changes[0]);
  }

  update(wanted: WantedList): void {
    const model = this.model();
    if (!model) return;
    const edits = this.edits;
    this.edits = [];
    this.generation++;
    if (this.partial || wanted.length > AT_ONCE || this.ids.length > AT_ONCE) {
      this.updateInSlices(model, wanted, edits);
      return;
    }
    if (wanted.length !== this.ids.length) {
      this.setAll(model, wanted);
      return;
    }
    const changed: number[] = [];
    for (let i = 0; i < wanted.length; i++) {
      const decoration = wanted.at(i)!;
      if (decoration.look !== this.looks[i] || !this.standsAt(model, i, decoration.start, decoration.end, i < this.known ? edits : null)) changed.push(i);
      this.starts[i] = decoration.start;
      this.ends[i] = decoration.end;
    }
    if (changed.length > 0) this.replace(model, changed.map((i) => [i, wanted.at(i)!]));
  }

  /** Whether decoration `i` now stands at [start, end): followed through the edits (null: unknown) where none touched it, else asked of Monaco. */
  private standsAt(model: monaco.editor.ITextModel, i: number, start: number, end: number, edits: readonly TextEdit[] | null): boolean {
    let [from, to] = [this.starts[i], this.ends[i]];
    for (const edit of edits ?? [null]) {
      if (!edit) {
        from = -1;
        break;
      }
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
    if (from >= 0) return from === start && to === end;
    const range = model.getDecorationRange(this.ids[i]);
    return range !== null && model.getOffsetAt(range.getStartPosition()) === start && model.getOffsetAt(range.getEndPosition()) === end;
  }

  /** Replaces every decoration at once (a short list). */
  private setAll(model: monaco.editor.ITextModel, wanted: WantedList): void {
    const all = Array.from({ length: wanted.length }, (_, i) => wanted.at(i)!);
    this.ids = model.deltaDecorations(this.ids, all.map((decoration) => decoration.make()));
    this.looks = all.map((decoration) => decoration.look);
    this.starts = all.map((decoration) => decoration.start);
    this.ends = all.map((decoration) => decoration.end);
    this.known = all.length;
  }

  /**
   * A long update, a batch at a time, TASK_MS of them a task, until a newer
   * update comes: each decoration set is compared with the one wanted at its
   * place and set again where it differs, those wanted past the last are
   * added, those set past the last wanted removed.
   * Ends with the decorations one call would have set.
   */
  private updateInSlices(model: monaco.editor.ITextModel, wanted: WantedList, edits: readonly TextEdit[] | null): void {
    const generation = this.generation;
    const known = this.known;
    // Until this update is through, only what it has reached stands where the list says.
    this.known = 0;
    this.partial = true;
    let at = 0;
    const slice = () => {
      if (generation !== this.generation || model.isDisposed() || this.model() !== model) return;
      const deadline = performance.now() + TASK_MS;
      // A batch at least, however late the slice comes.
      do {
        if (at < wanted.length) at = this.updateBatch(model, wanted, at, Math.min(wanted.length, at + BATCH), edits, known);
        else if (this.ids.length > wanted.length) this.removeFrom(model, Math.max(wanted.length, this.ids.length - BATCH));
        else break;
        this.known = Math.min(at, this.ids.length);
      } while (performance.now() < deadline);
      this.partial = at < wanted.length || this.ids.length > wanted.length;
      if (this.partial) this.later(slice);
    };
    // The first slice too is a task of its own, apart from the analysis's arrival (its cards decoded, the panel's bookkeeping).
    this.later(slice);
  }

  /** Brings decorations [from, to) to those wanted there (the first `known` stood where the list says, moved by `edits`); returns `to`. */
  private updateBatch(model: monaco.editor.ITextModel, wanted: WantedList, from: number, to: number, edits: readonly TextEdit[] | null, known: number): number {
    const changed: Array<[number, WantedDecoration]> = [];
    const added: WantedDecoration[] = [];
    const set = this.ids.length;
    for (let i = from; i < to; i++) {
      const decoration = wanted.at(i)!;
      if (i >= set) added.push(decoration);
      else {
        if (decoration.look !== this.looks[i] || !this.standsAt(model, i, decoration.start, decoration.end, i < known ? edits : null)) changed.push([i, decoration]);
        this.starts[i] = decoration.start;
        this.ends[i] = decoration.end;
      }
    }
    if (changed.length > 0) this.replace(model, changed);
    if (added.length > 0) {
      this.ids.push(...model.deltaDecorations([], added.map((decoration) => decoration.make())));
      for (const decoration of added) {
        this.looks.push(decoration.look);
        this.starts.push(decoration.start);
        this.ends.push(decoration.end);
      }
    }
    return to;
  }

  /** Removes the decorations from `from` on. */
  private removeFrom(model: monaco.editor.ITextModel, from: number): void {
    model.deltaDecorations(this.ids.slice(from), []);
    for (const list of [this.ids, this.looks, this.starts, this.ends]) list.length = from;
  }

  /** Sets again the decorations at the given places. */
  private replace(model: monaco.editor.ITextModel, changed: ReadonlyArray<readonly [number, WantedDecoration]>): void {
    const added = model.deltaDecorations(
      changed.map(([i]) => this.ids[i]),
      changed.map(([, decoration]) => decoration.make()),
    );
    changed.forEach(([at, decoration], i) => {
      this.ids[at] = added[i];
      this.looks[at] = decoration.look;
    });
  }
}
