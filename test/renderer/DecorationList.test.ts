/// <reference types="vite/client" />
// The list reads Monaco's types, whose module imports its worker the way the renderer's build (Vite) does.
import { describe, expect, it } from 'vitest';
import { DecorationList, type WantedDecoration } from '../../renderer/editor/DecorationList';
import { mulberry32 } from '../fixtures/revisionPairs';

/**
 * A one-line model that keeps decorations as Monaco does for the edits that
 * matter here: an edit before a decoration moves it by its length, one after
 * leaves it, one that touches it grows or shrinks it (a column is an offset
 * plus one). It counts what the list asks of it.
 */
class FakeModel {
  private next = 0;
  readonly ranges = new Map<string, { start: number; end: number; look?: string }>();
  asked = 0;
  replaced = 0;

  deltaDecorations(old: string[], added: Array<{ range: { startColumn: number; endColumn: number }; options: { className?: string } }>): string[] {
    for (const id of old) this.ranges.delete(id);
    this.replaced += added.length;
    return added.map(({ range, options }) => {
      const id = `d${this.next++}`;
      this.ranges.set(id, { start: range.startColumn - 1, end: range.endColumn - 1, ...(options.className ? { look: options.className } : {}) });
      return id;
    });
  }

  getDecorationRange(id: string) {
    this.asked++;
    const range = this.ranges.get(id);
    if (!range) return null;
    return { getStartPosition: () => ({ lineNumber: 1, column: range.start + 1 }), getEndPosition: () => ({ lineNumber: 1, column: range.end + 1 }) };
  }

  getOffsetAt(position: { column: number }): number {
    return position.column - 1;
  }

  isDisposed(): boolean {
    return false;
  }

  /** Replaces [at, at + removed) with `added` characters, moving the decorations; returns the edit as Monaco reports it. */
  edit(at: number, removed: number, added: number) {
    const shift = added - removed;
    for (const range of this.ranges.values()) {
      if (at + removed < range.start) {
        range.start += shift;
        range.end += shift;
      } else if (at <= range.end) range.end = Math.max(range.start, range.end + shift);
    }
    return { rangeOffset: at, rangeLength: removed, text: 'x'.repeat(added) };
  }
}

const wanted = (ranges: Array<[number, number]>, look = 'a'): WantedDecoration[] =>
  ranges.map(([start, end]) => ({ look, start, end, make: () => ({ range: { startLineNumber: 1, startColumn: start + 1, endLineNumber: 1, endColumn: end + 1 }, options: { className: look } }) }) as unknown as WantedDecoration);

function listOn(model: FakeModel, later?: (task: () => void) => void): DecorationList {
  return new DecorationList(() => model as never, later);
}

/** The list's later tasks, run when the test says (as the page runs them between frames). */
function tasks(): { later: (task: () => void) => void; run(most: number): number } {
  const queue: Array<() => void> = [];
  return {
    later: (task) => queue.push(task),
    run(most) {
      let ran = 0;
      for (let task = queue.shift(); task && ran < most; task = queue.shift()) {
        task();
        ran++;
      }
      return ran;
    },
  };
}

const placed = (model: FakeModel) => [...model.ranges.values()].sort((x, y) => x.start - y.start || x.end - y.end);


