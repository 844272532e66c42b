/** A word diff as DOM: deletions struck through, insertions underlined, with text labels for screen readers. */
import type { WordDiff } from '../../engine/index';

/**
 * `maxCharacters` cuts a long diff short with a note of what is left out:
 * a panel card summarises its block, and laying out a paragraph of 1 MB held
 * the page for seconds.
 */
export function renderDiff(diff: WordDiff, maxCharacters = Infinity): HTMLElement {
  const container = document.createElement('p');
  container.className = 'diff';
  let room = maxCharacters;
  for (const [op, whole] of diff) {
    if (room <= 0) break;
    const text = whole.length > room ? whole.slice(0, room) : whole;
    room -= whole.length;
    if (op === 0) {
      container.append(text);
      continue;
    }
    const span = document.createElement(op === -1 ? 'del' : 'ins');
    span.textContent = text;
    span.setAttribute('aria-label', `${op === -1 ? 'deleted' : 'inserted'}: ${text}`);
    container.append(span);
  }
  if (room < 0) container.append(clipNote(-room));
  return container;
}

/** Text cut to `maxCharacters`, with the same note. */
export function renderText(text: string, className: string, maxCharacters = Infinity): HTMLElement {
  const container = document.createElement('p');
  container.className = className;
  container.textContent = text.length > maxCharacters ? text.slice(0, maxCharacters) : text;
  if (text.length > maxCharacters) container.append(clipNote(text.length - maxCharacters));
  return container;
}

function clipNote(left: number): HTMLElement {
  const note = document.createElement('span');
  note.className = 'clipped';
  note.textContent = ` … (${left.toLocaleString('en')} more characters)`;
  return note;
}

/** The same diff as Markdown for Monaco's hover: ~~deleted~~ and **inserted**. */
export function diffMarkdown(diff: WordDiff): string {
  const escape = (text: string) => text.replace(/([\\`*_{}[\]()#+\-.!|~<>])/gu, '\\$1');
  return diff
    .map(([op, text]) => {
      if (op === 0) return escape(text);
      const core = text.trim();
      if (!core) return text;
      const lead = text.slice(0, text.indexOf(core));
      const trail = text.slice(text.indexOf(core) + core.length);
      return `${lead}${op === -1 ? `~~${escape(core)}~~` : `**${escape(core)}**`}${trail}`;
    })
    .join('');
}
