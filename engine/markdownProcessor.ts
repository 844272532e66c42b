/**
 * The one unified processor of the engine (the only file that imports
 * unified and its plugins). Frozen so that no caller can add plugins to it.
 * GFM brings footnotes and tables; front matter is recognised so that the
 * corpus files' YAML never becomes text.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

/** Parses Markdown to mdast; positions carry UTF-16 offsets into `source`. */
export function parseMarkdownTree(source: string): Root {
  return processor.parse(source);
}
