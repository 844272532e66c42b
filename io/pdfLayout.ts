/**
 * Turns the positioned text of a PDF's pages into Markdown. A PDF holds no
 * paragraphs, only lines placed on pages (pdfLines rebuilds them): paragraphs
 * come from the gaps between lines and the shape of their ends, headings from
 * larger text, a paragraph cut by a page break is rejoined, footnotes become
 * Markdown footnotes, and a Council note's cover is kept line by line so that
 * the engine reads it. Pure: no pdf.js and no file system, so it is tested on
 * hand-made pages.
 */
import { readCouncilNoteCover } from '../engine/index';
import { MARK, MARK_AT_START, readLines, withoutMarks, type Line, type PdfPage } from './pdfLines';

// Thresholds, in fractions of the font size unless said otherwise. Chosen on
// PDFs printed by Chromium (line height 1.125, paragraph gap 2.1) and by
// LibreOffice from Word documents (line height 1.15, 6 pt after a paragraph,
// so a paragraph gap of 1.65), and on the cover of Council note 8288/1/26.

/** Lines whose sizes differ by more than this share are different blocks: LibreOffice sets Heading 2 at 13 pt over 12 pt text. */
const SIZE_CHANGE = 0.05;
/** Text this much larger than the body text is a heading, if it is no longer than HEADING_LENGTH characters. */
const HEADING_SIZE = 1.05;
const HEADING_LENGTH = 250;
/** Text at most this size relative to the body at the foot of a page may be footnotes. */
const FOOTNOTE_SIZE = 0.9;
/** A gap between baselines this much wider than the usual line spacing starts a paragraph. */
const PARAGRAPH_GAP = 1.3;
/** Baseline distances up to this are line spacing when measuring the usual one (double spacing is 2.3). */
const LINE_SPACING_LIMIT = 2.4;
/** A word fits at the end of a line if it ends this far before the right margin or more. */
const FITS_MARGIN = 0.5;
/** Fewer lines than this measure nothing: a line spacing or a right margin is then assumed. */
const MEASURED_LINES = 4;
/** The line spacing assumed: single spacing in most fonts. */
const ASSUMED_SPACING = 1.2;
/** A change of left edge by this much is an indent. */
const INDENT = 1;
/** A heading numbered "I." or "2." at the body's size is a single line no longer than this. */
const NUMBERED_HEADING_LENGTH = 120;

