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

export class DecorationList {
  private ids: string[] = [];
  private looks: string[] = [];
  /** Counts the updates, so that the batches left of a long one give way to a newer update. */
  private generation = 0;
  /** Batches of a long update are still to be set: the list holds its first decorations only. */
  private partial = false;

  constructor(private readonly model: () => monaco.editor.ITextModel | null) {}

  update(wanted: readonly WantedDecoration[]): void {
    const model = this.model();
    if (!model) return;
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
      const range = decoration.look === this.looks[i] ? model.getDecorationRange(this.ids[i]) : null;
      if (!range || model.getOffsetAt(range.getStartPosition()) !== decoration.start || model.getOffsetAt(range.getEndPosition()) !== decoration.end) changed.push(i);
    }
    if (changed.length > AT_ONCE) this.replaceAll(model, wanted);
    else {
      if (changed.length > 0) this.replace(model, changed, wanted);
      this.addFrom(model, wanted, kept);
    }
  }

  /** Replaces every decoration: at once, or the first AT_ONCE and then batches between tasks. */
  private replaceAll(model: monaco.editor.ITextModel, wanted: readonly WantedDecoration[]): void {
    const first = wanted.length <= AT_ONCE ? wanted.length : BATCH;
    this.ids = model.deltaDecorations(this.ids, wanted.slice(0, first).map((decoration) => decoration.make()));
    this.looks = wanted.slice(0, first).map((decoration) => decoration.look);
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
