import { describe, expect, it } from 'vitest';
import { CLOSE_DIALOG_BUTTONS, CLOSE_DIALOG_CANCEL, CLOSE_DIALOG_DEFAULT, closeAnswerOf, closeDecision, type CloseAction, type CloseFacts } from '../../main/closeDecision';
import { windowTitle } from '../../main/windowTitle';

describe('closing the window (or quitting) with a draft on screen', () => {
  const table: [story: string, facts: CloseFacts, action: CloseAction][] = [
    ['a saved draft closes at once', { dirty: false, confirmed: false, answer: null }, 'close'],
    ['unsaved changes stop the close and ask', { dirty: true, confirmed: false, answer: null }, 'ask'],
    ['Save asks the renderer to save, then to confirm', { dirty: true, confirmed: false, answer: 'save' }, 'saveThenClose'],
    ["Don't Save closes and drops the changes", { dirty: true, confirmed: false, answer: 'dontSave' }, 'close'],
    ['Cancel keeps the draft open', { dirty: true, confirmed: false, answer: 'cancel' }, 'cancel'],
    ['after the renderer confirmed its save, the close goes through even if it still reports dirty', { dirty: true, confirmed: true, answer: null }, 'close'],
    ['a saved draft needs no answer, whatever the answer says', { dirty: false, confirmed: false, answer: 'cancel' }, 'close'],
  ];
  it.each(table)('%s', (_story, facts, action) => {
    expect(closeDecision(facts)).toBe(action);
  });

  it('the dialog offers Save (the default), Don’t Save and Cancel (Escape)', () => {
    expect(CLOSE_DIALOG_BUTTONS).toEqual(['Save', "Don't Save", 'Cancel']);
    expect(CLOSE_DIALOG_BUTTONS[CLOSE_DIALOG_DEFAULT]).toBe('Save');
    expect(CLOSE_DIALOG_BUTTONS[CLOSE_DIALOG_CANCEL]).toBe('Cancel');
  });

  it.each([
    [0, 'save'],
    [1, 'dontSave'],
    [2, 'cancel'],
    [-1, 'cancel'],
    [7, 'cancel'],
  ] as const)('button %i means %s', (response, answer) => {
    expect(closeAnswerOf(response)).toBe(answer);
  });
});

describe('the title bar', () => {
  it.each([
    [{ name: '2026 statement.md', dirty: false }, '2026 statement.md — Precedent'],
    [{ name: '2026 statement.md', dirty: true }, '• 2026 statement.md — Precedent'],
    [{ name: '', dirty: false }, 'Precedent'],
  ])('%o reads %s', (state, title) => {
    expect(windowTitle(state)).toBe(title);
    expect(windowTitle(state)).toContain('Precedent');
  });
});
