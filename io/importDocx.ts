/**
 * Imports a Word document (.docx) as Markdown, or says in one sentence meant
 * for the user why it cannot. mammoth reads the document as the text stands
 * with its tracked changes accepted (it keeps insertions as plain text and
 * drops deletions), so when the document holds tracked changes both versions
 * are also read from word/document.xml itself: the text before and after them.
 */
import { readFile, stat } from 'node:fs/promises';
import { XMLParser } from 'fast-xml-parser';
import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { importHtml } from './importHtml';

export type ImportResult =
  | { ok: true; markdown: string; revisions: { before: string; after: string } | null }
  | { ok: false; path: string; message: string };

/**
 * The largest .docx read. Unlike a text file, a .docx carries its images: a
 * statement with a logo and a few photographs stays well under 50 MB.
 */
export const MAX_DOCX_BYTES = 50 * 1024 * 1024;

/** The largest unpacked part read, so that a zip bomb is refused rather than inflated. */
const MAX_PART_BYTES = 100 * 1024 * 1024;

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
/** An OLE compound file: an encrypted .docx or an old binary .doc. */
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Word's built-in title style reads as the document's first heading. */
const STYLE_MAP = ["p[style-name='Title'] => h1:fresh"];

export async function importDocx(path: string): Promise<ImportResult> {
  const fail = (problem: string): ImportResult => ({ ok: false, path, message: `cannot read ${path}: ${problem}` });
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return fail('it is a folder, not a file');
    if (info.size > MAX_DOCX_BYTES) return fail(`it is ${(info.size / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_DOCX_BYTES / 1024 / 1024} MB a Word document may have`);
    bytes = await readFile(path);
  } catch (error) {
    return fail(describeFileError(error));
  }
  if (bytes.length === 0) return fail('the file is empty (0 bytes), not a Word document');
  if (startsWith(bytes, OLE_SIGNATURE)) return fail('it is password-protected or an old Word 97-2003 (.doc) file; save it in Word as a .docx without a password');
  if (!startsWith(bytes, ZIP_SIGNATURE)) return fail('it is not a Word document (.docx is a zip file)');

  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, {
      filter: (file) => {
        if (file.originalSize > MAX_PART_BYTES) throw new Error(`${file.name} unpacks to more than ${MAX_PART_BYTES / 1024 / 1024} MB`);
        return file.name === 'word/document.xml' || file.name === 'word/styles.xml';
      },
    });
  } catch (error) {
    return fail(`the zip file is damaged (${(error as Error).message})`);
  }
  if (!parts['word/document.xml']) return fail('it is a zip file but not a Word document (it has no word/document.xml)');

  let markdown: string;
  let revisions: { before: string; after: string } | null;
  try {
    const html = await mammoth.convertToHtml({ buffer: bytes }, { styleMap: STYLE_MAP });
    // mammoth does not sanitise its HTML; it only ever reaches turndown, never a page.
    markdown = importHtml(html.value);
    revisions = readRevisions(strFromU8(parts['word/document.xml']), parts['word/styles.xml'] ? strFromU8(parts['word/styles.xml']) : null);
  } catch (error) {
    return fail(`the Word document is damaged (${(error as Error).message})`);
  }
  if (markdown.trim().length === 0 && !revisions) return fail('the document is empty');
  return { ok: true, markdown, revisions };
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

function describeFileError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (error as Error).message;
}

/** A node of fast-xml-parser's ordered output: `{ tag: children, ':@': attributes }` or `{ '#text': text }`. */
type XmlNode = Record<string, unknown>;

const xmlParser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
});

function tagOf(node: XmlNode): string | null {
  return Object.keys(node).find((key) => key !== ':@') ?? null;
}

function childrenOf(node: XmlNode, tag: string): XmlNode[] {
  const children = node[tag];
  return Array.isArray(children) ? (children as XmlNode[]) : [];
}

function attributeOf(node: XmlNode, name: string): string | undefined {
  return (node[':@'] as Record<string, string> | undefined)?.[name];
}

function findChild(nodes: XmlNode[], tag: string): XmlNode | undefined {
  return nodes.find((node) => tagOf(node) === tag);
}

/** Which version a piece of content belongs to. */
type Side = 'both' | 'before' | 'after';

/** Elements whose content exists only before or only after the tracked changes. */
const SIDE_OF: Record<string, Side> = { 'w:ins': 'after', 'w:moveTo': 'after', 'w:del': 'before', 'w:moveFrom': 'before' };

/** Elements that hold no text of the paragraph: properties, field instructions, footnote bodies live elsewhere. */
const SKIPPED = new Set(['w:pPr', 'w:rPr', 'w:sectPr', 'w:tblPr', 'w:trPr', 'w:tcPr', 'w:instrText', 'w:delInstrText']);

interface Paragraph {
  prefix: string;
  before: string;
  after: string;
}

/**
 * The text before and after the tracked changes of word/document.xml, one
 * Markdown paragraph per Word paragraph, or null when there are no tracked
 * changes. Headings come from the paragraph style (Heading1..6, or a style
 * named "heading 1".."heading 6"), list paragraphs become "- " items.
 */
