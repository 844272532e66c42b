/**
 * Re-parses a draft on every keystroke at the cost of the paragraphs the edit
 * touched: the source is cut into chunks at blank lines followed by a line at
 * the margin (where Markdown starts a new top-level block), each chunk is
 * parsed once and kept by its text, and the document is assembled from the
 * chunks' blocks with their offsets shifted. remark needs 20 ms for one
 * statement and a draft is edited a key at a time, so parsing only what
 * changed keeps typing fluid.
 */
import { parseDocument, type ParseOptions } from './parseDocument';
import type { Block, ParsedDocument } from './types';

/**
 * Constructs whose meaning crosses blank lines or depends on what came before
 * (fences, raw HTML, link definitions, a stray byte-order mark): when
 * present, the whole document is parsed. Statements seldom hold any.
 */
const WHOLE_DOCUMENT_SYNTAX = /^(?: {0,3}(?:```|~~~|<)|\s*\[[^\]^]+\]:)|\ufeff/mu;
/**
 * What WHOLE_DOCUMENT_SYNTAX needs one of, found without reading the text
 * line by line (0.2 ms a keystroke on a 72 KB draft): a fence, a tag, a
 * byte-order mark, or a link definition's bracketed label and colon.
 */
const WHOLE_DOCUMENT_MARKS = ['```', '~~~', '<', '\ufeff'];
const LINK_DEFINITION_LABEL = /\[[^\]^]+\]:/u;
const mayNeedWholeParse = (source: string): boolean =>
  (WHOLE_DOCUMENT_MARKS.some((mark) => source.includes(mark)) || LINK_DEFINITION_LABEL.test(source)) && WHOLE_DOCUMENT_SYNTAX.test(source);
/** What every footnote reference and definition holds. */
const FOOTNOTE_MARK = '[^';
/** A footnote definition from its opening bracket to the end of its line. */
const FOOTNOTE_DEFINITION_FROM_BRACKET = /\[\^[^\]\r\n]+\]:[^\r\n]*/uy;
const ANY_FOOTNOTE_DEFINITION = /\[\^[^\]\r\n]+\]:/gu;
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/u;
/**
 * A blank line, then a line at the margin that is not an empty list item (an
 * empty item reads differently after some blocks, such as indented code) nor
 * a rule of dashes (at the start of a chunk it would open front matter).
 * Without the u flag: the pattern reads only ASCII and the lookahead's \S,
 * which holds at the same places either way, and Unicode mode took the scan
 * of a 72 KB draft from 80 to 210 µs at every keystroke.
 */
const CHUNK_BREAK = /(?:\r\n|\r(?!\n)|\n)[ \t]*(?:\r\n|\r(?!\n)|\n)(?=\S)(?!(?:[-*+]|\d{1,9}[.)])[ \t]*(?:\r\n|\r|\n|$)|---)/g;

/**
 * New chunks parsed together, at most. Each parse has a fixed cost (remark
 * combines its syntax extensions anew), and remark slows down on long
 * inputs: 10,000 one-line paragraphs took, warm, 700-980 ms one chunk at a
 * time, 1,050-1,780 ms in one parse and 435-450 ms 64 chunks at a time.
 * Since plain paragraphs, items and headings are read without remark
 * (plainChunkTree.ts), larger batches pay: in Node, medians of five, 1,024
 * chunks at a time took 132 ms for those 10,000 paragraphs (64: 570 ms) and
 * 138 ms for the 100,000-word Markdown document of the benchmarks (64: 160 ms).
 */
const CHUNKS_PER_PARSE = 1_024;

/** Chunks kept between parses; older ones are dropped once this many accumulate. */
const MAX_CACHED_CHUNKS = 20_000;

interface ParsedChunk {
  blocks: Block[];
}

interface Placement {
  start: number;
  first: number;
  blocks: Block[];
}

export class IncrementalParser {
  private chunks = new Map<string, ParsedChunk>();
  /**
   * Where the last parse placed each chunk's blocks: the chunk's offset, the
   * number of its first block, and the blocks as placed. A keystroke moves
   * none of the blocks before it, which are given again as they were rather
   * than copied with their sentences (300 blocks and 1,000 sentences of a
   * 10,000-word draft at every keystroke, half of them unmoved).
   */
  private placed = new Map<ParsedChunk, Placement>();
  private lastFrontMatter: { text: string; parsed: ParsedDocument } | null = null;

  constructor(private readonly options: ParseOptions = {}) {}

  parse(source: string): ParsedDocument {
    let marks = 0;
    while (source.charCodeAt(marks) === 0xfeff) marks++;
    if (marks === 0) return this.parseWithoutMark(source);
    // Offsets count the byte-order marks, as parseDocument's do.
    const document = this.parseWithoutMark(source.slice(marks));
    return { ...document, blocks: document.blocks.map((block) => shifted(block, marks, block.index)), length: source.length };
  }

