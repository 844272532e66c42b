/**
 * The one unified processor of the engine (the only file that imports
 * unified and its plugins). Frozen so that no caller can add plugins to it.
 *
 * Of GitHub's extensions only footnotes (the statements' footnotes) and
 * tables (slide decks) are read: the full remark-gfm set, autolink literals
 * above all, doubled parsing time on the corpus (840 ms against 400 ms for
 * 585 KB), for syntax these documents never use.
 */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Root } from 'mdast';
import { parseSettingPlainChunksAside } from './plainChunkTree';

/** Adds the footnote and table syntax to the parser, as remark-gfm does for all of GFM. */
function footnotesAndTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmFootnoteFromMarkdown(), gfmTableFromMarkdown());
}

const processor = unified().use(remarkParse).use(footnotesAndTables).use(remarkFrontmatter, ['yaml']).freeze();

/** Parses Markdown to mdast; positions carry UTF-16 offsets into `source`. */
export function parseMarkdownTree(source: string): Root {
  return processor.parse(source);
}

/**
 * The tree parseDocument reads its blocks from: remark's, but a long
 * document's plain paragraphs, items and headings are not read by remark
 * (engine/plainChunkTree.ts): the same blocks in a fraction of the time.
 */
export function parseBlockTree(source: string): Root {
  return parseSettingPlainChunksAside(source, parseMarkdownTree);
}
