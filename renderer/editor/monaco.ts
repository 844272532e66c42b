/**
 * Monaco, bundled locally: the editor core, the features a prose editor
 * uses, the Markdown grammar and its one worker. Nothing is fetched.
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/quickCommand/register';
import 'monaco-editor/features/folding/register';
// Ctrl+M makes Tab move focus out of the editor, so the panel is reachable by keyboard.
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/languages/definitions/markdown/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

(self as unknown as { MonacoEnvironment: monaco.Environment }).MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

export { monaco };
