/**
 * The draft's parser in the worker: the engine's IncrementalParser, with a
 * fast path for a text made only of plain one-line paragraphs (a list pasted
 * from an e-mail, an export of numbered items). Markdown reads such a text
 * as one paragraph a line, its text the line itself, so its blocks are built
 * here without the Markdown parser: opening 10,000 one-line paragraphs spent
 * about a second in remark and Intl.Segmenter (some 40% of the analysis
 * before the first card), for blocks that are the lines as they stand.
 *
 * "Plain" is kept narrow, so the blocks are those the engine's parser gives
 * (test/renderer/DraftParser.test.ts holds them to it): letters, digits,
 * single spaces and punctuation with no meaning in Markdown, each paragraph
 * one line between blank lines, starting with a letter, a digit that does
 * not open a numbered list, a bracket or a quote. Any other text, however
 * long, goes to the engine's parser as before. The engine's parser has read
 * none of a plain text's lines: the first keystroke that makes such a text
 * Markdown has it read them all, once, as opening the text did before.
 */
import { IncrementalParser, segmentSentences, type Block, type ParsedDocument, type Sentence, type SentenceSpan } from '../../engine/index';

/**
 * A line that is a paragraph of its own text: no mark Markdown reads (no
 * `* _ # > < [ ] \` & | ~ = + /` and no backquote), no white space but
 * single spaces (white space is folded), no slash (a Council note's number,
 * which opens a cover, has one). Headings, lists, quotes, code, tables,
 * entities, links and escapes all need one of those.
 */
const PLAIN_LINE = /^(?!\d+[.)])[\p{L}\p{N}("'\u2018\u201c](?: ?[\p{L}\p{N},.;:'"?!()%\u2018\u2019\u201c\u201d\u2013\u2014-])*$/u;

/** Any character no plain line holds: most drafts (headings, bold, lists) are told apart at their first mark, without reading them line by line. */
const NOT_PLAIN = /[^\p{L}\p{N} \n,.;:'"?!()%\u2018\u2019\u201c\u201d\u2013\u2014-]/u;

/** The sentences of a line, by its text, from the previous parse (offsets within the line). */
type LineSentences = Map<string, readonly SentenceSpan[]>;

export class DraftParser {
  private readonly engine = new IncrementalParser();
  private sentencesByLine: LineSentences = new Map();

  parse(source: string): ParsedDocument {
    const plain = plainParagraphs(source, this.sentencesByLine);
    if (!plain) return this.engine.parse(source);
    this.sentencesByLine = plain.sentencesByLine;
    return plain.document;
  }
}

/**
 * The blocks of a text of plain one-line paragraphs, or null for any other
 * text; with the sentences of its lines, to be given back at the next parse
 * (a keystroke changes one line: the others are not segmented again).
 */
export function plainParagraphs(source: string, known: LineSentences = new Map()): { document: ParsedDocument; sentencesByLine: LineSentences } | null {
  if (NOT_PLAIN.test(source)) return null;
  const blocks: Block[] = [];
  const sentencesByLine: LineSentences = new Map();
  let start = 0;
  let previousBlank = true;
  while (start <= source.length) {
    let end = source.indexOf('\n', start);
    if (end < 0) end = source.length;
    if (end > start) {
      // Two lines in a row are one paragraph (or a heading underlined): not plain.
      if (!previousBlank) return null;
      const text = source.slice(start, end);
      if (!PLAIN_LINE.test(text)) return null;
      const spans = sentencesByLine.get(text) ?? known.get(text) ?? segmentSentences(text);
      sentencesByLine.set(text, spans);
      blocks.push({ index: blocks.length, kind: 'paragraph', text, start, end, section: [], level: 0, sentences: spans.map((span) => sentenceAt(text, span, start)) });
    }
    previousBlank = end === start;
    start = end + 1;
  }
  return { document: { blocks, frontMatter: {}, cover: null, length: source.length }, sentencesByLine };
}

function sentenceAt(text: string, span: SentenceSpan, lineStart: number): Sentence {
  return { text: text.slice(span.start, span.end), textStart: span.start, textEnd: span.end, start: lineStart + span.start, end: lineStart + span.end };
}
