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

export class DecorationList {
  private ids: string[] = [];
  private looks: string[] = [];

  constructor(private readonly model: () => monaco.editor.ITextModel | null) {}

  update(wanted: readonly WantedDecoration[]): void {
    const model = this.model();
    if (!model) return;
    if (wanted.length !== this.ids.length) {
      this.replace(model, wanted.map((_, i) => i), wanted);
      return;
    }
    const changed: number[] = [];
    wanted.forEach((decoration, i) => {
      const range = decoration.look === this.looks[i] ? model.getDecorationRange(this.ids[i]) : null;
      if (!range || model.getOffsetAt(range.getStartPosition()) !== decoration.start || model.getOffsetAt(range.getEndPosition()) !== decoration.end) changed.push(i);
    });
    if (changed.length > 0) this.replace(model, changed, wanted);
  }

  /** Replaces the decorations at `indices` (all of them when the count changed). */
  private replace(model: monaco.editor.ITextModel, indices: readonly number[], wanted: readonly WantedDecoration[]): void {
    const whole = wanted.length !== this.ids.length;
    const old = whole ? this.ids : indices.map((i) => this.ids[i]);
    const added = model.deltaDecorations(old, indices.map((i) => wanted[i].make()));
    if (whole) {
      this.ids = added;
      this.looks = wanted.map((decoration) => decoration.look);
      return;
    }
    indices.forEach((at, i) => {
      this.ids[at] = added[i];
      this.looks[at] = wanted[at].look;
    });
  }
}
