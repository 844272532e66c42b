/**
 * Replaces words of the draft as a drafter does: selects them (through the
 * model, as `DeskPage.deleteBlock` does) and types the new words key by key.
 */
import type { DeskPage, DeskWindow } from './DeskPage';

/** Selects the first `from` at or after `after` in the draft and types `to` over it (presses Delete for nothing); returns the offset of the new words. */
export async function replaceText(desk: DeskPage, from: string, to: string, after = 0): Promise<number> {
  const text = await desk.text();
  const at = text.indexOf(from, after);
  if (at < 0) throw new Error(`"${from}" is not in the draft`);
  await desk.page.evaluate(
    ({ start, end }) => {
      const editor = (window as unknown as DeskWindow).precedentDesk.editorInstance;
      const model = editor.getModel();
      if (!model) throw new Error('no model');
      const a = model.getPositionAt(start);
      const b = model.getPositionAt(end);
      editor.focus();
      editor.setSelection({ startLineNumber: a.lineNumber, startColumn: a.column, endLineNumber: b.lineNumber, endColumn: b.column });
    },
    { start: at, end: at + from.length },
  );
  if (to === '') await desk.page.keyboard.press('Delete');
  else await desk.page.keyboard.type(to);
  return at;
}

/** The offset of the editor's cursor in the draft. */
export function cursorOffset(desk: DeskPage): Promise<number> {
  return desk.page.evaluate(() => {
    const editor = (window as unknown as DeskWindow).precedentDesk.editorInstance;
    const position = editor.getPosition();
    return position ? (editor.getModel()?.getOffsetAt(position) ?? -1) : -1;
  });
}

/** Whether the editor has the keyboard focus. */
export function editorHasFocus(desk: DeskPage): Promise<boolean> {
  return desk.page.evaluate(() => document.activeElement?.closest('[data-testid=editor]') !== null);
}
