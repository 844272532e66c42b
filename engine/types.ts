/**
 * The document model shared by every layer. Plain, JSON-safe data: a parsed
 * document can be cached (the embedded corpus is parsed at build time) and
 * sent between threads.
 */

import type { CouncilNoteCover } from './readCouncilNoteCover';

export type BlockKind = 'heading' | 'paragraph' | 'listItem';

/** A sentence of a block: offsets into the block's text and into the source. */
export interface Sentence {
  text: string;
  /** Offsets into `Block.text`. */
  textStart: number;
  textEnd: number;
  /** UTF-16 offsets into the document source, for the editor. */
  start: number;
  end: number;
}

/** A heading, a paragraph or a list item (a sub-item is its own block). */
export interface Block {
  index: number;
  kind: BlockKind;
  /** Plain text, Markdown marks removed, white space folded. */
  text: string;
  /** UTF-16 offsets of the block in the source: `source.slice(start, end)`. */
  start: number;
  end: number;
  /** Titles of the headings above the block, outermost first. */
  section: string[];
  /** Heading level (1-6) for a heading, nesting level (1 = top) for a list item, 0 otherwise. */
  level: number;
  sentences: Sentence[];
}

/** Metadata from a document's front matter (YAML), as written there. */
export type FrontMatter = Record<string, unknown>;

export interface ParsedDocument {
  blocks: Block[];
  frontMatter: FrontMatter;
  /** The Council-note cover, from the front matter or the top of the text; null for other documents. */
  cover: CouncilNoteCover | null;
  /** Length of the source the offsets refer to. */
  length: number;
}

/** One operation of a word diff, in diff-match-patch's convention. */
export type DiffOp = -1 | 0 | 1;
export type WordDiff = Array<[DiffOp, string]>;
