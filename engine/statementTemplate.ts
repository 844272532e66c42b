/**
 * The next statement starts as the latest one: its text from the title on,
 * without front matter or a Council note's covering sentence.
 */
import type { ParsedDocument } from './types';

export function statementTemplate(source: string, document: ParsedDocument): string {
  const title = document.blocks.find((block) => block.kind === 'heading' && block.level === 1) ?? document.blocks[0];
  return title ? `${source.slice(title.start).trimEnd()}\n` : source;
}
