/**
 * What happens when the user closes the window or quits with a draft on
 * screen. The renderer owns the draft, so "Save" cannot be done here: the
 * main process asks the renderer to save (`window:saveAndClose`), and the
 * renderer answers with `confirmClose` once the draft is safely on disk.
 */

/** The close dialog's buttons, in order; Cancel is also what Escape picks. */
export const CLOSE_DIALOG_BUTTONS = ['Save', "Don't Save", 'Cancel'] as const;
export const CLOSE_DIALOG_DEFAULT = 0;
export const CLOSE_DIALOG_CANCEL = 2;

export type CloseAnswer = 'save' | 'dontSave' | 'cancel';

/**
 * - `close`: let the window close (or the app quit).
 * - `ask`: stop, and show the Save / Don't Save / Cancel dialog.
 * - `saveThenClose`: stop, and ask the renderer to save, then confirm.
 * - `cancel`: stop; the draft stays open.
 */
export type CloseAction = 'close' | 'ask' | 'saveThenClose' | 'cancel';

export interface CloseFacts {
  /** The draft has unsaved changes (from the renderer's last `setWindowState`). */
  dirty: boolean;
  /** The close was already settled: the renderer confirmed after saving, or the user chose Don't Save. */
  confirmed: boolean;
  /** The dialog's answer, or null when the dialog has not been shown yet. */
  answer: CloseAnswer | null;
}

export function closeDecision({ dirty, confirmed, answer }: CloseFacts): CloseAction {
  if (confirmed || !dirty) return 'close';
  switch (answer) {
    case null:
      return 'ask';
    case 'save':
      return 'saveThenClose';
    case 'dontSave':
      return 'close';
    case 'cancel':
      return 'cancel';
  }
}

/** The answer for the index `dialog.showMessageBox` returns; anything unexpected counts as Cancel. */
export function closeAnswerOf(response: number): CloseAnswer {
  return response === 0 ? 'save' : response === 1 ? 'dontSave' : 'cancel';
}
