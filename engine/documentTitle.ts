/**
 * What a document is called where a reader sees it (a report's heading, the
 * corpus list): the title of its front matter, else its first heading; null
 * when it has neither, for the caller to name it by its file.
 */
import type { ParsedDocument } from './types';

export function documentTitle(document: ParsedDocument): string | null {
  const title = document.frontMatter.title;
  if (typeof title === 'string' && title.trim() !== '') return title.trim();
  return document.blocks.find((block) => block.kind === 'heading')?.text ?? null;
}
