/**
 * What each side of the compare view's diff editor shows: the document's
 * text, from its first block on. The YAML front matter before it (and a
 * Council-note cover read from the top of the text) is metadata: its fields
 * that changed are listed beside the editor, and shown again as raw YAML
 * they would open every review with a wall of changed lines.
 */
import type { ComparedDocument } from '../worker/protocol';

export interface ShownText {
  text: string;
  /** Where `text` starts in the document's source: block offsets minus this are offsets in `text`. */
  offset: number;
}

export function documentText(doc: Pick<ComparedDocument, 'source' | 'blocks'>): ShownText {
  const offset = doc.blocks[0]?.start ?? 0;
  return { text: doc.source.slice(offset), offset };
}