  private parseWithoutMark(source: string): ParsedDocument {
    // Extracted text is mended across blocks and may open with a note's cover: it is read whole.
    if (this.options.format === 'text' || mayNeedWholeParse(source)) return parseDocument(source, this.options);
    const frontMatter = FRONT_MATTER.exec(source)?.[0] ?? '';
    // An opening fence without its closing one changes how the parser reads what follows.
    if (!frontMatter && /^---[ \t]*\r?$/mu.test(source.slice(0, source.indexOf('\n') + 1 || source.length))) return parseDocument(source, this.options);
    // A note's cover read from front matter takes no text from the body (its end is 0): the body is read by chunks as any other.
    const whole = frontMatter ? this.frontMatterOf(frontMatter) : null;
    // Footnote references resolve only against their definitions: each chunk that has one is read with them appended.
    const footnotes = source.includes(FOOTNOTE_MARK);
    const definitionLines = footnotes ? footnoteDefinitionLines(source) : [];
    // A definition inside a list or a quote still defines: such documents are read whole.
    if (footnotes && (source.match(ANY_FOOTNOTE_DEFINITION) ?? []).length !== definitionLines.length) return parseDocument(source, this.options);
    const definitions = definitionLines.join('\n');
    const blocks: Block[] = [];
    const used = new Map<string, ParsedChunk>();
    const placed = new Map<ParsedChunk, Placement>();
    const sections = new SectionPaths();
    const spans = chunkSpans(source, frontMatter.length);
    // Each chunk's text cut and looked up once: cut again to assemble the blocks, every chunk of a 72 KB draft was
    // hashed twice at every keystroke.
    const texts = spans.map(([start, end]) => source.slice(start, end));
    // A chunk without a footnote mark reads the same with the definitions or without: it is kept by its text alone, and
    // parsed with its neighbours (keyed by text and definitions, each of the 150 chunks of a draft quoting the 2025
    // statement was a new key of some 500 characters to build and hash at every keystroke).
    const readsDefinitions = (text: string): boolean => definitions !== '' && text.includes(FOOTNOTE_MARK);
    const kept = texts.map((text) => (readsDefinitions(text) ? undefined : this.chunks.get(text)));
    const parsedNew = this.parseNewChunks(source, spans, texts, kept, readsDefinitions);
    for (const [n, [start]] of spans.entries()) {
      const text = texts[n];
      const withDefinitions = readsDefinitions(text);
      const key = withDefinitions ? `${text}\u0000${definitions}` : text;
      let chunk = used.get(key) ?? (withDefinitions ? this.chunks.get(key) : kept[n]) ?? parsedNew.get(n);
      // Blocks past the chunk's own text would come from the appended definitions: none should, none is kept.
      if (!chunk) chunk = { blocks: parseDocument(withDefinitions ? `${text}\n\n${definitions}\n` : text, this.options).blocks.filter((block) => block.start < text.length) };
      used.set(key, chunk);
      const before = this.placed.get(chunk);
      const first = blocks.length;
      const same = before !== undefined && before.start === start && before.first === first;
      const blocksOfChunk = chunk.blocks.map((block, i) => sections.place(same ? before.blocks[i] : shifted(block, start, first + i), !same));
      placed.set(chunk, { start, first, blocks: blocksOfChunk });
      for (const block of blocksOfChunk) blocks.push(block);
    }
    this.chunks = used.size > MAX_CACHED_CHUNKS ? new Map() : used;
    this.placed = placed;
    return { blocks, frontMatter: whole?.frontMatter ?? {}, cover: whole?.cover ?? null, length: source.length };
  }

  /** The front matter and the cover it gives, parsed once while it stays the same (a YAML parse at every keystroke). */
  private frontMatterOf(text: string): ParsedDocument {
    if (this.lastFrontMatter?.text !== text) this.lastFrontMatter = { text, parsed: parseDocument(text, this.options) };
    return this.lastFrontMatter.parsed;
  }

  /**
   * The blocks of the chunks not kept from earlier parses, by chunk: runs of
   * consecutive new chunks are parsed CHUNKS_PER_PARSE at a time and their
   * blocks given back to each chunk. Chunks end where Markdown starts a new
   * top-level block, so the blocks are the same as chunk by chunk.
   */
  private parseNewChunks(
    source: string,
    spans: ReadonlyArray<[number, number]>,
    texts: readonly string[],
    kept: ReadonlyArray<ParsedChunk | undefined>,
    readsDefinitions: (text: string) => boolean,
  ): Map<number, ParsedChunk> {
    const parsed = new Map<number, ParsedChunk>();
    const parseRun = (first: number, last: number) => {
      for (let n = first; n <= last; n++) parsed.set(n, { blocks: [] });
      let n = first;
      const from = spans[first][0];
      for (const block of parseDocument(source.slice(from, spans[last][1]), this.options).blocks) {
        while (n < last && block.start + from >= spans[n][1]) n++;
        const chunk = parsed.get(n)!;
        chunk.blocks.push(shifted(block, from - spans[n][0], chunk.blocks.length));
      }
    };
    let runStart = -1;
    for (let n = 0; n <= spans.length; n++) {
      const isNew = n < spans.length && !readsDefinitions(texts[n]) && kept[n] === undefined;
      if (isNew && runStart < 0) runStart = n;
      if (runStart >= 0 && (!isNew || n - runStart === CHUNKS_PER_PARSE)) {
        parseRun(runStart, n - 1);
        runStart = isNew ? n : -1;
      }
    }
    return parsed;
  }
}