function readRevisions(documentXml: string, stylesXml: string | null): { before: string; after: string } | null {
  const headingLevels = readHeadingStyles(stylesXml);
  const paragraphs: Paragraph[] = [];
  let changes = 0;

  const walkText = (nodes: XmlNode[], side: Side, paragraph: Paragraph): void => {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (!tag || SKIPPED.has(tag)) continue;
      const add = (text: string): void => {
        if (side !== 'after') paragraph.before += text;
        if (side !== 'before') paragraph.after += text;
      };
      if (tag === 'w:t' || tag === 'w:delText') add(textOf(childrenOf(node, tag)));
      else if (tag === 'w:tab' || tag === 'w:br' || tag === 'w:cr') add(' ');
      else if (tag === 'w:noBreakHyphen') add('-');
      else if (tag === 'w:p') walkBlocks([node], side);
      else {
        const inner = SIDE_OF[tag];
        if (inner) changes++;
        walkText(childrenOf(node, tag), inner ?? side, paragraph);
      }
    }
  };

  const walkBlocks = (nodes: XmlNode[], side: Side): void => {
    for (const node of nodes) {
      const tag = tagOf(node);
      if (!tag || SKIPPED.has(tag)) continue;
      if (tag === 'w:p') {
        const children = childrenOf(node, tag);
        const paragraph: Paragraph = { prefix: paragraphPrefix(children, headingLevels), before: '', after: '' };
        paragraphs.push(paragraph);
        walkText(children, side, paragraph);
      } else {
        const inner = SIDE_OF[tag];
        if (inner) changes++;
        walkBlocks(childrenOf(node, tag), inner ?? side);
      }
    }
  };

  const document = (xmlParser.parse(documentXml) as XmlNode[]).find((node) => tagOf(node) === 'w:document');
  if (!document) throw new Error('word/document.xml has no w:document');
  const body = findChild(childrenOf(document, 'w:document'), 'w:body');
  walkBlocks(body ? childrenOf(body, 'w:body') : [], 'both');
  if (changes === 0) return null;

  const version = (side: 'before' | 'after'): string =>
    paragraphs
      .map((paragraph) => ({ prefix: paragraph.prefix, text: paragraph[side].replace(/\s+/g, ' ').trim() }))
      .filter((paragraph) => paragraph.text.length > 0)
      .map((paragraph) => paragraph.prefix + escapeMarkdown(paragraph.text, paragraph.prefix.length > 0))
      .join('\n\n');
  return { before: version('before'), after: version('after') };
}

function textOf(nodes: XmlNode[]): string {
  return nodes.map((node) => (typeof node['#text'] === 'string' ? node['#text'] : '')).join('');
}

/** "## " for a heading paragraph, "- " (indented by level) for a list paragraph, "" otherwise. */
function paragraphPrefix(children: XmlNode[], headingLevels: Map<string, number>): string {
  const properties = findChild(children, 'w:pPr');
  if (!properties) return '';
  const propertyNodes = childrenOf(properties, 'w:pPr');
  const style = findChild(propertyNodes, 'w:pStyle');
  const level = style ? headingLevels.get(attributeOf(style, 'w:val') ?? '') ?? builtInHeadingLevel(attributeOf(style, 'w:val')) : 0;
  if (level > 0) return `${'#'.repeat(level)} `;
  const numbering = findChild(propertyNodes, 'w:numPr');
  if (!numbering) return '';
  const indent = findChild(childrenOf(numbering, 'w:numPr'), 'w:ilvl');
  return `${'  '.repeat(Number(attributeOf(indent ?? {}, 'w:val') ?? 0))}- `;
}

function builtInHeadingLevel(styleId: string | undefined): number {
  const match = /^heading\s*([1-6])$/i.exec(styleId ?? '');
  return match ? Number(match[1]) : 0;
}

/** Heading level by style id, from the styles' names: Word localises ids ("berschrift1") but not names ("heading 1"). */
function readHeadingStyles(stylesXml: string | null): Map<string, number> {
  const levels = new Map<string, number>();
  if (!stylesXml) return levels;
  const root = (xmlParser.parse(stylesXml) as XmlNode[]).find((node) => tagOf(node) === 'w:styles');
  for (const style of root ? childrenOf(root, 'w:styles') : []) {
    if (tagOf(style) !== 'w:style') continue;
    const name = findChild(childrenOf(style, 'w:style'), 'w:name');
    const level = builtInHeadingLevel(name ? attributeOf(name, 'w:val') : undefined);
    const id = attributeOf(style, 'w:styleId');
    if (level > 0 && id) levels.set(id, level);
  }
  return levels;
}

/**
 * Escapes what would make plain text read as Markdown: inline marks, and at
 * the start of a paragraph that has no prefix, what would open a heading, a
 * list or a quote.
 */
function escapeMarkdown(text: string, prefixed: boolean): string {
  const inline = text.replace(/[\\`*_[\]<]/g, (mark) => `\\${mark}`);
  if (prefixed) return inline;
  return inline.replace(/^(#{1,6}\s|[-+>]\s|\d+)([.)]\s)?/, (start, marker: string, numbered: string | undefined) => {
    if (/^\d+$/.test(marker)) return numbered ? `${marker}\\${numbered}` : start;
    return `\\${start}`;
  });
}
