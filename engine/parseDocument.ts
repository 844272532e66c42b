/**
 * Markdown or plain text to the document model: headings, paragraphs and list
 * items (a sub-item is its own block), each with its plain text, exact UTF-16
 * source offsets, the headings above it and its sentences.
 */
import type { Nodes, PhrasingContent, Root, RootContent } from 'mdast';
import { parseBlockTree } from './markdownProcessor';
import { readFrontMatter } from './frontMatter';
import { coverFromFrontMatter, readCouncilNoteCover } from './readCouncilNoteCover';
import { MappedText, appendInline } from './plainText';
import { segmentSentences } from './segmentSentences';
import type { Block, BlockKind, FrontMatter, ParsedDocument, Sentence } from './types';

export type SourceFormat = 'markdown' | 'text';

export interface ParseOptions {
  /**
   * `markdown` (default) reads the source as written. `text` is for text
   * extracted from Word or PDF files: it is read as Markdown too (extracted
   * text carries bullets and bold marks), and in addition a paragraph cut by a
   * page break is rejoined and footnote lines are set apart.
   */
  format?: SourceFormat;
}

/** A piece of a block's text: inline content, or a literal value (code, table separators). */
type Part = { inline: PhrasingContent[] } | { value: string; from: number; to: number };

interface BlockSource {
  kind: BlockKind;
  level: number;
  start: number;
  end: number;
  parts: Part[];
}

export function parseDocument(source: string, options: ParseOptions = {}): ParsedDocument {
  return parseDocumentWithTree(source, options, parseBlockTree);
}

/**
 * parseDocument reading its blocks from the tree `parseTree` makes: with
 * remark's own tree (parseMarkdownTree) it gives what parseDocument's model
 * must equal (a test).
 */
export function parseDocumentWithTree(source: string, options: ParseOptions, parseTree: (body: string) => Root): ParsedDocument {
  // remark drops a leading byte-order mark (each time it finds one) and counts positions after it; the
  // offsets given out count from the start of the source as the editor holds it.
  let bom = 0;
  while (source.charCodeAt(bom) === 0xfeff) bom++;
  const body = bom ? source.slice(bom) : source;
  const tree = parseTree(body);
  const frontMatter = findFrontMatter(tree);
  const cover = tree.children[0]?.type === 'yaml' ? coverFromFrontMatter(frontMatter) : readCouncilNoteCover(body);
  // A cover read from the text is metadata, not blocks of the statement.
  const coverEnd = cover?.end ?? 0;
  let sources = collectBlockSources(tree.children).filter((block) => block.start >= coverEnd);
  if (options.format === 'text') sources = mendExtractedText(sources, body);
  const blocks = buildBlocks(sources, body);
  if (bom) for (const block of blocks) shiftBlock(block, bom);
  if (cover && cover.end > 0) cover.end += bom;
  return { blocks, frontMatter, cover, length: source.length };
}

function shiftBlock(block: Block, by: number): void {
  block.start += by;
  block.end += by;
  for (const sentence of block.sentences) {
    sentence.start += by;
    sentence.end += by;
  }
}

function findFrontMatter(tree: Root): FrontMatter {
  const first = tree.children[0];
  return first?.type === 'yaml' ? readFrontMatter(first.value) : {};
}

function span(node: Nodes): { start: number; end: number } {
  return { start: node.position?.start.offset ?? 0, end: node.position?.end.offset ?? 0 };
}

/** A node whose text is taken as written (code), aligned with its source. */
function literal(node: Nodes): Part {
  const { start, end } = span(node);
  return { value: textOf(node), from: start, to: end };
}

function collectBlockSources(nodes: readonly RootContent[], listLevel = 0, out: BlockSource[] = []): BlockSource[] {
  for (const node of nodes) {
    switch (node.type) {
      case 'heading':
        out.push({ kind: 'heading', level: node.depth, ...span(node), parts: [{ inline: node.children }] });
        break;
      case 'paragraph':
        out.push({ kind: 'paragraph', level: 0, ...span(node), parts: [{ inline: node.children }] });
        break;
      case 'code':
        out.push({ kind: 'paragraph', level: 0, ...span(node), parts: [literal(node)] });
        break;
      case 'blockquote':
        collectBlockSources(node.children, listLevel, out);
        break;
      case 'list':
        for (const item of node.children) collectListItem(item.children, item.position?.start.offset ?? 0, listLevel + 1, out);
        break;
      case 'table':
        for (const row of node.children) {
          const parts: Part[] = [];
          for (const cell of row.children) {
            if (parts.length > 0) parts.push({ value: ' | ', from: span(cell).start, to: span(cell).start });
            parts.push({ inline: cell.children });
          }
          out.push({ kind: 'paragraph', level: 0, ...span(row), parts });
        }
        break;
      default:
        // Front matter, footnote definitions, link definitions, raw HTML and rules carry no block text.
        break;
    }
  }
  return out;
}