/**
 * The footnote definitions of a text, each from the start of its line (at
 * most three spaces before its bracket) to the end. Found from the brackets:
 * a pattern looking behind for the line's start, tried at every character,
 * took 0.8 ms a keystroke on a 72 KB draft. Markdown ends lines at \n, \r\n
 * or \r only (a regex's ^ also matches after U+2028).
 */
function footnoteDefinitionLines(source: string): string[] {
  const lines: string[] = [];
  for (let bracket = source.indexOf(FOOTNOTE_MARK); bracket >= 0; bracket = source.indexOf(FOOTNOTE_MARK, bracket + FOOTNOTE_MARK.length)) {
    let start = bracket;
    while (start > 0 && bracket - start < 3 && source.charCodeAt(start - 1) === 0x20) start--;
    if (start > 0 && source[start - 1] !== '\n' && source[start - 1] !== '\r') continue;
    FOOTNOTE_DEFINITION_FROM_BRACKET.lastIndex = bracket;
    const definition = FOOTNOTE_DEFINITION_FROM_BRACKET.exec(source);
    if (definition) lines.push(source.slice(start, bracket) + definition[0]);
  }
  return lines;
}

/** [start, end) of each chunk after the front matter. */
export function chunkSpans(source: string, from: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = from;
  CHUNK_BREAK.lastIndex = from;
  for (let match = CHUNK_BREAK.exec(source); match; match = CHUNK_BREAK.exec(source)) {
    const end = match.index + match[0].length;
    itemSpans(source, start, end, spans);
    start = end;
  }
  if (start < source.length) itemSpans(source, start, source.length, spans);
  return spans;
}

/** A chunk that opens with a bullet item at the margin: a list, at least to start with. */
const OPENS_WITH_BULLET = /[-*+][ \t]/uy;
/** A line that starts another bullet item (not an empty one) at the margin. */
const BULLET_ITEM_START = /(?:\r\n|\r(?!\n)|\n)(?=[-*+][ \t]+\S)/gu;

/**
 * Pushes the chunk [start, end), cut before each of its bullet items at the
 * margin when it opens with one. A tight list is one chunk (no blank line
 * between its items), and a keystroke in one item had remark read them all:
 * a statement's list of labelled initiatives runs to 4 KB, 2-4 ms a
 * keystroke. Within a list, a bullet item with text at the margin always
 * starts an item of its own (it is never a lazy line, and each item is its
 * own block), so its blocks are the same read alone. Numbered items are
 * left whole: one numbered other than 1 cannot interrupt a paragraph (a lazy
 * line of the item before).
 */
function itemSpans(source: string, start: number, end: number, spans: Array<[number, number]>): void {
  OPENS_WITH_BULLET.lastIndex = start;
  if (!OPENS_WITH_BULLET.test(source)) {
    spans.push([start, end]);
    return;
  }
  // Read within the chunk: scanning the source from the chunk on, a list's last item had the pattern read the rest of
  // the draft for the next item of another list. A match reaching the chunk's end (its lookahead past it) ends the
  // chunk's items either way.
  const chunk = source.slice(start, end);
  const from = start;
  BULLET_ITEM_START.lastIndex = 0;
  for (let match = BULLET_ITEM_START.exec(chunk); match; match = BULLET_ITEM_START.exec(chunk)) {
    const cut = from + match.index + match[0].length;
    if (cut >= end) break;
    spans.push([start, cut]);
    start = cut;
  }
  spans.push([start, end]);
}

function shifted(block: Block, by: number, index: number): Block {
  return {
    ...block,
    index,
    start: block.start + by,
    end: block.end + by,
    sentences: block.sentences.map((sentence) => ({ ...sentence, start: sentence.start + by, end: sentence.end + by })),
  };
}

/**
 * Heading paths are document-wide, so they are set as the blocks are placed,
 * in order. A block given again from the last parse keeps its path where it
 * is the same, and is copied where it changed (a heading above it retitled):
 * the last parse's document is never changed.
 */
class SectionPaths {
  private readonly headings: Array<{ level: number; title: string }> = [];

  /** The block with its path; `fresh`: made for this parse, so its path is set in place. */
  place(block: Block, fresh: boolean): Block {
    const headings = this.headings;
    if (block.kind === 'heading') {
      while (headings.length > 0 && headings[headings.length - 1].level >= block.level) headings.pop();
    }
    let placed = block;
    if (fresh) block.section = headings.map((heading) => heading.title);
    else if (block.section.length !== headings.length || headings.some((heading, i) => heading.title !== block.section[i])) placed = { ...block, section: headings.map((heading) => heading.title) };
    if (block.kind === 'heading') headings.push({ level: block.level, title: block.text });
    return placed;
  }
}
