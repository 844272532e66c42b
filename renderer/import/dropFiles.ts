/**
 * Files dropped on the window open as File, Open opens them. The drop is
 * taken before the editor sees it (Monaco would insert the file's name as
 * text) and the page's default (Chromium would show the file instead of the
 * app) is prevented; dragging text inside the editor is left alone.
 */
import type { DroppedFile } from '../../contract/api';

const carriesFiles = (event: DragEvent): boolean => event.dataTransfer?.types.includes('Files') ?? false;

/** Calls `open` with the first file dropped on the window; while files are dragged over it, shows a hint. */
export function openDroppedFiles(open: (file: DroppedFile) => void): void {
  const hint = document.createElement('div');
  hint.className = 'drop-hint';
  hint.dataset.testid = 'drop-hint';
  hint.textContent = 'Drop a document to open it';
  hint.hidden = true;
  document.body.append(hint);
  // dragenter and dragleave fire for every element crossed; the hint hides when the count is back to zero.
  let depth = 0;
  const hide = () => {
    depth = 0;
    hint.hidden = true;
  };
  window.addEventListener(
    'dragenter',
    (event) => {
      if (!carriesFiles(event)) return;
      depth++;
      hint.hidden = false;
    },
    true,
  );
  window.addEventListener(
    'dragleave',
    (event) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) hint.hidden = true;
    },
    true,
  );
  window.addEventListener(
    'dragover',
    (event) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.stopPropagation();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    },
    true,
  );
  window.addEventListener(
    'drop',
    (event) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      event.stopPropagation();
      hide();
      const file = event.dataTransfer?.files[0];
      // A question on screen (Save changes?, a message) is answered first; a drop does not start a second open beneath it.
      if (file && document.querySelector('dialog[open]') === null) open(file);
    },
    true,
  );
}
