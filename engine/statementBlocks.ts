/**
 * The blocks of the statement a document carries. A Council note wraps its
 * statement in a covering sentence ("Delegations will find in the annex
 * ..."), which is the note's, not agreed language: it is left out when the
 * note serves as a prior statement.
 */
import type { Block, ParsedDocument } from './types';

export function statementBlocks(document: ParsedDocument): Block[] {
  if (!document.cover) return document.blocks;
  const title = document.blocks.findIndex((block) => block.kind === 'heading' && block.level === 1);
  return title < 0 ? document.blocks : document.blocks.slice(title);
}