const FOOTNOTE_NUMBER_AT_START = /^(\d{1,3})(?:[.)]\s*|\s+)(?=\S)/u;
/** Bullets as Word, LibreOffice and Symbol fonts (mapped by pdf.js to the private use area) print them. */
const BULLET = /^[•●▪■◦○·‣⁃∙►➢➤✓\uF0A7\uF0B7\uF0D8\uF0FC](?:\s+|$)/u;
/** A dash or a number opens an item only where the layout also says so: a wrapped line may start with either. */
const WEAK_MARKER = /^(?:[-–—](?:\s+|$)|\(?(?:\d{1,2}|[a-z]|[ivx]{1,5})[.)]\s)/u;
const NUMBERED_HEADING = /^(?:(?:[IVX]{1,6}\.|\d{1,2}\.(?:\d{1,2}\.?)*)\s+\p{Lu}\p{L}*\s+\S|(?:Section|Chapter|Part)\s+\d{1,2}[.:]\s+\p{Lu}|(?:Annex|ANNEX)\b)/u;
const ENDS_SENTENCE = /[.!?:;]["'”’)\]]*$/u;
const STARTS_LOWER = /^\p{Ll}/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;
/** The institution's name beside its logo on a Council note's cover: letterhead, not a field of the cover. */
const LETTERHEAD = /^(?:Council of the European Union|COUNCIL OF THE EUROPEAN UNION|Conseil de l'Union européenne|Rat der Europäischen Union)$/u;
/** The letterhead is in the first lines of the cover. */
const LETTERHEAD_LINES = 2;

type BlockKind = 'heading' | 'paragraph' | 'listItem';

interface Block {
  kind: BlockKind;
  level: number;
  text: string;
  size: number;
  page: number;
  first: Line;
  last: Line;
  /** Opens with a bullet or a number, so it never continues the block before it. */
  opensItem: boolean;
}

interface Footnote {
  number: string;
  page: number;
  text: string;
}

/** What the layout measured on the whole document. */
interface Measures {
  bodySize: number;
  /** The usual baseline distance by size class. */
  spacing: Map<number, number>;
  /** Right margin of the body text. */
  right: number;
  /** Left edges of the bullets, outermost first: the list levels. */
  bulletEdges: number[];
  /** Sizes of the headings, largest first: the heading levels. */
  headingSizes: number[];
}

/** Markdown of the pages' text (empty when they hold no text but running headers and footers). */
export function layoutPdfText(pages: readonly PdfPage[]): string {
  const body = readLines(pages);
  const bodySize = dominantSize(body.flat());
  const footnotes: Footnote[] = [];
  const text = body.map((pageLines) => takeFootnotes(pageLines, bodySize, footnotes));
  const measures = measure(text.flat(), bodySize, pages);
  const cover = text.length > 0 ? takeCover(text[0], measures) : null;
  if (cover) text[0] = text[0].slice(cover.lines);
  const blocks = joinPages(text.map((pageLines) => blocksOf(pageLines, measures)), measures);
  return writeMarkdown(cover?.text ?? '', blocks, footnotes);
}

/** The size of most of the text, weighed by characters. */
function dominantSize(lines: readonly Line[]): number {
  const weights = new Map<number, number>();
  for (const line of lines) weights.set(sizeClass(line.size), (weights.get(sizeClass(line.size)) ?? 0) + line.text.length);
  return mostFrequent(weights) ?? 12;
}

const sizeClass = (size: number): number => Math.round(size * 2) / 2;
const sameSize = (a: number, b: number): boolean => Math.abs(a - b) <= SIZE_CHANGE * Math.max(a, b);

function mostFrequent(counts: Map<number, number>): number | undefined {
  let best: number | undefined;
  for (const [value, count] of counts) if (best === undefined || count > counts.get(best)!) best = value;
  return best;
}

/**
 * Takes the footnotes off the foot of a page: the run of small lines at the
 * bottom, from the first that starts with a number (a superscript or not).
 * Small lines above it, or without any such number, continue the footnote
 * the page before cut short (one that ends no sentence).
 */
function takeFootnotes(lines: Line[], bodySize: number, footnotes: Footnote[]): Line[] {
  let start = lines.length;
  while (start > 1 && lines[start - 1].size <= FOOTNOTE_SIZE * bodySize) start--;
  if (start === lines.length || start === 0) return lines;
  const numbered = (line: Line): RegExpExecArray | null => MARK_AT_START.exec(line.text) ?? FOOTNOTE_NUMBER_AT_START.exec(line.text);
  const cut = footnotes[footnotes.length - 1];
  const continues = cut !== undefined && cut.page === lines[start].page - 1 && !ENDS_SENTENCE.test(withoutMarks(cut.text));
  let first = lines.findIndex((line, index) => index >= start && numbered(line) !== null);
  if (first < 0 && !continues) return lines;
  if (first < 0) first = lines.length;
  if (first > start && !continues) start = first;
  for (let i = start; i < lines.length; i++) {
    const opening = i >= first ? numbered(lines[i]) : null;
    if (opening) footnotes.push({ number: opening[1], page: lines[i].page, text: lines[i].text.slice(opening[0].length) });
    else footnotes[footnotes.length - 1].text = joinText(footnotes[footnotes.length - 1].text, lines[i].text);
  }
  return lines.slice(0, start);
}

function measure(lines: readonly Line[], bodySize: number, pages: readonly PdfPage[]): Measures {
  const distances = new Map<number, Map<number, number>>();
  for (let i = 1; i < lines.length; i++) {
    const [above, below] = [lines[i - 1], lines[i]];
    const distance = above.y - below.y;
    if (above.page !== below.page || sizeClass(above.size) !== sizeClass(below.size) || distance <= 0 || distance > LINE_SPACING_LIMIT * above.size) continue;
    const bySize = distances.get(sizeClass(above.size)) ?? new Map<number, number>();
    const rounded = Math.round(distance * 2) / 2;
    bySize.set(rounded, (bySize.get(rounded) ?? 0) + 1);
    distances.set(sizeClass(above.size), bySize);
  }
  const spacing = new Map<number, number>();
  for (const [size, counts] of distances) {
    if ([...counts.values()].reduce((sum, count) => sum + count, 0) >= MEASURED_LINES) spacing.set(size, mostFrequent(counts)!);
  }
  // The right margin is where most full lines end; with too few lines to tell, the left margin mirrored.
  const body = lines.filter((line) => sameSize(line.size, bodySize));
  const ends = body.map((line) => line.x1).sort((a, b) => a - b);
  const left = Math.min(...body.map((line) => line.x0));
  const right = body.length >= MEASURED_LINES ? ends[Math.floor(0.95 * (ends.length - 1))] : Math.max(0, ...body.map((line) => pages[line.page].width - left));
  const bulletEdges = clusterEdges(lines.filter((line) => BULLET.test(line.text) || (WEAK_MARKER.test(line.text) && /^[-–—]/u.test(line.text))).map((line) => line.x0), bodySize);
  const headingSizes = [...new Set(lines.filter((line) => line.size >= HEADING_SIZE * bodySize).map((line) => sizeClass(line.size)))].sort((a, b) => b - a);
  return { bodySize, spacing, right, bulletEdges, headingSizes };
}

/** Distinct left edges, one per cluster of edges within an indent of each other. */
function clusterEdges(edges: number[], size: number): number[] {
  const clusters: number[] = [];
  for (const edge of [...edges].sort((a, b) => a - b)) {
    if (clusters.length === 0 || edge - clusters[clusters.length - 1] > INDENT * size) clusters.push(edge);
  }
  return clusters;
}

/** The usual baseline distance of text of a size; for a size with too few lines, that of the body text in proportion. */
function spacingOf(measures: Measures, size: number): number {
  const measured = measures.spacing.get(sizeClass(size));
  if (measured) return measured;
  const body = measures.spacing.get(sizeClass(measures.bodySize));
  return (body ? body / measures.bodySize : ASSUMED_SPACING) * size;
}

/**
 * The cover of a Council note at the top of the first page, written one line
 * per line (a cell of a two-column line on its own line) with a blank line at
 * each wider gap, as the engine reads covers; null when the page opens with
 * none. The letterhead beside the logo is left out.
 */
function takeCover(lines: Line[], measures: Measures): { text: string; lines: number } | null {
  const rows: Array<{ text: string; line: number }> = [];
  for (const [i, line] of lines.entries()) {
    const previous = lines[i - 1];
    if (previous && previous.y - line.y > PARAGRAPH_GAP * spacingOf(measures, Math.max(previous.size, line.size))) rows.push({ text: '', line: i });
    for (const cell of line.cells) if (i >= LETTERHEAD_LINES || !LETTERHEAD.test(cell.text)) rows.push({ text: withoutMarks(cell.text), line: i });
  }
  const source = rows.map((row) => row.text).join('\n');
  const cover = readCouncilNoteCover(source);
  if (!cover) return null;
  let offset = 0;
  let consumed = 0;
  for (const row of rows) {
    if (offset >= cover.end) break;
    consumed = row.line + 1;
    offset += row.text.length + 1;
  }
  return { text: source.slice(0, cover.end).trim(), lines: consumed };
}

function blocksOf(lines: readonly Line[], measures: Measures): Block[] {
  const blocks: Block[] = [];
  let previous: Line | null = null;
  for (const line of lines) {
    const bullet = BULLET.exec(line.text);
    const weak = WEAK_MARKER.exec(line.text);
    const current = blocks[blocks.length - 1];
    const layoutBreak = previous !== null && breaksBetween(previous, line, measures);
    const opensItem = bullet !== null || (weak !== null && (layoutBreak || previous === null || Math.abs(line.x0 - previous.x0) > INDENT * line.size));
    if (!current || previous === null || layoutBreak || opensItem) {
      const dash = weak !== null && /^[-–—]/u.test(weak[0]);
      const marker = bullet ?? (opensItem && dash ? weak : null);
      blocks.push({
        kind: marker ? 'listItem' : 'paragraph',
        level: marker ? listLevel(line.x0, measures) : 0,
        text: marker ? line.text.slice(marker[0].length) : line.text,
        size: line.size,
        page: line.page,
        first: line,
        last: line,
        opensItem,
      });
    } else {
      current.text = joinText(current.text, line.text);
      current.last = line;
    }
    previous = line;
  }
  for (const block of blocks) classifyHeading(block, measures);
  return blocks.filter((block) => withoutMarks(block.text).length > 0);
}

/** Whether a new block starts between two lines of a page, by size, spacing and the shape of the line above. */
function breaksBetween(above: Line, below: Line, measures: Measures): boolean {
  if (!sameSize(above.size, below.size)) return true;
  if (above.y - below.y > PARAGRAPH_GAP * spacingOf(measures, above.size)) return true;
  const indented = Math.abs(below.x0 - above.x0) > INDENT * below.size;
  return nextWordFits(above, below, measures) && (ENDS_SENTENCE.test(withoutMarks(above.text)) || indented);
}

/**
 * Whether the first word of the line below would have fitted at the end of
 * the line above: then the line above did not wrap, it ended its paragraph.
 * The word's width is estimated from the average character width of its line.
 */
function nextWordFits(above: Line, below: Line, measures: Measures): boolean {
  const text = withoutMarks(below.text);
  const word = text.split(' ')[0];
  const width = ((word.length + 1) * (below.x1 - below.x0)) / Math.max(1, text.length);
  return above.x1 + width < measures.right - FITS_MARGIN * above.size;
}

function listLevel(x0: number, measures: Measures): number {
  let level = 1;
  measures.bulletEdges.forEach((edge, index) => {
    if (x0 >= edge - INDENT * measures.bodySize) level = index + 1;
  });
  return Math.min(level, 6);
}

/** Larger text is a heading, ranked by size; so is a short numbered line at the body's size ("II. Innovation and Cutting-edge Technologies"). */
function classifyHeading(block: Block, measures: Measures): void {
  if (block.kind !== 'paragraph') return;
  const plain = withoutMarks(block.text);
  if (block.size >= HEADING_SIZE * measures.bodySize && plain.length <= HEADING_LENGTH) {
    block.kind = 'heading';
    block.level = Math.min(measures.headingSizes.indexOf(sizeClass(block.size)) + 1 || 1, 6);
  } else if (block.first === block.last && plain.length <= NUMBERED_HEADING_LENGTH && NUMBERED_HEADING.test(plain) && !/[.,;:]$/u.test(plain)) {
    block.kind = 'heading';
    block.level = Math.min(measures.headingSizes.length + 1, 6);
  }
}

/**
 * Rejoins a paragraph cut by a page break: the last block of a page
 * continues on the next one when that page opens with text of its size that
 * is not a new item, unless the block ends a sentence and the text goes on
 * in upper case, and either its first word would have fitted on the block's
 * last line or it is a single line that ends no sentence (a title in bold).
 */
function joinPages(pages: Block[][], measures: Measures): Block[] {
  const blocks: Block[] = [];
  for (const page of pages) {
    for (const [index, block] of page.entries()) {
      const previous = blocks[blocks.length - 1];
      const continues =
        index === 0 &&
        previous !== undefined &&
        previous.kind !== 'heading' &&
        block.kind === 'paragraph' &&
        !block.opensItem &&
        sameSize(previous.size, block.size) &&
        (!ENDS_SENTENCE.test(withoutMarks(previous.text)) || STARTS_LOWER.test(block.text) || (!nextWordFits(previous.last, block.first, measures) && !looksLikeTitle(block)));
      if (continues) {
        previous.text = joinText(previous.text, block.text);
        previous.last = block.last;
      }
      else blocks.push(block);
    }
  }
  return blocks;
}

function looksLikeTitle(block: Block): boolean {
  return block.first === block.last && !ENDS_SENTENCE.test(withoutMarks(block.text));
}

/**
 * Two lines of one paragraph: a line broken at a soft hyphen or after the
 * hyphen of a compound ("Indo-" and "Pacific") joins without a space, so does
 * Japanese text.
 */
function joinText(before: string, after: string): string {
  if (before.endsWith('\u00ad')) return before.slice(0, -1) + after;
  if (/\p{L}-$/u.test(before)) return before + after;
  if (CJK.test(before.slice(-1)) && CJK.test(after.charAt(0))) return before + after;
  return `${before} ${after}`;
}

function writeMarkdown(cover: string, blocks: readonly Block[], footnotes: readonly Footnote[]): string {
  const labels = new Map<Footnote, string>();
  const used = new Set<string>();
  for (const footnote of footnotes) {
    let label = footnote.number;
    for (let n = 2; used.has(label); n++) label = `${footnote.number}-${n}`;
    used.add(label);
    labels.set(footnote, label);
  }
  // A mark points to the footnote of its number on the page it is on, or to the first of that number.
  const reference = (text: string, page: number): string =>
    text.replace(MARK, (_, number: string) => {
      const note = footnotes.find((each) => each.number === number && each.page === page) ?? footnotes.find((each) => each.number === number);
      return note ? `[^${labels.get(note)}]` : toSuperscript(number);
    });
  const parts: string[] = cover ? [cover] : [];
  for (const block of blocks) {
    const text = reference(escapeInline(block.text), block.page);
    if (block.kind === 'heading') parts.push(`${'#'.repeat(block.level)} ${text}`);
    else if (block.kind === 'listItem') parts.push(`${'  '.repeat(block.level - 1)}- ${escapeStart(text)}`);
    else parts.push(escapeStart(text));
  }
  for (const footnote of footnotes) parts.push(`[^${labels.get(footnote)}]: ${reference(escapeInline(footnote.text), footnote.page)}`);
  return parts.join('\n\n');
}

function toSuperscript(digits: string): string {
  return [...digits].map((digit) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(digit)]).join('');
}

/** Escapes the marks that would make extracted text read as Markdown emphasis, code, links, HTML or entities. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<]|&(?=#?\w+;)/gu, (mark) => `\\${mark}`);
}

/** Escapes what at the start of a paragraph would open a heading, a list or a quote. */
function escapeStart(text: string): string {
  return text.replace(/^(#{1,6}(?=\s|$)|[-+>](?=\s|$)|\d{1,9}(?=[.)](?:\s|$)))/u, (start) => (/^\d/u.test(start) ? `${start}\\` : `\\${start}`));
}
