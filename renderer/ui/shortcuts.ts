/** The keyboard shortcuts, as Help › Keyboard shortcuts lists them (term, tab, description). */
export const SHORTCUTS: readonly string[] = [
  'Ctrl/Cmd+N\tNew draft (desktop app; in a browser: File › New)',
  'Ctrl/Cmd+O\tOpen a draft',
  'Ctrl/Cmd+S\tSave',
  'Ctrl/Cmd+Shift+S\tSave as',
  'Ctrl/Cmd+F\tFind',
  'Ctrl/Cmd+H\tReplace',
  'F7\tNext new or revised paragraph',
  'Shift+F7\tPrevious new or revised paragraph',
  'Ctrl/Cmd+.\tQuick fix: replace a revised paragraph with its agreed wording',
  'Ctrl/Cmd+L\tTrace the paragraph under the cursor across the years',
  'F1\tAll commands (Compare two documents…, Trace this paragraph…, Insert a dropped paragraph…)',
  'In a comparison: F7 / Shift+F7, Alt+Down / Alt+Up\tNext and previous change',
  'Ctrl/Cmd+Alt+D\tInsert a dropped paragraph or commitment at the cursor',
  'Ctrl/Cmd+\\\tShow or hide the precedent panel',
  'Ctrl+M\tIn the editor: let Tab move the focus (to the panel) instead of indenting',
  'Tab, then Enter\tIn the panel: move between cards, reveal a card’s paragraph',
];