/**
 * A list item's own paragraphs form its block; a nested list, or a
 * continuation paragraph after one, or a quote inside the item, stand as
 * blocks of their own, so that blocks never overlap.
 */
function collectListItem(children: readonly RootContent[], itemStart: number, level: number, out: BlockSource[]): void {
  let run: RootContent[] = [];
  let atItemStart = true;
  const flush = () => {
    if (run.length === 0) return;
    const parts: Part[] = [];
    for (const child of run) {
      if (parts.length > 0) parts.push({ value: ' ', from: span(child).start, to: span(child).start });
      parts.push(child.type === 'paragraph' || child.type === 'heading' ? { inline: child.children } : literal(child));
    }
    out.push({ kind: 'listItem', level, start: atItemStart ? itemStart : span(run[0]).start, end: span(run[run.length - 1]).end, parts });
    run = [];
    atItemStart = false;
  };
  for (const child of children) {
    if (child.type === 'paragraph' || child.type === 'heading' || child.type === 'code') {
      run.push(child);
    } else {
      flush();
      atItemStart = false;
      collectBlockSources([child], level, out);
    }
  }
  flush();
}

function textOf(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return node.children.map((child) => textOf(child as Nodes)).join(' ');
  return '';
}

const FOOTNOTE_LINE = /^[\u00b9\u00b2\u00b3\u2070-\u2079]+\s/u;
const ENDS_SENTENCE = /[.!?:;]["'”’)]*\s*$/u;
const STARTS_LOWER = /^[\p{Ll}]/u;

/**
 * Extracted text breaks a paragraph at every page break and drops footnote
 * lines where the page ended. A block that starts in lower case after a
 * block that does not end a sentence continues it; footnote lines (starting
 * with a superscript number) are not blocks.
 */
function mendExtractedText(sources: BlockSource[], source: string): BlockSource[] {
  const mended: BlockSource[] = [];
  for (const block of sources) {
    const raw = source.slice(block.start, block.end).replace(/^[-*+]\s+/u, '');
    if (FOOTNOTE_LINE.test(raw)) continue;
    const previous = mended[mended.length - 1];
    const previousRaw = previous ? source.slice(previous.start, previous.end) : '';
    if (previous && previous.kind !== 'heading' && block.kind === 'paragraph' && STARTS_LOWER.test(raw) && !ENDS_SENTENCE.test(previousRaw)) {
      previous.parts.push({ value: ' ', from: previous.end, to: previous.end }, ...block.parts);
      previous.end = block.end;
      continue;
    }
    mended.push({ ...block, parts: [...block.parts] });
  }
  return mended;
}

function buildBlocks(sources: readonly BlockSource[], source: string): Block[] {
  const blocks: Block[] = [];
  const headings: Array<{ level: number; title: string }> = [];
  for (const block of sources) {
    const mapped = new MappedText();
    for (const part of block.parts) {
      if ('inline' in part) appendInline(mapped, part.inline, source);
      else mapped.appendAligned(part.value, source, part.from, part.to);
    }
    const { text, offsets } = mapped.finish();
    if (text.length === 0) continue;
    if (block.kind === 'heading') {
      while (headings.length > 0 && headings[headings.length - 1].level >= block.level) headings.pop();
    }
    blocks.push({
      index: blocks.length,
      kind: block.kind,
      text,
      start: block.start,
      end: block.end,
      section: headings.map((heading) => heading.title),
      level: block.level,
      sentences: sentencesOf(text, offsets),
    });
    if (block.kind === 'heading') headings.push({ level: block.level, title: text });
  }
  return blocks;
}

function sentencesOf(text: string, offsets: readonly number[]): Sentence[] {
  return segmentSentences(text).map(({ start, end }) => ({
    text: text.slice(start, end),
    textStart: start,
    textEnd: end,
    start: offsets[start],
    end: offsets[end - 1] + 1,
  }));
}
