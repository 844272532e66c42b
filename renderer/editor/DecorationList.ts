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
/** One batch: 10,000 decorations set at once held the page for 400 ms, 500 underlines in a 1 MB paragraph some 60 ms. */
const BATCH = 200;

export class DecorationList {
  private ids: string[] = [];
  private looks: string[] = [];
  /** Counts the updates, so that the batches left of a long one give way to a newer update. */
  private generation = 0;
  /** Batches of a long update are still to be set: the list is not whole, the next update sets it all again. */
  private partial = false;

  constructor(private readonly model: () => monaco.editor.ITextModel | null) {}

  update(wanted: readonly WantedDecoration[]): void {
    const model = this.model();
    if (!model) return;
    this.generation++;
    if (this.partial || wanted.length !== this.ids.length) {
      this.replaceAll(model, wanted);
      return;
    }
    const changed: number[] = [];
    wanted.forEach((decoration, i) => {
      const range = decoration.look === this.looks[i] ? model.getDecorationRange(this.ids[i]) : null;
      if (!range || model.getOffsetAt(range.getStartPosition()) !== decoration.start || model.getOffsetAt(range.getEndPosition()) !== decoration.end) changed.push(i);
    });
    if (changed.length > AT_ONCE) this.replaceAll(model, wanted);
    else if (changed.length > 0) this.replace(model, changed, wanted);
  }

  /** Replaces every decoration: at once, or the first AT_ONCE and then a batch a task. */
  private replaceAll(model: monaco.editor.ITextModel, wanted: readonly WantedDecoration[]): void {
    const generation = this.generation;
    const first = wanted.length <= AT_ONCE ? wanted.length : BATCH;
    this.ids = model.deltaDecorations(this.ids, wanted.slice(0, first).map((decoration) => decoration.make()));
    this.looks = wanted.slice(0, first).map((decoration) => decoration.look);
    this.partial = first < wanted.length;
    const add = (from: number) => {
      if (generation !== this.generation || model.isDisposed() || this.model() !== model) return;
      const to = Math.min(wanted.length, from + BATCH);
      const batch = wanted.slice(from, to);
      this.ids.push(...model.deltaDecorations([], batch.map((decoration) => decoration.make())));
      this.looks.push(...batch.map((decoration) => decoration.look));
      this.partial = to < wanted.length;
      if (this.partial) setTimeout(() => add(to), 0);
    };
    if (this.partial) setTimeout(() => add(first), 0);
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
