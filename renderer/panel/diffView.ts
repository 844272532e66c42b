/** A word diff as DOM: deletions struck through, insertions underlined, with text labels for screen readers. */
import type { WordDiff } from '../../engine/index';

export function renderDiff(diff: WordDiff): HTMLElement {
  const container = document.createElement('p');
  container.className = 'diff';
  for (const [op, text] of diff) {
    if (op === 0) {
      container.append(text);
      continue;
    }
    const span = document.createElement(op === -1 ? 'del' : 'ins');
    span.textContent = text;
    span.setAttribute('aria-label', `${op === -1 ? 'deleted' : 'inserted'}: ${text}`);
    container.append(span);
  }
  return container;
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
