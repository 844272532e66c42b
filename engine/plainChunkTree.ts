/**
 * The block tree of a long document without running remark over most of
 * it. remark (micromark and mdast-util-from-markdown) costs some 0.1-0.3 ms
 * a block whatever its length: 0.6 s for a 100,000-word Council note of
 * 1,900 blocks, most of a first compare. Yet most of such a document is
 * plain: paragraphs, `- ` items and `## ` headings with no mark in them, set
 * off by blank lines, whose nodes are known without reading them (each one
 * text node holding its lines as written).
 *
 * So each run of plain chunks (blocks between blank lines) is replaced by
 * one placeholder (`x`, or `- x` when the run ends with an item, which an
 * indented line after it continues), remark reads the rest, and the
 * placeholder's node is swapped for the run's nodes, every position mapped
 * back to the source. Whatever stands before a run meets, at the run's
 * start, a line at column 0 after a blank line, as with the placeholder;
 * whatever follows meets the run's last chunk, of the placeholder's kind. A
 * placeholder that does not come back as a node of its own at its own place
 * (swallowed by a fence, front matter or raw HTML) sends the whole source
 * to remark.
 *
 * The tree is not remark's to the letter: items that remark groups in one
 * list (a run's items, or a run's last item with the items after it) may
 * stand in lists of their own. The blocks read from it are the same
 * (parseDocument reads items one by one; a test compares the documents
 * parsed both ways on the corpus, the bench's long pair and generated
 * documents).
 *
 * What makes a chunk plain is kept narrow, on purpose: no character that
 * starts an inline construct (emphasis, code, links and footnotes, HTML,
 * entities, tables; a backslash escape is read), no leading or trailing white space (indented
 * content, hard breaks), no tab or control character, and each line opening
 * with a letter, a digit that is not an ordered-list marker, a quote or a
 * parenthesis, so that no line can open or close a block.
 */
import type { Heading, List, ListItem, Paragraph, Root, RootContent, Text } from 'mdast';

/** A point of a node's position (unist's Point, by way of mdast, which the engine depends on). */
type Point = NonNullable<Root['position']>['start'];

/** Below this a source goes to remark as it is: there is too little to set aside. */
export const PLAIN_CHUNKS_MIN_LENGTH = 16 * 1024;

type ChunkKind = 'paragraph' | 'listItem' | 'heading';

interface PlainChunk {
  kind: ChunkKind;
  /** Heading depth; 0 otherwise. */
  depth: number;
  /** Its text as remark reads it: the source after `- ` or `## `, backslash escapes read. */
  value: string;
  /** Offsets in the source: the chunk, and its text (after `- ` or `## `). */
  start: number;
  textStart: number;
  end: number;
  /** Line of the chunk's first and last line (1-based) and the column after its last character. */
  startLine: number;
  endLine: number;
  endColumn: number;
}

/** Plain chunks with only blank lines between them, set aside as one. */
interface Run {
  chunks: PlainChunk[];
  /** Where its placeholder starts and ends in the text remark reads. */
  maskedStart: number;
  maskedEnd: number;
}

/** A character that could start inline syntax, or white space or a control character remark treats apart. */
const MARK_OR_CONTROL = /[\\`*_[\]<>&|~#^!\u0000-\u0009\u000b-\u001f\u007f]/u;
/** How a line of a plain chunk may open: nothing that starts a block. */
const PLAIN_OPENING = /^[\p{L}\p{N}"'(\u2018\u201c]/u;
const ORDERED_MARKER = /^\d{1,9}[.)](?:[ \t]|$)/u;
const HEADING_MARKER = /^(#{1,6}) (?=\S)/u;
const BLANK = /^[ \t]*$/u;
const TRAILING_SPACE = /\s$/u;
/** A backslash escape: ASCII punctuation taken as written. */
const ESCAPE = /\\([!-/:-@[-`{-~])/gu;

const PLACEHOLDER_TEXT = 'x';

