/**
 * Terminal styling in the manner of `git diff --word-diff`: coloured on a
 * terminal, plain markers ([-deleted-]{+inserted+}) when piped or NO_COLOR.
 */
import { styleText } from 'node:util';
import type { WordDiff } from '../engine/index';

export interface Style {
  color: boolean;
}

type Format = Parameters<typeof styleText>[0];

export function paint(style: Style, format: Format, text: string): string {
  return style.color ? styleText(format, text) : text;
}

export function renderWordDiff(style: Style, diff: WordDiff): string {
  return diff
    .map(([op, text]) => {
      if (op === 0) return text;
      if (style.color) return styleText(op === -1 ? ['red', 'strikethrough'] : 'green', text);
      return op === -1 ? `[-${text}-]` : `{+${text}+}`;
    })
    .join('');
}

export function styleFor(stream: NodeJS.WriteStream): Style {
  return { color: Boolean(stream.isTTY) && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb' };
}