describe('decorations kept in step with the analysis', () => {
  it('follows decorations through an edit that does not touch them, without asking the editor where they stand', () => {
    const model = new FakeModel();
    const list = listOn(model);
    list.update(wanted([[10, 20], [30, 40], [50, 60]]));
    model.replaced = 0;
    list.edited([model.edit(5, 0, 3)], false);
    list.update(wanted([[13, 23], [33, 43], [53, 63]]));
    expect({ asked: model.asked, replaced: model.replaced }).toEqual({ asked: 0, replaced: 0 });
  });

  it('asks where a decoration the edit touched stands, and sets it again where the analysis puts it elsewhere', () => {
    const model = new FakeModel();
    const list = listOn(model);
    list.update(wanted([[10, 20], [30, 40], [50, 60]]));
    model.replaced = 0;
    list.edited([model.edit(35, 0, 2)], false);
    // The editor grew the second to [30, 42]; the analysis puts it at [30, 41].
    list.update(wanted([[10, 20], [30, 41], [52, 62]]));
    expect({ asked: model.asked, replaced: model.replaced }).toEqual({ asked: 1, replaced: 1 });
    expect([...model.ranges.values()]).toContainEqual({ start: 30, end: 41, look: 'a' });
  });

  it('asks where every decoration stands after a new text, or an edit of several ranges at once', () => {
    for (const edit of [(model: FakeModel, list: DecorationList) => list.edited([], true), (model: FakeModel, list: DecorationList) => list.edited([model.edit(0, 0, 1), model.edit(1, 0, 1)], false)]) {
      const model = new FakeModel();
      const list = listOn(model);
      list.update(wanted([[10, 20], [30, 40]]));
      edit(model, list);
      list.update(wanted([[10, 20], [30, 40]]));
      expect(model.asked).toBe(2);
    }
  });

  it('leaves every decoration where the analysis puts it, through random edits and analyses', () => {
    const random = mulberry32(9);
    const model = new FakeModel();
    const list = listOn(model);
    let ranges: Array<[number, number]> = Array.from({ length: 12 }, (_, i) => [i * 20, i * 20 + 10]);
    list.update(wanted(ranges));
    for (let step = 0; step < 300; step++) {
      // A few keystrokes, then the analysis of the text they leave: its ranges the editor's, some moved or resized.
      for (let k = Math.floor(random() * 3); k >= 0; k--) {
        const at = Math.floor(random() * 260);
        const removed = random() < 0.3 ? Math.floor(random() * 4) : 0;
        const added = random() < 0.8 ? 1 + Math.floor(random() * 3) : 0;
        list.edited([model.edit(at, removed, added)], false);
        ranges = ranges.map(([start, end]) => (at + removed < start ? [start + added - removed, end + added - removed] : at <= end ? [start, Math.max(start, end + added - removed)] : [start, end]));
      }
      ranges = ranges.map(([start, end]) => (random() < 0.1 ? [start, end + 1] : [start, end]));
      list.update(wanted(ranges, random() < 0.05 ? 'b' : 'a'));
      expect(placed(model).map(({ start, end }) => ({ start, end })), `after step ${step}`).toEqual(ranges.map(([start, end]) => ({ start, end })).sort((x, y) => x.start - y.start || x.end - y.end));
    }
  });

  it('sets a long document’s decorations a slice at a time, ending with those one call sets, through a newer analysis that comes midway', () => {
    const ranges = (count: number): Array<[number, number]> => Array.from({ length: count }, (_, i) => [i * 10, i * 10 + 5]);
    // Each slice is given past its deadline at once, so every one sets a single batch.
    let clock = 0;
    const now = performance.now;
    performance.now = () => (clock += 13);
    try {
      for (const [first, second] of [
        [5_000, 8_000],
        [8_000, 3_000],
        [3_000, 600],
        [600, 3_000],
      ]) {
        const model = new FakeModel();
        const later = tasks();
        const list = listOn(model, later.later);
        list.update(wanted(ranges(first)));
        // Three slices of the first analysis, then a newer one: some decorations moved, all of another look.
        later.run(3);
        const moved = ranges(second).map(([start, end], i): [number, number] => (i % 7 === 0 ? [start + 1, end + 1] : [start, end]));
        list.update(wanted(moved, 'b'));
        expect(later.run(Infinity), 'slices').toBeGreaterThan(second > 1_000 ? 1 : -1);
        // Where the one call of a short list, or the slices on a fresh editor, put them.
        expect(placed(model), `${first} then ${second}`).toEqual(moved.map(([start, end]) => ({ start, end, look: 'b' })));
        // Then an analysis that changes nothing sets nothing, and asks nothing of the editor.
        model.replaced = 0;
        model.asked = 0;
        list.update(wanted(moved, 'b'));
        later.run(Infinity);
        expect({ replaced: model.replaced, asked: model.asked }).toEqual({ replaced: 0, asked: 0 });
      }
    } finally {
      performance.now = now;
    }
  });
});