/**
 * The block tree of `source` (see above), `parse` being remark's parse. It
 * is called once, or twice when a placeholder was swallowed. A source
 * shorter than `minLength`, or with a carriage return in it, goes to remark
 * whole.
 */
export function parseSettingPlainChunksAside(source: string, parse: (text: string) => Root, minLength = PLAIN_CHUNKS_MIN_LENGTH): Root {
  if (source.length < minLength || source.includes('\r')) return parse(source);
  const runs = plainRunsOf(source);
  if (runs.length === 0) return parse(source);
  const masked = maskRuns(source, runs);
  const tree = parse(masked.text);
  return restoreRuns(tree, source, runs, masked) ?? parse(source);
}

function lineStartsOf(source: string): number[] {
  const starts = [0];
  for (let at = source.indexOf('\n'); at >= 0; at = source.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/** The runs of plain chunks, a chunk being lines between blank lines (or the source's ends). */
function plainRunsOf(source: string): Run[] {
  const lineStarts = lineStartsOf(source);
  const runs: Run[] = [];
  let run: Run | null = null;
  const lineCount = lineStarts.length;
  const lineEnd = (line: number) => (line + 1 < lineCount ? lineStarts[line + 1] - 1 : source.length);
  const isBlank = (line: number) => BLANK.test(source.slice(lineStarts[line], lineEnd(line)));
  let line = 0;
  while (line < lineCount) {
    if (isBlank(line)) {
      line++;
      continue;
    }
    let last = line;
    while (last + 1 < lineCount && !isBlank(last + 1)) last++;
    const chunk = plainChunk(source, lineStarts, line, last, lineEnd(last));
    if (!chunk) run = null;
    else if (run) run.chunks.push(chunk);
    else runs.push((run = { chunks: [chunk], maskedStart: 0, maskedEnd: 0 }));
    line = last + 1;
  }
  return runs;
}

/** The chunk of lines `first` to `last` (0-based) if it is plain, else null. */
function plainChunk(source: string, lineStarts: readonly number[], first: number, last: number, end: number): PlainChunk | null {
  const start = lineStarts[first];
  const firstLine = source.slice(start, last === first ? end : lineStarts[first + 1] - 1);
  let kind: ChunkKind = 'paragraph';
  let depth = 0;
  let textStart = start;
  const heading = HEADING_MARKER.exec(firstLine);
  if (heading) {
    // A heading is one line: a chunk of more is a heading and a paragraph, left to remark.
    if (last !== first) return null;
    kind = 'heading';
    depth = heading[1].length;
    textStart = start + depth + 1;
  } else if (firstLine.startsWith('- ')) {
    kind = 'listItem';
    textStart = start + 2;
  }
  const value = plainValue(source.slice(textStart, end));
  if (value === null) return null;
  for (let line = first; line <= last; line++) {
    const text = source.slice(line === first ? textStart : lineStarts[line], line === last ? end : lineStarts[line + 1] - 1);
    if (!PLAIN_OPENING.test(text) || ORDERED_MARKER.test(text) || TRAILING_SPACE.test(text)) return null;
  }
  return { kind, depth, value, start, textStart, end, startLine: first + 1, endLine: last + 1, endColumn: end - lineStarts[last] + 1 };
}

/** The text remark reads in `raw`, if nothing but backslash escapes marks it; else null. */
function plainValue(raw: string): string | null {
  if (!MARK_OR_CONTROL.test(raw)) return raw;
  // An escape pair taken out, nothing else may be left that marks the text (an escaped backslash frees what follows).
  if (MARK_OR_CONTROL.test(raw.replace(ESCAPE, ''))) return null;
  return raw.replace(ESCAPE, '$1');
}

interface Masked {
  text: string;
  /**
   * The stretches of source kept as they are, in order: where each starts
   * in the masked text and in the source, and how many lines the source has
   * above it beyond the masked text's.
   */
  keptMaskedStart: number[];
  keptSourceStart: number[];
  keptLineShift: number[];
}

const lastOf = <T>(list: readonly T[]): T => list[list.length - 1];
const endsWithItem = (run: Run) => lastOf(run.chunks).kind === 'listItem';

function maskRuns(source: string, runs: readonly Run[]): Masked {
  const pieces: string[] = [];
  const masked: Masked = { text: '', keptMaskedStart: [], keptSourceStart: [], keptLineShift: [] };
  let length = 0;
  let from = 0;
  let lineShift = 0;
  const keep = (to: number) => {
    masked.keptMaskedStart.push(length);
    masked.keptSourceStart.push(from);
    masked.keptLineShift.push(lineShift);
    pieces.push(source.slice(from, to));
    length += to - from;
  };
  for (const run of runs) {
    const [first, last] = [run.chunks[0], lastOf(run.chunks)];
    keep(first.start);
    const placeholder = endsWithItem(run) ? `- ${PLACEHOLDER_TEXT}` : PLACEHOLDER_TEXT;
    run.maskedStart = length;
    run.maskedEnd = length + placeholder.length;
    pieces.push(placeholder);
    length += placeholder.length;
    lineShift += last.endLine - first.startLine;
    from = last.end;
  }
  keep(source.length);
  masked.text = pieces.join('');
  return masked;
}

const startOf = (node: { position?: { start: Point } }) => node.position?.start.offset ?? -1;

/**
 * Swaps each placeholder's node for its run's nodes and maps every position
 * back to the source; null when a placeholder is not a node of its own (the
 * source must then be read whole).
 */
function restoreRuns(tree: Root, source: string, runs: readonly Run[], masked: Masked): Root | null {
  const runAt = new Map<number, number>();
  runs.forEach((run, k) => runAt.set(run.maskedStart, k));
  const found = new Uint8Array(runs.length);
  /** The runs' own nodes, made with the source's positions: not mapped again. */
  const made = new Set<object>();
  /** Items whose first paragraph is a run's last chunk: they start where it starts. */
  const restoredItems: Array<[ListItem, PlainChunk]> = [];
  const madeNodes = (chunks: readonly PlainChunk[]): RootContent[] =>
    chunks.map((chunk) => {
      const node = chunkNode(chunk, source);
      made.add(node);
      return node;
    });
  const children: RootContent[] = [];
  for (const node of tree.children) {
    const k = runAt.get(startOf(node));
    if (node.type === 'paragraph' && k !== undefined) {
      const run = runs[k];
      if (endsWithItem(run) || !isPlaceholderNode(node, run.maskedStart, run) || found[k]) return null;
      found[k] = 1;
      children.push(...madeNodes(run.chunks));
    } else if (node.type === 'list') {
      // A list holding a placeholder item is cut before it, so that the run's other chunks stand in their place.
      let items: ListItem[] = [];
      for (const item of node.children) {
        const r = runAt.get(startOf(item));
        if (r === undefined) {
          items.push(item);
          continue;
        }
        const run = runs[r];
        const first = item.children[0];
        if (!endsWithItem(run) || first?.type !== 'paragraph' || !isPlaceholderNode(first, run.maskedStart + 2, run) || found[r]) return null;
        found[r] = 1;
        if (items.length > 0) children.push(items.length === node.children.length ? node : listOf(node, items));
        children.push(...madeNodes(run.chunks.slice(0, -1)));
        const last = lastOf(run.chunks);
        const paragraph = chunkParagraph(last, source);
        made.add(paragraph);
        item.children[0] = paragraph;
        restoredItems.push([item, last]);
        items = [item];
      }
      children.push(items.length === node.children.length ? node : listOf(node, items));
    } else {
      children.push(node);
    }
  }
  // Every placeholder must have come back in its place; one that did not was read as something else.
  if (!found.every((one) => one === 1)) return null;
  const pointOf = (point: Point): Point => mapPoint(point, runs, runAt, masked);
  const mapNode = (node: RootContent | Root): void => {
    if (made.has(node)) return;
    if (node.position) node.position = { start: pointOf(node.position.start), end: pointOf(node.position.end) };
    if ('children' in node) for (const child of node.children) mapNode(child as RootContent);
  };
  tree.children = children;
  mapNode(tree);
  for (const [item, chunk] of restoredItems) item.position!.start = startPoint(chunk);
  for (const node of children) if (node.type === 'list' && made.has(node) === false) fitList(node);
  return tree;
}

/** A part of `list`: the same kind of list, holding `items`. */
function listOf(list: List, items: ListItem[]): List {
  return { ...list, children: items };
}

/** A list spans its items (a list cut in two spans only its part). */
function fitList(list: List): void {
  const [first, last] = [list.children[0], lastOf(list.children)];
  if (first?.position && last?.position) list.position = { start: { ...first.position.start }, end: { ...last.position.end } };
}

/** Whether `node` is exactly the placeholder's, from `start` to the placeholder's end: its one text node. */
function isPlaceholderNode(node: Paragraph, start: number, run: Run): boolean {
  const [text] = node.children;
  return (
    node.children.length === 1 &&
    text.type === 'text' &&
    text.value === PLACEHOLDER_TEXT &&
    node.position?.start.offset === start &&
    node.position.end.offset === run.maskedEnd
  );
}

const startPoint = (chunk: PlainChunk): Point => ({ line: chunk.startLine, column: 1, offset: chunk.start });
const endPoint = (chunk: PlainChunk): Point => ({ line: chunk.endLine, column: chunk.endColumn, offset: chunk.end });
const textStartPoint = (chunk: PlainChunk): Point => ({ line: chunk.startLine, column: chunk.textStart - chunk.start + 1, offset: chunk.textStart });

/** The chunk's text as remark reads it: one text node, its lines as written. */
function chunkText(chunk: PlainChunk): Text {
  return { type: 'text', value: chunk.value, position: { start: textStartPoint(chunk), end: endPoint(chunk) } };
}

/** The paragraph of a paragraph or an item. */
function chunkParagraph(chunk: PlainChunk, source: string): Paragraph {
  return { type: 'paragraph', children: [chunkText(chunk)], position: { start: textStartPoint(chunk), end: endPoint(chunk) } };
}

/** The node remark makes of a plain chunk; an item stands in a list of its own. */
function chunkNode(chunk: PlainChunk, source: string): Paragraph | Heading | List {
  const span = () => ({ start: startPoint(chunk), end: endPoint(chunk) });
  if (chunk.kind === 'heading') return { type: 'heading', depth: chunk.depth as Heading['depth'], children: [chunkText(chunk)], position: span() };
  if (chunk.kind === 'paragraph') return chunkParagraph(chunk, source);
  const item: ListItem = { type: 'listItem', spread: false, checked: null, children: [chunkParagraph(chunk, source)], position: span() };
  return { type: 'list', ordered: false, start: null, spread: false, children: [item], position: span() };
}

/** A point of the masked text as the point of the source it stands for. */
function mapPoint(point: Point, runs: readonly Run[], runAt: ReadonlyMap<number, number>, masked: Masked): Point {
  const offset = point.offset ?? 0;
  const k = runAt.get(offset);
  // A placeholder's start (a list opening with an item) is its run's.
  if (k !== undefined) {
    return startPoint(runs[k].chunks[0]);
  }
  const kept = lastAtMost(masked.keptMaskedStart, offset);
  // The end of a placeholder (a list or an item closing with it) is its run's end.
  if (kept > 0 && offset === masked.keptMaskedStart[kept]) {
    return endPoint(lastOf(runs[kept - 1].chunks));
  }
  return { line: point.line + masked.keptLineShift[kept], column: point.column, offset: offset - masked.keptMaskedStart[kept] + masked.keptSourceStart[kept] };
}

/** The last index whose value is at most `value` (the values ascending, the first at most `value`). */
function lastAtMost(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (values[mid] <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
