/**
 * A one-line message at the foot of the window for something done that
 * leaves nothing else on screen (an export written): announced to screen
 * readers, gone after a while or at the next message.
 */
import './statusMessage.css';

const SHOWN_MS = 12_000;

let element: HTMLElement | null = null;
let timer: number | undefined;

export function showStatus(message: string): void {
  if (element === null) {
    element = document.createElement('p');
    element.className = 'status-message';
    element.dataset.testid = 'status-message';
    element.setAttribute('role', 'status');
    document.body.append(element);
  }
  element.textContent = message;
  element.hidden = false;
  window.clearTimeout(timer);
  timer = window.setTimeout(() => {
    if (element) element.hidden = true;
  }, SHOWN_MS);
}
